const { NxAppWebpackPlugin } = require('@nx/webpack/app-plugin');
const { join } = require('node:path');

// Bundles the service and the workspace libraries into one file; npm packages stay external (node_modules).
module.exports = {
  output: { path: join(__dirname, '../../dist/apps/reporting') },
  devtool: 'source-map',
  plugins: [
    new NxAppWebpackPlugin({
      target: 'node',
      compiler: 'tsc',
      main: './src/main.ts',
      // The render worker thread's code, beside main.js (apps/reporting/src/app/rendering/render-pool.ts loads it).
      additionalEntryPoints: [{ entryName: 'render-worker', entryPath: 'apps/reporting/src/render-worker.ts' }],
      tsConfig: './tsconfig.app.json',
      optimization: false,
      outputHashing: 'none',
      generatePackageJson: false,
      sourceMap: true,
    }),
  ],
};
