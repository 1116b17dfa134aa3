module.exports = {
  ...require('../../../jest.preset.js'),
  displayName: 'workflow-data-access',
  rootDir: __dirname,
};
