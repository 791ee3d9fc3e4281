import { expect, test, type APIRequestContext } from '@playwright/test';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { accessibility, shot, watchConsole } from './helpers';
import { expectNoCodes, expectNoIds } from './plainText';

// The public site (绩效公开), as an anonymous visitor: a form is taken through review and published over the API (a
// reviewer comments on it and adjusts a score with a reason on the way), then a browser with no session lists the
// year's published forms, finds it, opens it in the official layout, and sees none of the review on the page.
const suffix = randomBytes(4).toString('hex');
const project = `公开示范项目-${suffix}`;
const department = `dept-public-${suffix}`;
const comment = `内部审核意见-${suffix}`;
const reason = `内部调整理由-${suffix}`;
const year = 2024;

async function token(request: APIRequestContext, user: object): Promise<string> {
  const response = await request.post('/api/auth/dev-token', { data: user });
  expect(response.ok()).toBeTruthy();
  return ((await response.json()) as { accessToken: string }).accessToken;
}

async function publishAForm(request: APIRequestContext): Promise<string> {
  const unit = await token(request, { userId: `u-${suffix}`, name: '公开测试填报人', roles: ['unit'], unitId: `unit-public-${suffix}`, departmentIds: [department] });
  const reviewer = await token(request, { userId: `r-${suffix}`, name: '公开测试审核人', roles: ['reviewer'], departmentIds: [department] });
  const manager = await token(request, { userId: `m-${suffix}`, name: '公开测试管理处', roles: ['manager'] });
  const as = (t: string) => ({ Authorization: `Bearer ${t}` });
  const form = JSON.parse(readFileSync(path.resolve(import.meta.dirname, '..', '..', 'PerfEval.IntegrationTests', 'TestData', 'form.json'), 'utf8')) as
    { header: { projectName: string; fiscalYear: number } };
  form.header.projectName = project;
  form.header.fiscalYear = year;

  const created = await request.post('/api/evaluations', { headers: as(unit), data: form });
  expect(created.status()).toBe(201);
  const id = ((await created.json()) as { id: string }).id;
  expect((await request.post(`/api/evaluations/${id}/submit`, { headers: as(unit) })).ok()).toBeTruthy();

  let taskId = '';
  await expect.poll(async () => {
    const tasks = (await (await request.get('/api/review-tasks?pageSize=200', { headers: as(reviewer) })).json()) as { items: { id: string; evaluationId: string }[] };
    taskId = tasks.items.find((t) => t.evaluationId === id)?.id ?? '';
    return taskId;
  }).not.toBe('');
  expect((await request.post(`/api/review-tasks/${taskId}/claim`, { headers: as(reviewer) })).ok()).toBeTruthy();
  expect((await request.post(`/api/evaluations/${id}/review/comments`, { headers: as(reviewer), data: { text: comment } })).ok()).toBeTruthy();
  expect((await request.post(`/api/evaluations/${id}/review/adjustments`, {
    headers: as(reviewer), data: { target: 'indicator', indicatorIndex: 0, score: 12.5, reason },
  })).ok()).toBeTruthy();
  expect((await request.post(`/api/evaluations/${id}/review/approve`, { headers: as(reviewer), data: {} })).ok()).toBeTruthy();
  expect((await request.post(`/api/evaluations/${id}/publish`, { headers: as(manager) })).ok()).toBeTruthy();
  return id;
}

test.afterEach(() => {
  if (process.env.AXE_REPORT_ONLY !== '1') expect(accessibility, 'serious or critical accessibility findings (axe-core)').toEqual([]);
});

test('an anonymous visitor lists the published forms, opens one in the official layout and sees nothing of its review', async ({ browser, request }) => {
  const id = await publishAForm(request);
  const context = await browser.newContext();
  const page = await context.newPage();
  const errors = watchConsole(page);

  await page.goto(`/public?year=${year}`);
  await expect(page.getByRole('heading', { name: `${year}年度绩效自评结果公开` })).toBeVisible();
  await expect(page.getByTestId('signed-in-user')).toHaveCount(0);
  const row = page.getByTestId('public-forms').getByRole('row').filter({ hasText: project });
  await expect(row).toBeVisible();
  await expect(row).toContainText('优');
  await expect(row).toContainText('95.5');
  await expect(page.getByRole('link', { name: '下载开放数据（CSV）' })).toHaveAttribute('href', `/public/api/open-data/${year}.csv`);
  await expectNoIds(page, 'public list');
  await expectNoCodes(page, 'public list');
  await shot(page, 'public-01-list');

  await row.getByRole('link', { name: project }).click();
  await expect(page).toHaveURL(new RegExp(`/public/forms/${id}$`));
  await expect(page.getByRole('heading', { name: '财政项目支出绩效自评表' })).toBeVisible();
  await expect(page.getByText(`（${year}年度）`)).toBeVisible();
  await expect(page.getByRole('table', { name: '项目资金（万元）' })).toBeVisible();
  await expect(page.getByRole('table', { name: '三级指标' })).toContainText('产出指标');
  await expect(page.getByTestId('public-final-grade')).toHaveText('优');
  await expect(page.getByTestId('public-final-total')).toHaveText('95.50');
  await expect(page.locator('body')).not.toContainText(comment);
  await expect(page.locator('body')).not.toContainText(reason);
  await expect(page.locator('body')).not.toContainText('审核意见');
  await expect(page.locator('body')).not.toContainText('佐证材料');
  await expectNoIds(page, 'public form');
  await expectNoCodes(page, 'public form');
  await shot(page, 'public-02-form');

  expect(errors, 'console errors').toEqual([]);
  await context.close();
});

