module.exports = { ...require('../../jest.preset.js'), displayName: 'form-filling', rootDir: __dirname };
