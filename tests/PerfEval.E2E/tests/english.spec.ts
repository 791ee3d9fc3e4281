import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { createForm, submitForm, tokenOf, type TokenUser } from './api';
import { checkAfterEach, shot, signInWithToken, watchConsole } from './helpers';

// English mode, page by page: the language is switched with the header's button, then the main pages of the three
// roles and the public pages are walked. The UI's own words (headings, labels, buttons, column titles, menus, tags)
// must hold no Chinese; data (project, unit and department names) may. Grades read Excellent/Good/Fair/Poor and dates
// name their month ("6 Dec 2026"). Year 2018 and the ids below are this spec's own.
test.describe.configure({ mode: 'serial' });

const year = 2018;
const suffix = Date.now().toString(36);
const published = `English walk ${suffix} (published)`;
const waiting = `English walk ${suffix} (waiting)`;
const department = 'dept-en-walk';
const unit: TokenUser = { userId: 'en-unit', name: '英文模式填报人', roles: ['unit'], unitId: 'unit-en-walk', departmentIds: [department] };
const reviewer: TokenUser = { userId: 'en-reviewer', name: '英文模式审核人', roles: ['reviewer'], departmentIds: [department] };
const manager: TokenUser = { userId: 'en-manager', name: '英文模式管理处', roles: ['manager'] };

/** Chinese characters and full-width punctuation. */
const cjk = /[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]/;
/** A date with its month by name, day first: 6 Dec 2026. */
const englishDate = /\b\d{1,2} (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4}\b/;
/** The UI's own words: headings, labels, buttons, column titles, menus, tabs, tags, descriptions' labels, empty states. */
const chrome = [
  'h1', 'h2', 'h3', 'h4', 'th', 'label', 'button', '[role=tab]', '.ant-menu-title-content', '.ant-descriptions-item-label',
  '.ant-tag', '.ant-empty-description', '.ant-alert-message', '.ant-alert-title', '.ant-statistic-title', '.ant-card-head-title',
  '.ant-select-selection-item', '.ant-select-selection-placeholder', '.ant-pagination',
].join(', ');

let page: Page;
let errors: string[] = [];
let publishedId = '';
let waitingId = '';
/** What is still Chinese, by page: collected over the walk and asserted at the end, so one run lists every page's. */
const chinese: string[] = [];

async function as(request: APIRequestContext, user: TokenUser) {
  return { Authorization: `Bearer ${await tokenOf(request, user)}` };
}

test.beforeAll(async ({ browser, request }) => {
  // The department and unit in the directory, so the screens name them.
  const admin = await as(request, { userId: 'demo-admin', name: '系统管理员', roles: ['admin', 'manager'] });
  expect((await request.put(`/api/directory/departments/${department}`, { headers: admin, data: { code: '990200', name: '英文模式测试局' } })).status()).toBe(200);
  expect((await request.put(`/api/directory/units/${unit.unitId}`, { headers: admin, data: { code: '990200-01', name: '英文模式测试中心', departmentId: department } })).status()).toBe(200);

  // Two forms: one approved and published, one waiting in the reviewer's queue.
  const unitToken = await tokenOf(request, unit);
  const first = await createForm(request, unitToken, published, year);
  await submitForm(request, unitToken, first);
  const second = await createForm(request, unitToken, waiting, year);
  await submitForm(request, unitToken, second);
  const asReviewer = await as(request, reviewer);
  let taskId = '';
  await expect.poll(async () => {
    const tasks = (await (await request.get('/api/review-tasks?status=Open&pageSize=200', { headers: asReviewer })).json()) as { items: { id: string; evaluationId: string }[] };
    taskId = tasks.items.find((t) => t.evaluationId === first)?.id ?? '';
    return taskId !== '' && tasks.items.some((t) => t.evaluationId === second);
  }).toBe(true);
  expect((await request.post(`/api/review-tasks/${taskId}/claim`, { headers: asReviewer })).ok()).toBeTruthy();
  expect((await request.post(`/api/evaluations/${first}/review/approve`, { headers: asReviewer, data: {} })).ok()).toBeTruthy();
  expect((await request.post(`/api/evaluations/${first}/publish`, { headers: await as(request, manager) })).ok()).toBeTruthy();
  publishedId = first;
  waitingId = second;

  page = await (await browser.newContext()).newPage();
  errors = watchConsole(page);
});

checkAfterEach(() => errors);

test.afterAll(async () => { await page.close(); });

/** Opens a page, waits for what marks it loaded, notes any Chinese in its chrome and keeps a screenshot. */
async function walk(path: string, name: string, loaded: (p: Page) => Promise<void>) {
  await page.goto(path);
  await loaded(page);
  await expect(page.locator('.ant-spin-spinning')).toHaveCount(0);
  const texts = await page.locator(chrome).evaluateAll((nodes) => nodes
    // The language button names the other language (中文) on purpose.
    .filter((n) => !(n.tagName === 'BUTTON' && n.textContent?.trim() === '中文'))
    .filter((n) => (n as HTMLElement).offsetParent !== null || n.tagName === 'BUTTON')
    .map((n) => (n as HTMLElement).innerText?.trim() ?? ''));
  const data = [published, waiting, unit.name, reviewer.name, manager.name, '英文模式测试局', '英文模式测试中心'];
  for (const text of texts) {
    const bare = data.reduce((t, d) => t.split(d).join(''), text);
    if (cjk.test(bare)) chinese.push(`${name}: ${text}`);
  }
  await shot(page, `en-${name}`);
}

test('English mode: the unit, reviewer and manager pages and the public pages speak English, grades and dates included', async ({ request }) => {
  await signInWithToken(page, await tokenOf(request, unit), unit, '/unit');
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');

  // The unit.
  await walk(`/unit?year=${year}`, 'unit-my-forms', async (p) => { await expect(p.getByText(published)).toBeVisible(); });
  await walk(`/forms/${publishedId}`, 'unit-form', async (p) => { await expect(p.getByRole('heading', { name: published })).toBeVisible(); });
  await walk('/unit/targets', 'unit-targets', async (p) => { await expect(p.getByRole('heading', { level: 2 })).toBeVisible(); });
  await walk(`/rectifications?year=${year}`, 'unit-rectifications', async (p) => { await expect(p.getByRole('heading', { name: 'Rectification' })).toBeVisible(); });
  await walk('/notifications', 'unit-notifications', async (p) => { await expect(p.getByRole('heading', { name: 'Notifications' })).toBeVisible(); });
  // The department-wide form's editor: its kind, its funds rows, 部门基本数据 and the computed rates.
  await walk(`/unit/forms/new?year=${year}&kind=departmentWide`, 'unit-department-wide-editor', async (p) => {
    await expect(p.getByTestId('department-facts')).toContainText('Staff control rate');
    await expect(p.getByRole('radio', { name: 'Department-wide expenditure form' })).toBeChecked();
  });

  // The reviewer: the waiting form in the inbox, opened on a date with its month by name.
  await signInWithToken(page, await tokenOf(request, reviewer), reviewer, '/reviewer');
  await walk('/reviewer', 'reviewer-inbox', async (p) => {
    const row = p.getByRole('row').filter({ hasText: waiting });
    await expect(row).toBeVisible();
    await expect(row.getByRole('cell').filter({ hasText: englishDate })).toHaveCount(1);
    await expect(row).toContainText('英文模式测试中心');
  });
  // Claimed from the inbox, the form opens on the review screen.
  await page.getByTestId(`claim-${waitingId}`).click();
  await expect(page).toHaveURL(new RegExp(`/reviewer/review/${waitingId}$`));
  await walk(`/reviewer/review/${waitingId}`, 'reviewer-review', async (p) => {
    await expect(p.getByRole('heading', { name: waiting })).toBeVisible();
    await expect(p.getByTestId('grade-figures')).toContainText(/Excellent|Good|Fair|Poor/);
    await expect(p.getByTestId('reviewed-total')).toHaveText(/^\d+\.\d{2} (?:Excellent|Good|Fair|Poor)$/);
  });

  // The manager: the dashboard and the budget advice, the approved form's grade in English.
  await signInWithToken(page, await tokenOf(request, manager), manager, '/manager');
  await walk(`/manager?year=${year}`, 'manager-dashboard', async (p) => {
    await expect(p.getByTestId('stat-forms')).toContainText('2');
    // The grade chart's labels (drawn text, outside the chrome scan) name the grades in English.
    const labels = p.getByTestId('chart-grades').locator('svg text');
    await expect(labels.filter({ hasText: /^Excellent: 1$/ })).toHaveCount(1);
    await expect(labels.filter({ hasText: /[优良中差]/ })).toHaveCount(0);
  });
  await walk(`/manager/budget-advice?year=${year}`, 'manager-budget-advice', async (p) => {
    const row = p.getByRole('row').filter({ hasText: published });
    await expect(row).toContainText(/(?:Excellent|Good|Fair|Poor) \(\d+\.\d{2}\)/);
    await expect(row.getByTestId('advice')).toHaveText(/^(?:Priority|Keep|Cut \d+%|Cancel or suspend)$/);
  });
  await walk(`/manager/reports?year=${year}`, 'manager-reports', async (p) => { await expect(p.getByRole('heading', { level: 2 })).toBeVisible(); });
  await walk(`/rectifications?year=${year}`, 'manager-rectifications', async (p) => { await expect(p.getByRole('heading', { name: 'Rectification' })).toBeVisible(); });

  // The public pages: the list and the published form, graded in English.
  await walk(`/public?year=${year}`, 'public-list', async (p) => {
    const row = p.getByTestId('public-forms').getByRole('row').filter({ hasText: published });
    await expect(row).toContainText(/Excellent|Good|Fair|Poor/);
    await expect(row).not.toContainText(/[优良中差]/);
  });
  await walk(`/public/forms/${publishedId}`, 'public-form', async (p) => {
    await expect(p.getByTestId('public-final-grade')).toHaveText(/^(?:Excellent|Good|Fair|Poor)$/);
  });

  expect(chinese, 'Chinese in the UI chrome in English mode').toEqual([]);
});
