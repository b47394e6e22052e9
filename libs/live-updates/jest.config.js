module.exports = { ...require('../../jest.preset.js'), displayName: 'live-updates', rootDir: __dirname };
