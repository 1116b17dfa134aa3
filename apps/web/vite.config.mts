import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('../..', import.meta.url));

// The web application: React with Det Fælles Designsystem; the domain library is compiled in from source, so the
// browser runs the same rules as the services. `vite` alone serves it for development behind a running gateway.
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  plugins: [react()],
  resolve: {
    alias: [
      { find: '@budgetflow/domain', replacement: `${root}libs/shared/domain/src/index.ts` },
      // The gateway's contract (its answers' types and parsers); pure TypeScript like the domain.
      { find: '@budgetflow/contracts', replacement: `${root}libs/shared/contracts/src/index.ts` },
      // dkfds exports only its JavaScript: its stylesheet and fonts by path.
      { find: /^~dkfds\//, replacement: `${root}node_modules/dkfds/dist/` },
    ],
  },
  build: {
    outDir: `${root}dist/apps/web`,
    emptyOutDir: true,
    sourcemap: true,
    chunkSizeWarningLimit: 1024,
  },
  server: {
    host: '127.0.0.1',
    port: 4200,
    proxy: { '/api': 'http://127.0.0.1:3100', '/auth': 'http://127.0.0.1:3100' },
  },
});
