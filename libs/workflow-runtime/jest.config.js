module.exports = { ...require('../../jest.preset.js'), displayName: 'workflow-runtime', rootDir: __dirname };
