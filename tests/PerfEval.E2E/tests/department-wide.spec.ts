import { expect, test, type Page } from '@playwright/test';
import { tokenOf } from './api';
import { atBothWidths, checkAfterEach, confirmPopover, shot, signInAs, watchConsole } from './helpers';
import { expectNoCodes, expectNoIds } from './plainText';

// The department-wide form (部门整体支出绩效自评表) through the web UI: the demo unit chooses it in the editor, its
// header is the department's, it types the department's staff and spending figures and sees the three common
// indicators' rates computed as it types, the server's preview flags a printed rate that disagrees with them, the unit
// corrects it, saves and submits; the department's reviewer finds it in the inbox marked 部门整体, opens it and
// approves it; management then finds it on the dashboard, in the panel of the year's department-wide forms, by the
// department's name with its final score; once published, the public site lists it under its department's name with
// the 部门整体 tag and shows it as 部门整体支出绩效自评表. Year 2017 is this spec's own: one department-wide form per department and year.
test.describe.configure({ mode: 'serial' });

const year = 2017;
const department = '青浦区总工会';
const title = `${department} 部门整体支出`;
let formId = '';
let page: Page;
let errors: string[] = [];

test.beforeAll(async ({ browser }) => {
  page = await (await browser.newContext()).newPage();
  errors = watchConsole(page);
});

checkAfterEach(() => errors);

test.afterAll(async () => { await page.close(); });

/** Types a number into an antd number box and leaves it, so the value is committed. */
async function type(testId: string, value: string) {
  const box = page.getByTestId(testId);
  await box.fill(value);
  await box.blur();
}

test('a unit fills in the department-wide form, sees the common indicators computed from its figures, and submits it', async () => {
  await signInAs(page, 'unit');
  await page.goto(`/unit/forms/new?year=${year}`);
  await expect(page.getByTestId('save-form')).toBeVisible();

  // The choice of form: the department-wide one has 部门整体支出 as its fixed project and the department as both
  // 主管部门 and 实施单位.
  await page.locator('label', { has: page.getByRole('radio', { name: '部门整体支出绩效自评表' }) }).click();
  await expect(page.getByRole('radio', { name: '部门整体支出绩效自评表' })).toBeChecked();
  await expect(page).toHaveURL(/kind=departmentWide/);
  await expect(page.getByTestId('sheet-card').locator('.ant-card-head-title')).toHaveText('部门整体支出绩效自评表');
  const projectName = page.locator('input[data-testid="header-projectName"], [data-testid="header-projectName"] input');
  await expect(projectName).toHaveValue('部门整体支出');
  await expect(projectName).toHaveAttribute('readonly', '');
  await expect(page.getByLabel('主管部门', { exact: true })).toHaveValue(department);
  await expect(page.getByLabel('实施单位', { exact: true })).toHaveValue(department);
  await expect(page.getByRole('cell', { name: '财政拨款', exact: true })).toBeVisible();
  await expect(page.getByRole('cell', { name: '上年结转', exact: true })).toBeVisible();
  // The indicator table starts with the three common indicators, 5 points each.
  await expect(page.getByLabel('三级指标 1', { exact: true })).toHaveValue('在职人员控制率');
  await expect(page.getByLabel('三级指标 2', { exact: true })).toHaveValue('“三公”经费变动率');
  await expect(page.getByLabel('三级指标 3', { exact: true })).toHaveValue('重点支出安排率');
  await expect(page.getByLabel('年度指标值 3', { exact: true })).toHaveValue('≥80%');
  await expect(page.getByTestId('editor-weights-total')).toHaveText('100.00');

  // The department's budget.
  const funds: [string, string, string, string, string][] = [
    ['total', '1200', '1250', '1212.5', '97'],
    ['currentAppropriation', '1150', '1200', '1164', '97'],
    ['carryOver', '50', '50', '48.5', '97'],
  ];
  for (const [row, initial, fullYear, executed, rate] of funds) {
    await type(`funds-${row}-initialBudget`, initial);
    await type(`funds-${row}-fullYearBudget`, fullYear);
    await type(`funds-${row}-executed`, executed);
    await type(`funds-${row}-claimedRate`, rate);
  }
  for (const field of ['initialBudget', 'fullYearBudget', 'executed']) await type(`funds-other-${field}`, '0');
  await page.getByLabel('预算执行率 得分', { exact: true }).fill('9.7');

  // 部门基本数据: the rates appear once both figures of each are in, blank before.
  const rate = (key: string) => page.getByTestId(`dept-rate-${key}`).locator('.ant-statistic-content');
  await expect(rate('staffControl')).toHaveText('—');
  await type('dept-authorizedStaff', '42');
  await type('dept-actualStaff', '40');
  await expect(rate('staffControl')).toHaveText('95.24%');
  await type('dept-threePublicCurrent', '18.6');
  await expect(rate('threePublicChange')).toHaveText('—');
  await type('dept-threePublicPrevious', '20');
  await expect(rate('threePublicChange')).toHaveText('-7.00%');
  await type('dept-keyExpenditure', '680');
  await type('dept-projectExpenditure', '800');
  await expect(rate('keyExpenditureRate')).toHaveText('85.00%');

  await page.getByLabel('预期目标').fill('完成年度工会重点工作任务12项，保障机构正常运转。');
  await page.getByLabel('实际完成情况').fill('完成重点工作任务12项。');

  // The common indicators' printed rates; the first disagrees with the department's figures and the server says so.
  await page.getByLabel('实际完成值 1', { exact: true }).fill('90%');
  await page.getByLabel('实际完成值 2', { exact: true }).fill('-7%');
  await page.getByLabel('实际完成值 3', { exact: true }).fill('85%');
  for (const i of [0, 1, 2]) await page.getByTestId(`claimed-${i}`).fill('5');
  const mismatch = page.locator('[data-testid="finding"][data-code="DEPARTMENT_RATE_MISMATCH"]');
  await expect(mismatch).toContainText('在职人员控制率填报90%');
  await expect(mismatch).toContainText('95.24%');

  // The department's own indicators.
  const own: [string, string, string, string][] = [
    ['年度重点工作任务完成数', '≥12项', '12项', '35'],
    ['服务对象覆盖率', '≥90%', '93%', '30'],
    ['服务对象满意度', '≥90%', '91.5%', '10'],
  ];
  for (const [k, [name, target, actual, claimed]] of own.entries()) {
    const n = k + 4;
    await page.getByLabel(`三级指标 ${n}`, { exact: true }).fill(name);
    await page.getByLabel(`年度指标值 ${n}`, { exact: true }).fill(target);
    await page.getByLabel(`实际完成值 ${n}`, { exact: true }).fill(actual);
    await page.getByTestId(`claimed-${n - 1}`).fill(claimed);
  }
  await page.getByTestId('use-sum').click();
  await expect(page.getByTestId('claimed-total')).toHaveValue('99.70');
  await page.getByTestId('use-grade').click();
  await expect(page.getByTestId('live-total')).toContainText('99.70');
  await expectNoCodes(page, 'department-wide editor');
  await atBothWidths(page, '60-unit-department-wide-editor');

  // Corrected, the finding goes.
  await page.getByLabel('实际完成值 1', { exact: true }).fill('95.24%');
  await expect(mismatch).toHaveCount(0);
  await page.getByTestId('save-form').click();
  await expect(page).toHaveURL(/\/forms\/[0-9a-f-]{36}$/);
  formId = /\/forms\/([0-9a-f-]{36})$/.exec(page.url())![1];

  // The form page: titled by the department, marked 部门整体, with the department's figures and rates.
  const heading = page.getByRole('heading', { level: 2 }).first();
  await expect(heading).toContainText(title);
  await expect(heading.locator('[data-form-kind="departmentWide"]')).toHaveText('部门整体');
  await expect(page.getByRole('heading', { name: '部门整体支出绩效自评表' })).toBeVisible();
  await expect(page.getByTestId('sheet-department')).toContainText('95.24%');
  await expect(page.getByTestId('sheet-department')).toContainText('-7.00%');
  await expect(page.getByTestId('sheet-department')).toContainText('680.00');
  await page.getByTestId('submit-form').click();
  await expect(page.getByText('已提交审核，等待主管部门审核')).toBeVisible();
  await expect(page.getByTestId('computed-total')).toHaveText('99.70');
  await expectNoIds(page, 'department-wide form page');
  await atBothWidths(page, '61-unit-department-wide-form');

  // My forms: the form is listed by its department with the tag.
  await page.goto('/unit');
  const listed = page.getByRole('row').filter({ has: page.getByRole('link', { name: title }) });
  await expect(listed.locator('[data-form-kind="departmentWide"]')).toHaveText('部门整体');
});

test('the department\'s reviewer finds it marked 部门整体 in the inbox, opens it and approves it', async () => {
  await signInAs(page, 'reviewer');
  const claim = page.getByTestId(`claim-${formId}`);
  await expect(claim).toBeVisible();
  const row = page.locator('tr', { has: claim });
  await expect(row).toContainText('部门整体支出');
  await expect(row.locator('[data-form-kind="departmentWide"]')).toHaveText('部门整体');
  await expectNoIds(page, 'reviewer inbox');
  await atBothWidths(page, '62-reviewer-inbox-department-wide');
  await claim.click();

  await expect(page).toHaveURL(new RegExp(`/reviewer/review/${formId}$`));
  const heading = page.getByRole('heading', { level: 2 }).first();
  await expect(heading).toContainText(title);
  await expect(heading.locator('[data-form-kind="departmentWide"]')).toHaveText('部门整体');
  await expect(page.getByTestId('sheet-department')).toContainText('85.00%');
  await expect(page.getByTestId('reviewed-total')).toContainText('99.70');
  await expectNoCodes(page, 'department-wide review screen');
  await atBothWidths(page, '63-reviewer-department-wide-review');
  await page.getByTestId('approve').click();
  await expect(page.getByTestId('approve-confirm')).toContainText('99.70');
  await confirmPopover(page);
  await expect(page.getByText('已审核通过：最终得分 99.70')).toBeVisible();
  await expect(page).toHaveURL(/\/reviewer$/);
});

test('the manager sees it on the dashboard in the department-wide panel, by the department\'s name with its final score', async () => {
  await signInAs(page, 'manager');
  await page.goto(`/manager?year=${year}`);
  const panel = page.getByTestId('department-wide');
  const final = page.getByTestId(`dw-final-${formId}`);
  // The year's figures follow the approval shortly after it: the page is read again until they do.
  await expect(async () => {
    await page.reload();
    await expect(final).toHaveText('99.70', { timeout: 5_000 });
  }).toPass({ timeout: 30_000 });
  await expect(panel.getByRole('heading', { name: '部门整体支出绩效自评' })).toBeVisible();
  await expect(panel).toContainText('不计入项目支出绩效自评表的数字和图表');
  // No project form in this year: the projects' figures say so, and the department-wide form is still listed.
  await expect(page.getByTestId('dashboard-empty')).toContainText(`${year}年度暂无项目支出绩效自评表`);
  await expect(page.getByTestId('dashboard-empty')).not.toContainText('平台上还没有您可查看的自评表');
  await expect(page.getByTestId(`dw-department-${formId}`)).toHaveText(department);
  await expect(page.getByTestId(`dw-grade-${formId}`)).toHaveText('优');
  const row = page.getByRole('row').filter({ has: final });
  await expect(row.locator('[data-status="Approved"]')).toBeVisible();
  await expect(row).toContainText('1250.00');
  await expect(row).toContainText('1212.50');
  await expect(row).toContainText('97.00%');
  await expect(row).toContainText('99.70');
  await expectNoIds(page, 'dashboard department-wide panel');
  await expectNoCodes(page, 'dashboard department-wide panel');
  await atBothWidths(page, '64-manager-dashboard-department-wide');

  await page.getByTestId(`dw-open-${formId}`).click();
  await expect(page).toHaveURL(new RegExp(`/forms/${formId}$`));
  await expect(page.getByRole('heading', { level: 2 }).first()).toContainText(title);

  // The department's page lists it the same way, apart from the projects' figures.
  await page.goto(`/manager/departments/dept-qingpu-union?year=${year}`);
  await expect(page.getByTestId(`dw-final-${formId}`)).toHaveText('99.70');
  await expect(page.getByTestId(`dw-department-${formId}`)).toHaveText(department);
  await expectNoIds(page, 'department page department-wide panel');
  await atBothWidths(page, '65-manager-department-department-wide');
});

test('the reviewer\'s dashboard lists it too', async () => {
  await signInAs(page, 'reviewer');
  await page.goto(`/manager?year=${year}`);
  await expect(page.getByTestId(`dw-final-${formId}`)).toHaveText('99.70');
  await expect(page.getByTestId(`dw-grade-${formId}`)).toHaveText('优');
  await expect(page.getByTestId(`dw-department-${formId}`)).toHaveText(department);
});

test('once published, the public site lists it by its department with the tag and shows it as the department-wide form', async ({ browser, request }) => {
  const manager = await tokenOf(request, { userId: 'demo-manager', name: '财政局绩效管理处', roles: ['manager'] });
  const published = await request.post(`/api/evaluations/${formId}/publish`, { headers: { Authorization: `Bearer ${manager}` } });
  expect(published.status(), await published.text()).toBe(200);

  const context = await browser.newContext();
  const visitor = await context.newPage();
  const visitorErrors = watchConsole(visitor);
  await visitor.goto(`/public?year=${year}`);
  const link = visitor.getByRole('link', { name: title });
  await expect(link).toBeVisible();
  const row = visitor.getByTestId('public-forms').getByRole('row').filter({ has: link });
  await expect(row.locator('[data-form-kind="departmentWide"]')).toHaveText('部门整体');
  await expect(row).toContainText('99.7');
  await shot(visitor, '66-public-list-department-wide');

  await link.click();
  await expect(visitor).toHaveURL(new RegExp(`/public/forms/${formId}$`));
  await expect(visitor.getByTestId('public-form-title')).toContainText(title);
  await expect(visitor.getByTestId('public-form-title').locator('[data-form-kind="departmentWide"]')).toHaveText('部门整体');
  await expect(visitor.getByRole('heading', { name: '部门整体支出绩效自评表' })).toBeVisible();
  await expect(visitor.getByRole('table', { name: '部门预算资金（万元）' })).toBeVisible();
  await expect(visitor.getByTestId('sheet-department')).toHaveCount(0);
  await expect(visitor.getByTestId('public-final-total')).toHaveText('99.70');
  await expectNoIds(visitor, 'public department-wide form');
  await expectNoCodes(visitor, 'public department-wide form');
  await shot(visitor, '67-public-form-department-wide');
  expect(visitorErrors, 'console errors').toEqual([]);
  await context.close();
});
