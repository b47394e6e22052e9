module.exports = { ...require('../../jest.preset.js'), displayName: 'yaml-definitions', rootDir: __dirname };
