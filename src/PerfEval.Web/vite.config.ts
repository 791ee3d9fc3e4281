/// <reference types="vitest/config" />
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';

const outDir = '../PerfEval.Api/wwwroot';

/**
 * Writes a Brotli (.br, quality 11) and a gzip (.gz, level 9) copy beside each built script, style sheet and SVG of
 * 1 KB or more, once at build time: the API sends the copy the browser accepts (src/PerfEval.Api/WebUi) instead of
 * compressing the same immutable file on every request. Node's own zlib, no plugin package.
 */
function precompress(): Plugin {
  return {
    name: 'perfeval-precompress',
    apply: 'build',
    closeBundle() {
      const assets = join(outDir, 'assets');
      for (const name of readdirSync(assets)) {
        const file = join(assets, name);
        if (!/\.(js|css|svg)$/.test(name) || statSync(file).size < 1024) continue;
        const bytes = readFileSync(file);
        writeFileSync(`${file}.br`, brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }));
        writeFileSync(`${file}.gz`, gzipSync(bytes, { level: 9 }));
      }
    },
  };
}

// The API serves the built files from its wwwroot (src/PerfEval.Api/WebUi); `npm run dev` proxies the API.
export default defineConfig({
  plugins: [react(), precompress()],
  build: {
    outDir,
    emptyOutDir: true,
    // wwwroot/.vite/manifest.json: which chunks each page loads, for `npm run size` (scripts/size.mjs).
    manifest: true,
    chunkSizeWarningLimit: 4096,
    rolldownOptions: {
      output: {
        // antd~index~FormPage~… (the pages that share the part) would make long names: the group and a hash.
        chunkFileNames: (chunk) => `assets/${chunk.name.split('~')[0]}-[hash].js`,
        // Vendor chunks apart from the pages' code, so a release that changes a page leaves them cached. The
        // component library is split by which pages use each part (entriesAware), so a page loads only the
        // components it draws rather than every component any page uses.
        codeSplitting: {
          groups: [
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler|react-router|react-router-dom)[\\/]/, priority: 30 },
            { name: 'echarts', test: /node_modules[\\/](echarts|zrender|echarts-for-react|size-sensor)[\\/]/, priority: 30 },
            { name: 'antd', test: /node_modules[\\/](antd|@ant-design|@rc-component|rc-[^\\/]+|dayjs|stylis|@emotion)[\\/]/, priority: 20, entriesAware: true },
            { name: 'vendor', test: /node_modules[\\/]/, priority: 10, entriesAware: true },
          ],
        },
      },
    },
  },
  server: {
    proxy: { '/api': process.env.PERFEVAL_URL ?? 'http://127.0.0.1:5080' },
  },
  test: {
    environment: 'node',
    include: ['src/**/*.test.{ts,tsx}'],
  },
});
