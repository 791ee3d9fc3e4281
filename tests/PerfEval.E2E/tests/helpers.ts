import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import path from 'node:path';

export const artifacts = path.resolve(import.meta.dirname, '..', 'artifacts');
mkdirSync(artifacts, { recursive: true });

/**
 * Every console error and uncaught page error of a page, to assert none happened. Chromium's own network line for a
 * 4xx answer is left out: the tests send bad input on purpose (a malformed import, an incomplete draft's preview) and
 * the UI shows those problems; a 5xx answer still counts.
 */
export function watchConsole(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() !== 'error') return;
    if (/^Failed to load resource: the server responded with a status of 4\d\d/.test(m.text())) return;
    errors.push(`console: ${m.text()} @ ${m.location().url}`);
  });
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  return errors;
}

/** Accessibility findings of the serious and critical kinds (axe-core, WCAG 2.1 A and AA rules), by page. */
export const accessibility: string[] = [];

/**
 * After each test of a spec: no console error on its page (what `watchConsole` collected) and, unless
 * AXE_REPORT_ONLY=1, no serious or critical accessibility finding on the pages it kept.
 */
export function checkAfterEach(errors: () => string[]) {
  test.afterEach(() => {
    expect(errors(), 'console errors').toEqual([]);
    if (process.env.AXE_REPORT_ONLY !== '1') expect(accessibility, 'serious or critical accessibility findings (axe-core)').toEqual([]);
  });
}

/** A full-page screenshot kept as a test artifact, and an accessibility scan of the same page. */
export async function shot(page: Page, name: string) {
  // A message or dialog still fading in is drawn at part opacity, which the contrast rule would judge: wait until the
  // page's finite animations have finished (a loading shimmer runs forever and is not waited for).
  await page.waitForFunction(() => document.getAnimations().every((a) =>
    a.playState !== 'running' || a.effect?.getComputedTiming().iterations === Infinity));
  await page.screenshot({ path: path.join(artifacts, `${name}.png`), fullPage: true });
  // A success message closes by itself 3 s after it opens, fading out, whatever the test waited for: a scan in that
  // moment judged its text at part opacity (color-contrast on .ant-message-notice-title, once in CI). The messages
  // are the component library's, passing feedback, not the page: they are left out of the scan.
  const result = await new AxeBuilder({ page }).exclude('.ant-message')
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  for (const v of result.violations.filter((x) => x.impact === 'serious' || x.impact === 'critical')) {
    accessibility.push(`${name}: ${v.id} (${v.impact}) ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
  }
}

/** Full-page screenshots (and scans) of the page at the two widths officials use, 1366 and 1920 px, then back to 1366 × 768. */
/**
 * Confirms the open popconfirm with its OK button and waits for it to close. Once, in CI, a click on the OK button right
 * after the page had been resized (atBothWidths) went unheeded: no request was sent and the popover stayed open. The
 * popover is then still open and is clicked again; a heeded click closes it at once, so the action runs once.
 */
export async function confirmPopover(page: Page, ok = '确定') {
  const popover = page.locator('.ant-popconfirm:visible');
  // Open first: while it zooms in it is not visible yet, and "none visible" must not pass for "confirmed".
  await expect(popover).toHaveCount(1);
  await expect(async () => {
    if (await popover.count() > 0) {
      await popover.getByRole('button', { name: ok }).click({ timeout: 2000 });
    }
    await expect(popover).toHaveCount(0, { timeout: 2000 });
  }).toPass({ timeout: 20_000 });
}

export async function atBothWidths(page: Page, name: string) {
  for (const width of [1366, 1920]) {
    await page.setViewportSize({ width, height: width === 1366 ? 768 : 1080 });
    await shot(page, `${name}-${width}`);
  }
  await page.setViewportSize({ width: 1366, height: 768 });
}

const demoUsers = {
  unit: { name: '青浦区总工会填报人', home: '/unit' },
  unit2: { name: '青浦区退管会填报人', home: '/unit' },
  reviewer: { name: '主管部门审核人', home: '/reviewer' },
  manager: { name: '财政局绩效管理处', home: '/manager' },
  admin: { name: '系统管理员', home: '/manager' },
} as const;

/**
 * Signs in as one of the demo users (dev tokens) from the sign-in page, signing out first when someone is signed in,
 * and returns once the user's home page is shown. Each step waits for what it changes on the page: /signin shows the
 * demo users when nobody is signed in, and turns into the signed-in user's home otherwise.
 */
export async function signInAs(page: Page, key: keyof typeof demoUsers) {
  const user = demoUsers[key];
  const signOut = page.getByRole('button', { name: '退出' });
  const demo = page.getByTestId(`demo-${key}`);
  await page.goto('/signin');
  await expect(signOut.or(demo)).toBeVisible();
  if (await signOut.isVisible()) {
    await signOut.click();
    await expect(demo).toBeVisible();
  }
  await demo.click();
  await expect(page.getByTestId('signed-in-user')).toContainText(user.name);
  await expect(page).toHaveURL(new RegExp(`${user.home}(\\?.*)?$`));
}

/**
 * Signs in as a user of the tests' own (not a demo card): the dev token is put in the web UI's session (localStorage,
 * as the sign-in page does), then the user's home is opened and waited for.
 */
export async function signInWithToken(page: Page, token: string, user: { userId: string; name: string; roles: string[]; unitId?: string; departmentIds?: string[] }, home: string) {
  await page.goto('/signin');
  await page.evaluate(({ token, user }) => {
    const now = Date.now();
    localStorage.setItem('perfeval.session', JSON.stringify({
      token, issuedAt: now, expiresAt: now + 3600_000,
      user: { id: user.userId, name: user.name, roles: user.roles, unitId: user.unitId ?? null, departmentIds: user.departmentIds ?? [], via: 'dev' },
    }));
  }, { token, user });
  await page.goto(home);
  await expect(page.getByTestId('signed-in-user')).toContainText(user.name);
  await expect(page).toHaveURL(new RegExp(`${home}(\\?.*)?$`));
}

/**
 * Picks an option of a select by its label. The browser's own select (the year and filter pickers) is set directly;
 * an antd select is opened and its option clicked, and a click that lands while the page re-renders the select (a
 * refetch) can leave the list open with nothing chosen, so that pick is retried until the list closes. The caller
 * then asserts what the choice changes on the page (the URL, the figures shown) before the next step.
 */
export async function choose(page: Page, label: string, option: string) {
  const box = page.getByRole('combobox', { name: label });
  if (await box.evaluate((e) => e.tagName === 'SELECT')) {
    await box.selectOption(option);
    await expect(box).toHaveValue(option);
    return;
  }
  const item = page.locator(`.ant-select-dropdown .ant-select-item-option[title="${option}"]`);
  await expect(async () => {
    if (!(await item.isVisible())) await box.click();
    await item.click({ timeout: 5_000 });
    await expect(item).toBeHidden({ timeout: 5_000 });
  }).toPass({ timeout: 30_000 });
}

export const seedFile = path.resolve(import.meta.dirname, '..', '..', 'PerfEval.IntegrationTests', 'TestData', 'seed-forms-2024.txt');
