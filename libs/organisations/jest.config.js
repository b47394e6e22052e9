module.exports = { ...require('../../jest.preset.js'), displayName: 'organisations', rootDir: __dirname };
