import { defineConfig } from '@playwright/test';

// The platform is started by run.sh (its own schema, queue prefix and port); Chromium is Debian's, never downloaded.
export default defineConfig({
  testDir: './tests',
  timeout: 180_000,
  // The whole suite takes 8–10 minutes on the 2-core machine; the bound is for a hang, with room for a slower machine.
  globalTimeout: 900_000,
  expect: { timeout: 30_000 },
  workers: 1,
  retries: 0,
  reporter: [['list'], ['junit', { outputFile: 'artifacts/junit.xml' }]],
  outputDir: 'test-results',
  use: {
    baseURL: process.env.PERFEVAL_E2E_URL ?? 'http://127.0.0.1:5199',
    viewport: { width: 1366, height: 768 },
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    screenshot: 'only-on-failure',
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
        '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    },
  },
});
