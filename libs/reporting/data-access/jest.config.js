module.exports = {
  ...require('../../../jest.preset.js'),
  displayName: 'reporting-data-access',
  rootDir: __dirname,
};
