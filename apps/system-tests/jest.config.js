module.exports = {
  ...require('../../jest.preset.js'),
  displayName: 'system-tests',
  rootDir: __dirname,
  // The public site's test runs the gateway, whose openid-client and oauth4webapi ship as ES modules only.
  transformIgnorePatterns: ['/node_modules/(?!(@nestjs|jose|openid-client|oauth4webapi)/)'],
};
