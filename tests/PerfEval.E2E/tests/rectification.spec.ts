import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { checkAfterEach, choose, shot, signInAs, watchConsole } from './helpers';
import { expectNoCodes, expectNoIds } from './plainText';

// A rectification round (问题整改) through the web UI: a second unit's form is submitted (over the API, as its import
// would), a reviewer issues a notice about it with a problem and a requirement, the unit answers with the measures it
// took, and the reviewer claims the answer's task from the queue and accepts it; the notice's history shows each step.
// Then management overrides the budget advice (结果应用) of another of the unit's forms, approved over the API (优 as
// the form's figures give it).
test.describe.configure({ mode: 'serial' });

const year = 2024;
const project = `劳模疗休养经费-${randomBytes(4).toString('hex')}`;
const formFile = path.resolve(import.meta.dirname, '..', '..', 'PerfEval.IntegrationTests', 'TestData', 'form.json');
let noticeUrl = '';
let page: Page;
let errors: string[] = [];

const approvedProject = `${project}-已审定`;

/** A dev token of a demo user, as its sign-in would get. */
async function tokenOf(request: APIRequestContext, data: object): Promise<string> {
  const response = await request.post('/api/auth/dev-token', { data });
  expect(response.ok()).toBeTruthy();
  return ((await response.json()) as { accessToken: string }).accessToken;
}

const unitToken = (request: APIRequestContext) => tokenOf(request,
  { userId: 'demo-unit-2', name: '青浦区退管会填报人', roles: ['unit'], unitId: 'unit-qingpu-retirees', departmentIds: ['dept-qingpu-union'] });

/** The second demo unit's form named <projectName>, drafted and submitted, once it is scored and its task opened; its id. */
async function submitted(request: APIRequestContext, headers: Record<string, string>, projectName: string): Promise<string> {
  const form = JSON.parse(readFileSync(formFile, 'utf8')) as { header: { projectName: string; implementingUnit: string } };
  form.header.projectName = projectName;
  form.header.implementingUnit = '上海市青浦区退管会';
  const drafted = await request.post('/api/evaluations', { headers, data: form });
  expect(drafted.status()).toBe(201);
  const id = ((await drafted.json()) as { id: string }).id;
  expect((await request.post(`/api/evaluations/${id}/submit`, { headers })).ok()).toBeTruthy();
  await expect.poll(async () => ((await (await request.get(`/api/evaluations/${id}`, { headers })).json()) as { currentTask: unknown }).currentTask)
    .not.toBeNull();
  return id;
}

test.beforeAll(async ({ browser, request }) => {
  page = await (await browser.newContext()).newPage();
  errors = watchConsole(page);
  const headers = { Authorization: `Bearer ${await unitToken(request)}` };
  await submitted(request, headers, project);
  // A second form, approved by the reviewer over the API, for the budget advice.
  const approvedId = await submitted(request, headers, approvedProject);
  const reviewer = { Authorization: `Bearer ${await tokenOf(request, { userId: 'demo-reviewer', name: '主管部门审核人', roles: ['reviewer'], departmentIds: ['dept-qingpu-union'] })}` };
  const tasks = (await (await request.get('/api/review-tasks?status=Open&pageSize=200', { headers: reviewer })).json()) as { items: { id: string; evaluationId: string }[] };
  const task = tasks.items.find((t) => t.evaluationId === approvedId);
  expect(task).toBeDefined();
  expect((await request.post(`/api/review-tasks/${task!.id}/claim`, { headers: reviewer })).ok()).toBeTruthy();
  expect((await request.post(`/api/evaluations/${approvedId}/review/approve`, { headers: reviewer })).ok()).toBeTruthy();
});

checkAfterEach(() => errors);

test.afterAll(async () => {
  await page.close();
});

test('a reviewer issues a rectification notice about the submitted form', async () => {
  await signInAs(page, 'reviewer');
  await page.getByRole('link', { name: '问题整改' }).click();
  await page.goto(`/rectifications?year=${year}`);
  await page.getByTestId('issue-rectification').click();
  await choose(page, '自评表', `${project}（上海市青浦区退管会）`);
  await page.getByLabel('问题 1').fill('满意度调查缺少原始问卷');
  await page.getByLabel('整改要求').fill('补充原始问卷并重新计算满意度');
  await expectNoIds(page, 'rectification: issuing a notice');
  await expectNoCodes(page, 'rectification: issuing a notice');
  await shot(page, '30-reviewer-rectification-issue');
  await page.getByTestId('send-rectification').click();
  await expect(page).toHaveURL(/\/rectifications\/[0-9a-f-]{36}$/);
  noticeUrl = new URL(page.url()).pathname;
  await expect(page.locator('[data-status="Issued"]')).toHaveText('待整改');
  await expect(page.getByText('满意度调查缺少原始问卷')).toBeVisible();
  await expectNoIds(page, 'rectification notice');
  await expectNoCodes(page, 'rectification notice');

  // The year's list names the unit and shows the deadline.
  await page.goto(`/rectifications?year=${year}`);
  const listed = page.getByRole('table', { name: '问题整改' }).getByRole('row').filter({ hasText: project });
  await expect(listed).toContainText('上海市青浦区退管会');
  await expectNoIds(page, 'rectification list');
  await expectNoCodes(page, 'rectification list');
  await shot(page, '30-reviewer-rectification-list');
});

test('the unit answers with the measures it took', async () => {
  await signInAs(page, 'unit2');
  await page.getByRole('link', { name: '问题整改' }).click();
  await page.goto(`/rectifications?year=${year}`);
  await page.getByTestId('rectification-link').filter({ hasText: project }).click();
  await expect(page).toHaveURL(new RegExp(`${noticeUrl}$`));
  await page.getByLabel('整改措施').fill('已补充原始问卷 1,200 份，满意度重新计算为 92%。');
  await expectNoIds(page, 'rectification: the unit answers');
  await expectNoCodes(page, 'rectification: the unit answers');
  await shot(page, '31-unit-rectification-answer');
  await page.getByTestId('send-answer').click();
  await expect(page.locator('[data-status="Answered"]')).toHaveText('待审核');
  await expect(page.getByTestId('round-1')).toContainText('已补充原始问卷');
});

test('the reviewer claims the answer from the queue and accepts it', async () => {
  await signInAs(page, 'reviewer');
  const row = page.getByRole('row').filter({ hasText: project }).filter({ has: page.locator('[data-kind="Rectification"]') });
  await expect(row).toBeVisible();
  await page.goto(noticeUrl);
  await page.getByTestId('claim-rectification').click();
  await page.getByLabel('审核意见（可选）').fill('整改到位');
  await page.getByTestId('accept-rectification').click();
  await expect(page.locator('[data-status="Accepted"]')).toHaveText('整改完成');
  await expect(page.getByTestId('round-1')).toContainText('整改到位');
  await expect(page.getByText(/认可了第 1 次整改答复/)).toBeVisible();
  await expectNoIds(page, 'rectification accepted');
  await expectNoCodes(page, 'rectification accepted');
  await shot(page, '32-reviewer-rectification-accepted');
});

test("management reviews the year's budget advice and overrides one with a reason", async () => {
  await signInAs(page, 'manager');
  await page.getByRole('link', { name: '结果应用' }).click();
  await page.goto(`/manager/budget-advice?year=${year}`);
  await expect(page.getByRole('heading', { name: `结果应用：${year + 1} 年度预算安排建议` })).toBeVisible();
  await expect(page.getByTestId('export-budget-advice')).toBeVisible();
  const row = page.getByRole('row').filter({ hasText: approvedProject });
  await expect(row.getByTestId('advice')).toHaveText('优先保障');
  await row.getByTestId('override-advice').click();
  await choose(page, '预算安排建议', '维持');
  await page.getByLabel('理由').fill('项目下年度转为常态化经费');
  await page.getByTestId('save-override').click();
  await expect(page.getByTestId('override-card')).toBeHidden();
  await expect(row.getByTestId('advice')).toHaveText('维持');
  await expect(page.getByText('项目下年度转为常态化经费（财政局绩效管理处）')).toBeVisible();
  await expect(row).toContainText('优（98.00）');
  await expectNoIds(page, 'budget advice');
  await expectNoCodes(page, 'budget advice');
  await shot(page, '33-manager-budget-advice');
});
