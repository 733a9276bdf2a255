import { fileURLToPath } from 'node:url';
import { searchForWorkspaceRoot } from 'vite';
import { defineConfig } from 'vitest/config';

// Maven builds into target/frontend-dist (BEACON_FRONTEND_OUT); `npm run build` alone writes dist/.
// `npm run dev` proxies the API to a Beacon started with BEACON_PORT (default 8080).
const beacon = `http://localhost:${process.env.BEACON_PORT ?? '8080'}`;

export default defineConfig({
  build: {
    outDir: process.env.BEACON_FRONTEND_OUT ?? 'dist',
    emptyOutDir: true,
    target: 'es2022',
    // Swagger UI (the API description page) is one 1.6 MB bundle; the web UI's own chunk is far smaller.
    chunkSizeWarningLimit: 1800,
    // Two pages: the web UI, and the API description for people at /api-docs/ (Swagger UI).
    rollupOptions: {
      input: {
        main: fileURLToPath(new URL('index.html', import.meta.url)),
        apiDocs: fileURLToPath(new URL('api-docs/index.html', import.meta.url)),
      },
    },
  },
  server: {
    proxy: { '/api': beacon, '/engine-rest': beacon, '/health': beacon, '/openapi': beacon },
    // Tests read the shipped models (bpmn/ at the repository root) to check the forms they declare.
    fs: { allow: [searchForWorkspaceRoot(process.cwd()), '../../../../../bpmn'] },
  },
  test: {
    environment: 'happy-dom',
    include: ['src/**/*.test.ts'],
  },
});
