module.exports = { ...require('../../jest.preset.js'), displayName: 'calendar-date', rootDir: __dirname };
