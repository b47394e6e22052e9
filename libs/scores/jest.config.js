module.exports = { ...require('../../jest.preset.js'), displayName: 'scores', rootDir: __dirname };
