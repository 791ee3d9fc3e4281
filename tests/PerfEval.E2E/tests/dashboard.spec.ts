import { expect, test, type Page } from '@playwright/test';
import { createForm, tokenOf } from './api';
import { checkAfterEach, shot, signInAs, watchConsole } from './helpers';
import { expectNoCodes, expectNoIds } from './plainText';

// The manager's dashboard with six departments: every department named on the charts' axes, captions that say what
// each chart counts, empty charts that say why, and the page opening on the latest year with forms.
test.describe.configure({ mode: 'serial' });

const year = 2020;
// Ids as the dev tokens take them (letters, digits, '-', '_', '.'), and the names the directory gives them.
const departments = ['dash-dept-a', 'dash-dept-b', 'dash-dept-c', 'dash-dept-d', 'dash-dept-e', 'dash-dept-f'];
const departmentNames = ['看板测试甲局', '看板测试乙局', '看板测试丙局', '看板测试丁局', '看板测试戊局', '看板测试己局'];
const nameOf = (id: string) => departmentNames[departments.indexOf(id)];
let page: Page;
let errors: string[] = [];

test.beforeAll(async ({ browser, request }) => {
  // The departments and their units in the directory (the administrator's API), so every screen names them.
  const admin = { Authorization: `Bearer ${await tokenOf(request, { userId: 'demo-admin', name: '系统管理员', roles: ['admin', 'manager'] })}` };
  for (const [i, department] of departments.entries()) {
    const put = await request.put(`/api/directory/departments/${department}`, { headers: admin, data: { code: `990100-${i}`, name: departmentNames[i] } });
    expect(put.status(), await put.text()).toBe(200);
    const unit = await request.put(`/api/directory/units/dash-unit-${i}`, { headers: admin, data: { code: `990100-${i}-01`, name: `${departmentNames[i]}机关`, departmentId: department } });
    expect(unit.status(), await unit.text()).toBe(200);
  }
  // One draft in each department (drafts only: nothing scored, no review task yet).
  for (const [i, department] of departments.entries()) {
    const token = await tokenOf(request, { userId: `dash-unit-${i}`, name: `看板单位${i}`, roles: ['unit'], unitId: `dash-unit-${i}`, departmentIds: [department] });
    await createForm(request, token, `看板测试项目${i}`, year);
  }
  page = await (await browser.newContext()).newPage();
  errors = watchConsole(page);
});

checkAfterEach(() => errors);

test.afterAll(async () => { await page.close(); });

/** The departments (ids) whose directory names are drawn as text in a chart (ECharts' SVG renderer). */
async function labelsIn(testId: string, expected: number): Promise<string[]> {
  const chart = page.getByTestId(testId).locator('svg').first();
  await expect(chart).toBeVisible();
  // ECharts draws on the next animation frame: read until the labels are there.
  const drawn = async () => {
    const texts = await chart.locator('text').allTextContents();
    return departments.filter((d) => texts.some((x) => x.trim() === nameOf(d)));
  };
  await expect.poll(async () => (await drawn()).length, { timeout: 15_000 }).toBeGreaterThanOrEqual(expected);
  return drawn();
}

test('every department is labelled on the charts, each chart says what it counts, empty charts say why', async ({ request }) => {
  await signInAs(page, 'manager');
  await page.goto(`/manager?year=${year}`);
  await expect(page.getByTestId('stat-forms')).toContainText(String(departments.length));

  // The figures the page draws, from the API: one row per department.
  const manager = await tokenOf(request, { userId: 'demo-manager', name: '财政局绩效管理处', roles: ['manager'] });
  const figures = (await (await request.get(`/api/projections/yearly/${year}`, { headers: { Authorization: `Bearer ${manager}` } })).json()) as { departments: { key: string }[] };
  const inData = figures.departments.map((d) => d.key).filter((k) => departments.includes(k));
  expect(inData).toHaveLength(departments.length);

  const execution = await labelsIn('chart-execution', inData.length);
  const averages = await labelsIn('chart-averages', inData.length);
  console.log(`department labels drawn: execution ${execution.length}/${inData.length}, averages ${averages.length}/${inData.length}`);
  expect(execution.sort()).toEqual([...inData].sort());
  expect(averages.sort()).toEqual([...inData].sort());

  // What each chart counts, in words; drafts only, so no grades yet and no review task.
  await expect(page.getByText('各部门预算执行率（%）：执行数 ÷ 全年预算数')).toBeVisible();
  await expect(page.getByText('各部门平均得分：自评分、规则分、审定分（审定分仅计已审核通过的表）')).toBeVisible();
  await expect(page.getByTestId('chart-grades-empty')).toContainText('该年度尚无已评分的自评表');
  await expect(page.getByTestId('chart-workload-empty')).toContainText('没有未完成的审核任务');
  // The table names the departments too; no id or code anywhere on the page.
  for (const name of departmentNames) await expect(page.getByRole('link', { name, exact: true })).toBeVisible();
  await expectNoIds(page, 'dashboard with six departments');
  await expectNoCodes(page, 'dashboard with six departments');
  await shot(page, '30-manager-dashboard-six-departments');
});

test('the dashboard opens on the latest year with forms, and the year picker marks the years that have them', async ({ request }) => {
  const manager = await tokenOf(request, { userId: 'demo-manager', name: '财政局绩效管理处', roles: ['manager'] });
  const years = (await (await request.get('/api/years', { headers: { Authorization: `Bearer ${manager}` } })).json()) as { years: number[]; latest: number };
  expect(years.years).toContain(year);

  await page.goto('/manager');
  await expect(page).toHaveURL(new RegExp(`/manager\\?year=${years.latest}$`));
  await expect(page.getByTestId('dashboard')).toHaveAttribute('data-year', String(years.latest));

  const picker = page.getByRole('combobox', { name: '年度' });
  await expect(picker.locator(`option[value="${year}"]`)).toContainText('有自评表');
  await expect(picker.locator(`option[value="${new Date().getFullYear()}"]`)).not.toContainText('有自评表');

  // A year without forms says so and offers the latest year that has them.
  await page.goto('/manager?year=2005');
  await expect(page.getByTestId('dashboard-empty')).toContainText('2005年度暂无自评表');
  await expect(page.getByTestId('dashboard-empty')).toContainText(`最近有自评表的年度是 ${years.latest} 年`);
  await page.getByTestId('show-latest-year').click();
  await expect(page).toHaveURL(new RegExp(`/manager\\?year=${years.latest}$`));
});
