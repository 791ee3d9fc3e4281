import { expect, test, type Page } from '@playwright/test';
import { createForm, submitForm, tokenOf, type TokenUser } from './api';
import { checkAfterEach, shot, signInAs, signInWithToken, watchConsole } from './helpers';
import { expectNoCodes, expectNoIds } from './plainText';

// The directory screen (单位目录), as the administrator: a small directory of its own (a department, a unit, the
// unit's accountant and a reviewer of the department) is imported from a JSON file through the page's import control,
// previewed, then saved; the unit's name is changed in the edit dialog; the reviewer's inbox then names the unit's form
// by the new name. Year 2019 and the ids below are this spec's own: the other specs' data is not touched.
test.describe.configure({ mode: 'serial' });

const year = 2019;
const project = `目录测试项目-${Date.now().toString(36)}`;
const unitName = '目录测试街道办事处';
const renamed = '目录测试街道办事处（更名）';
const accountant: TokenUser = { userId: 'dir-unit', name: '目录测试填报人', roles: ['unit'], unitId: 'unit-dirtest', departmentIds: ['dept-dirtest'] };
const reviewer: TokenUser = { userId: 'dir-reviewer', name: '目录测试审核人', roles: ['reviewer'], departmentIds: ['dept-dirtest'] };

/** The file the administrator imports: the shape of GET /api/directory (references by id). */
const file = {
  departments: [{ id: 'dept-dirtest', code: '990001', name: '目录测试局' }],
  units: [{ id: 'unit-dirtest', code: '990001-01', name: unitName, departmentId: 'dept-dirtest' }],
  people: [
    { userId: accountant.userId, name: accountant.name, roles: ['unit'], unitId: 'unit-dirtest', departmentIds: [] },
    { userId: reviewer.userId, name: reviewer.name, roles: ['reviewer'], unitId: null, departmentIds: ['dept-dirtest'] },
  ],
};

let page: Page;
let errors: string[] = [];

test.beforeAll(async ({ browser }) => {
  page = await (await browser.newContext()).newPage();
  errors = watchConsole(page);
});

checkAfterEach(() => errors);

test.afterAll(async () => { await page.close(); });

test('the administrator imports a directory from a JSON file: a preview first, then saved', async () => {
  await signInAs(page, 'admin');
  await page.getByRole('link', { name: '单位目录' }).click();
  await expect(page).toHaveURL(/\/admin\/directory$/);
  await expect(page.getByRole('heading', { name: '单位、部门与人员目录' })).toBeVisible();

  await page.locator('input[type=file][accept=".xlsx,.json"]').setInputFiles({ name: 'directory-dirtest.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) });
  // The preview says what the file adds and stores nothing yet.
  await expect(page.getByText('文件无误：新增部门 1、单位 1、人员 2；修改部门 0、单位 0、人员 0。')).toBeVisible();
  await expect(page.getByRole('table', { name: '单位' })).not.toContainText(unitName);
  await shot(page, '40-admin-directory-import-preview');
  await expectNoCodes(page, 'directory import preview');

  await page.getByTestId('directory-import-confirm').click();
  await expect(page.getByText('目录已导入')).toBeVisible();
  // The tables are paged; the search box finds the file's entries by name.
  await page.getByPlaceholder('查找（名称或编码）').fill('目录测试');
  const units = page.getByRole('table', { name: '单位' });
  await expect(units.getByRole('row').filter({ hasText: unitName })).toContainText('目录测试局');
  await expect(page.getByTestId('directory-import-confirm')).toBeHidden();

  await page.getByRole('tab', { name: '人员' }).click();
  const people = page.getByRole('table', { name: '人员' });
  await expect(people.getByRole('row').filter({ hasText: reviewer.name })).toContainText('目录测试局');
  await expect(people.getByRole('row').filter({ hasText: accountant.name })).toContainText(unitName);
  await expectNoIds(page, 'directory people');
  await expectNoCodes(page, 'directory people');
  await shot(page, '41-admin-directory-people');
});

test('the unit submits a form; the administrator renames the unit in the edit dialog', async ({ request }) => {
  const token = await tokenOf(request, accountant);
  const id = await createForm(request, token, project, year);
  await submitForm(request, token, id);
  // Scored in the background: the review task opens in the reviewer's queue.
  const asReviewer = { Authorization: `Bearer ${await tokenOf(request, reviewer)}` };
  await expect.poll(async () => {
    const tasks = (await (await request.get('/api/review-tasks?status=Open&pageSize=200', { headers: asReviewer })).json()) as { items: { evaluationId: string }[] };
    return tasks.items.some((t) => t.evaluationId === id);
  }).toBe(true);

  await page.getByRole('tab', { name: '单位' }).click();
  const row = page.getByRole('table', { name: '单位' }).getByRole('row').filter({ hasText: unitName });
  await row.getByRole('button', { name: '编辑' }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toContainText('编辑 · 单位');
  await dialog.getByLabel('名称').fill(renamed);
  await shot(page, '42-admin-directory-edit-unit');
  await dialog.getByRole('button', { name: '保存' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('table', { name: '单位' }).getByRole('row').filter({ hasText: renamed })).toContainText('目录测试局');
  await expectNoIds(page, 'directory units');
  await expectNoCodes(page, 'directory units');
});

test("the department's reviewer sees the unit's form under its new name", async ({ request }) => {
  await signInWithToken(page, await tokenOf(request, reviewer), reviewer, '/reviewer');
  const row = page.getByRole('table', { name: '审核任务' }).getByRole('row').filter({ hasText: project });
  await expect(row).toContainText(renamed);
  await expect(row).toContainText('目录测试局');
  await expectNoIds(page, 'reviewer inbox (directory spec)');
  await expectNoCodes(page, 'reviewer inbox (directory spec)');
  await shot(page, '43-reviewer-inbox-renamed-unit');
});
