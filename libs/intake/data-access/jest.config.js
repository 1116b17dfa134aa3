module.exports = {
  ...require('../../../jest.preset.js'),
  displayName: 'intake-data-access',
  rootDir: __dirname,
};
