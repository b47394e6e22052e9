module.exports = { ...require('../../jest.preset.js'), displayName: 'indicator-systems', rootDir: __dirname };
