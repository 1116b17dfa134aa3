module.exports = {
  ...require('../../../jest.preset.js'),
  displayName: 'reporting-bilag',
  rootDir: __dirname,
};
