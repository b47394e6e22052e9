module.exports = { ...require('../../jest.preset.js'), displayName: 'campaign-setup', rootDir: __dirname };
