import { expect, test, type Browser, type Locator, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { createForm, demoUnit, submitForm, tokenOf } from './api';
import { artifacts, signInAs } from './helpers';

// What each role's pages weigh and how long they take to load cold: figures printed (and kept in artifacts/), never
// asserted. The budget (250 KB of gzipped JavaScript for a role's first page) is printed beside the sizes.
test.describe.configure({ mode: 'serial' });

const project = '体积测量用项目';
let formId = '';

test.beforeAll(async ({ request }) => {
  const token = await tokenOf(request, demoUnit);
  formId = await createForm(request, token, project, 2022);
  await submitForm(request, token, formId);
});

test('prints the JavaScript of each role\'s first page, compressed as it is sent', () => {
  const script = path.resolve(import.meta.dirname, '..', '..', '..', 'src', 'PerfEval.Web', 'scripts', 'size.mjs');
  const table = execFileSync('node', [script], { encoding: 'utf8' });
  console.log(table);
  writeFileSync(path.join(artifacts, 'bundle-sizes.txt'), table);
  const figures = JSON.parse(execFileSync('node', [script, '--json'], { encoding: 'utf8' })) as { pages: { role: string; gzip: number }[] };
  expect(figures.pages.map((p) => p.role)).toEqual(['unit', 'reviewer', 'manager']);
});

interface Load { page: string; shownMs: number; domContentLoadedMs: number; loadMs: number; jsFiles: number; jsSentKb: number; jsKb: number; encodings: string }

/**
 * One cold load: a new browser context signs in, the browser's cache is cleared (Chrome DevTools Protocol), and the
 * page is opened by its address; "shown" is when the page's own content is on screen (the locator's element is
 * visible; a few milliseconds of the test's own round trip included), the rest from the Navigation and Resource
 * Timing APIs.
 */
async function coldLoad(browser: Browser, role: 'unit' | 'reviewer' | 'manager', address: string, ready: (page: Page) => Locator): Promise<Load> {
  const context = await browser.newContext();
  const page = await context.newPage();
  try {
    await signInAs(page, role);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.clearBrowserCache');
    const encodings = new Set<string>();
    page.on('response', (r) => { if (r.url().endsWith('.js')) encodings.add(r.headers()['content-encoding'] ?? 'none'); });
    await page.goto(address);
    await ready(page).first().waitFor({ state: 'visible' });
    const shownMs = await page.evaluate(() => performance.now());
    const timing = await page.evaluate(() => {
      const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
      const js = (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).filter((r) => r.name.endsWith('.js'));
      return {
        domContentLoadedMs: nav.domContentLoadedEventEnd, loadMs: nav.loadEventEnd, jsFiles: js.length,
        jsSentKb: js.reduce((s, r) => s + r.transferSize, 0) / 1024, jsKb: js.reduce((s, r) => s + r.decodedBodySize, 0) / 1024,
      };
    });
    return { page: `${role} ${address.replace(/[0-9a-f-]{36}/, '{id}')}`, shownMs, ...timing, encodings: [...encodings].join('/') };
  } finally {
    await context.close();
  }
}

test('prints the cold load of each role\'s main pages (Navigation Timing)', async ({ browser }) => {
  const loads: Load[] = [];
  loads.push(await coldLoad(browser, 'unit', '/unit', (p) => p.getByTestId('import-button')));
  loads.push(await coldLoad(browser, 'unit', '/unit/forms/new', (p) => p.getByTestId('save-form')));
  loads.push(await coldLoad(browser, 'reviewer', '/reviewer', (p) => p.getByTestId(`review-${formId}`).or(p.getByTestId(`claim-${formId}`))));
  loads.push(await coldLoad(browser, 'reviewer', `/reviewer/review/${formId}`, (p) => p.getByRole('heading', { name: project })));
  loads.push(await coldLoad(browser, 'manager', '/manager?year=2022', (p) => p.getByTestId('stat-forms')));
  const ms = (n: number) => n.toFixed(0).padStart(7);
  const kb = (n: number) => n.toFixed(1).padStart(8);
  const lines = [
    'cold load on loopback (ms from navigation start; JavaScript in KB as sent and unpacked)',
    'page                          shown  DOMready     load  files  JS sent   JS raw  encoding',
    ...loads.map((l) => `${l.page.padEnd(28)} ${ms(l.shownMs)} ${ms(l.domContentLoadedMs)} ${ms(l.loadMs)} ${String(l.jsFiles).padStart(6)} ${kb(l.jsSentKb)} ${kb(l.jsKb)}  ${l.encodings}`),
  ];
  console.log(lines.join('\n'));
  writeFileSync(path.join(artifacts, 'cold-loads.txt'), lines.join('\n') + '\n');
  expect(loads).toHaveLength(5);
});
