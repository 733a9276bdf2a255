import { defineConfig } from 'vitest/config';
import bpmnlint from 'rollup-plugin-bpmnlint';

// Served by Beacon at /designer/; Maven builds it into target/designer-dist (see modules/app/pom.xml).
// `npm run dev` proxies the API to a Beacon started with BEACON_PORT=18090.
export default defineConfig({
  base: '/designer/',
  plugins: [bpmnlint()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // bpmn-js, dmn-js and their properties panels are large by nature; the page is for admins only.
    chunkSizeWarningLimit: 4096,
  },
  server: {
    proxy: {
      '/api': 'http://localhost:18090',
    },
  },
  test: {
    environment: 'node',
    include: ['src/**/*.test.ts'],
  },
});
