module.exports = { ...require('../../jest.preset.js'), displayName: 'table-io', rootDir: __dirname };
