module.exports = { ...require('../../jest.preset.js'), displayName: 'indicator-import', rootDir: __dirname };
