module.exports = { ...require('../../jest.preset.js'), displayName: 'campaign-planning', rootDir: __dirname };
