// The web app's pure logic (paste handling, the amended-table diff, the overview's figures, the page table) in the
// unit tier; the pages themselves are tested in the browser (apps/web-e2e).
module.exports = {
  ...require('../../jest.preset.js'),
  displayName: 'web',
  rootDir: __dirname,
};
