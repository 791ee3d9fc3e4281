/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The API serves the built files from its wwwroot (src/PerfEval.Api/WebUi); `npm run dev` proxies the API.
export default defineConfig({
  plugins: [react()],
  build: {
    outDir: '../PerfEval.Api/wwwroot',
    emptyOutDir: true,
    chunkSizeWarningLimit: 4096,
  },
  server: {
    proxy: { '/api': process.env.PERFEVAL_URL ?? 'http://127.0.0.1:5080' },
  },
  test: {
    environment: 'node',
    include: ['src/**/*.test.{ts,tsx}'],
  },
});
