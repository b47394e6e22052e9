module.exports = { ...require('../../jest.preset.js'), displayName: 'reminders', rootDir: __dirname };
