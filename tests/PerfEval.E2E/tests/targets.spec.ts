import { expect, test, type Page } from '@playwright/test';
import { randomBytes } from 'node:crypto';
import { checkAfterEach, shot, signInAs, watchConsole } from './helpers';

// A project's targets through the web UI, in order: an administrator sets the year's monitoring round, a unit declares them (the checks flag a target value without a
// comparator, fixed before submitting), a reviewer claims and approves them with a grade, the unit reports mid-year
// monitoring with one indicator off track and sees the light, management sees the project in the monitoring view,
// the unit starts the self-evaluation from the approved targets, whose cells it cannot edit, and asks to adjust the
// targets, which a reviewer approves beside the approved version; the declaration's history shows each step, and
// management's dashboard counts the year's declarations.
test.describe.configure({ mode: 'serial' });

const year = new Date().getFullYear();
const project = `职工技能培训补贴项目-${randomBytes(4).toString('hex')}`;
let targetId = '';
let page: Page;
let errors: string[] = [];

test.beforeAll(async ({ browser }) => {
  page = await (await browser.newContext()).newPage();
  errors = watchConsole(page);
});

checkAfterEach(() => errors);

test.afterAll(async () => {
  await page.close();
});

test("an administrator sets the year's monitoring round", async () => {
  await signInAs(page, 'admin');
  await page.goto(`/admin/calendar?year=${year}`);
  const form = page.getByTestId('calendar-form');
  await expect(form).toHaveAttribute('data-year', String(year));
  await form.getByLabel('自评截止日期').fill(`${year + 1}-03-31`);
  await form.getByLabel('审核截止日期').fill(`${year + 1}-05-31`);
  await form.getByLabel('监控截止月份').fill('6');
  await form.getByLabel('监控报送截止日期').fill(`${year}-07-15`);
  await form.getByRole('button', { name: '保存' }).click();
  await expect(page.getByText('截止日期已保存')).toBeVisible();
});

test('a unit declares targets, sees the checks after saving, fixes them and submits', async () => {
  await signInAs(page, 'unit');
  await page.getByRole('link', { name: '绩效目标' }).click();
  await expect(page).toHaveURL(new RegExp(`/unit/targets\\?year=${year}$`));
  await page.getByTestId('declare-targets').click();
  await expect(page).toHaveURL(new RegExp(`/unit/targets/new\\?year=${year}$`));

  await page.getByLabel('项目名称').fill(project);
  await page.getByLabel('主管部门').fill('青浦区总工会');
  await page.getByLabel('实施单位').fill('青浦区总工会');
  await page.getByLabel('年度资金总额 年初预算数').fill('100');
  await page.getByLabel('其中：当年财政拨款 年初预算数').fill('100');
  await page.getByLabel('年度总体目标').fill('全年开展职工技能培训，培训职工不少于8000人次，参训职工满意度不低于90%。');
  await page.getByLabel('三级指标 1').fill('培训职工人次');
  await page.getByLabel('年度指标值 1').fill('8000(人次)');
  await page.getByLabel('三级指标 2').fill('职工技能水平');
  await page.getByLabel('年度指标值 2').fill('达成年度指标');
  await page.getByLabel('三级指标 3').fill('参训职工满意度');
  await page.getByLabel('年度指标值 3').fill('≥90(%)');
  await expect(page.getByTestId('weights-total')).toContainText('100');

  await page.getByTestId('save-targets').click();
  await expect(page).toHaveURL(/\/unit\/targets\/[0-9a-f-]{36}\/edit$/);
  targetId = page.url().split('/unit/targets/')[1].replace('/edit', '');
  const comparatorMissing = page.locator('[data-testid="finding"][data-code="TARGET_COMPARATOR_MISSING"]');
  await expect(comparatorMissing).toBeVisible();
  await shot(page, '16-unit-targets-editor-findings');

  await page.getByLabel('年度指标值 1').fill('≥8000(人次)');
  await page.getByTestId('save-targets').click();
  await expect(page.getByText('未发现问题')).toBeVisible();
  await expect(comparatorMissing).toHaveCount(0);

  await page.getByTestId('submit-targets').click();
  await expect(page).toHaveURL(new RegExp(`/targets/${targetId}$`));
  await expect(page.locator('[data-status]').first()).toHaveAttribute('data-status', /Submitted|InReview/);

  await page.goto(`/unit/targets?year=${year}`);
  await expect(page.getByRole('link', { name: project })).toBeVisible();
});

test('a reviewer claims the targets from the inbox and approves them with the grade 良', async () => {
  await signInAs(page, 'reviewer');
  const claim = page.getByTestId(`claim-${targetId}`);
  await expect(claim).toBeVisible();
  await expect(page.locator('tr', { has: claim }).locator('[data-kind]')).toHaveText('绩效目标');
  await claim.click();

  await expect(page).toHaveURL(new RegExp(`/reviewer/targets/${targetId}$`));
  await expect(page.getByTestId('target-sheet')).toContainText('≥8000(人次)');
  await expect(page.getByTestId('target-sheet')).toContainText('青浦区总工会');
  await expect(page.getByTestId('approve-targets')).toBeDisabled();
  await page.getByRole('radiogroup', { name: '审核等级' }).getByText('良', { exact: true }).click();
  await expect(page.getByTestId('approve-targets')).toBeEnabled();
  await shot(page, '17-reviewer-targets-review');
  await page.getByTestId('approve-targets').click();
  await expect(page.getByText('以“良”等级批复通过？')).toBeVisible();
  await page.getByRole('button', { name: '确定' }).click();
  await expect(page).toHaveURL(/\/reviewer$/);
});

test('the unit reports monitoring with one indicator off track and sees the light', async () => {
  await signInAs(page, 'unit');
  await page.goto(`/targets/${targetId}`);
  await expect(page.locator('[data-status]').first()).toHaveAttribute('data-status', 'Approved');
  await expect(page.getByTestId('review-grade')).toHaveText('良');
  await expect(page.getByTestId('latest-monitoring')).toContainText('尚未填报运行监控');

  // The year's monitoring round gives the cut-off month and the due date.
  const form = page.getByTestId('monitoring-form');
  await expect(form.getByLabel('截止月份')).toHaveValue('6');
  await expect(form.getByTestId('monitoring-due')).toHaveText(`报送截止日期 ${year}-07-15`);
  await expect(form.getByTestId('report-monitoring')).toBeDisabled();
  await form.getByLabel('截至目前执行数（万元）').fill('20');
  await form.getByLabel('截至目前完成值 1').fill('3500(人次)');
  await form.getByLabel('截至目前完成值 2').fill('按计划推进');
  await form.getByLabel('截至目前完成值 3').fill('88(%)');
  await form.getByRole('radiogroup', { name: '能否完成 1' }).getByText('不能').click();
  await form.getByLabel('原因 1').fill('培训场地改造，上半年停训两个月');
  await form.getByLabel('纠偏措施 1').fill('下半年增开周末班次');
  await form.getByTestId('report-monitoring').click();

  // 20 of 100 (万元) executed at the end of June: 20% against 50% of the year, a pace of 40%, red.
  const latest = page.getByTestId('latest-monitoring');
  await expect(latest.locator('[data-light]')).toHaveAttribute('data-light', 'Red');
  await expect(latest).toContainText('20%');
  await expect(latest).toContainText('50%');
  await expect(latest).toContainText('40%');
  await expect(page.getByTestId('target-light').locator('[data-light]')).toHaveText('红灯');
  await shot(page, '18-unit-targets-approved-monitoring');
});

test('management sees the project red in the monitoring view', async () => {
  await signInAs(page, 'manager');
  await page.getByRole('link', { name: '运行监控' }).click();
  await expect(page).toHaveURL(new RegExp(`/monitoring\\?year=${year}$`));
  const row = page.getByRole('row').filter({ has: page.getByRole('link', { name: project }) });
  await expect(row.locator('[data-light]')).toHaveText('红灯');
  await expect(row).toContainText('青浦区总工会');
  await expect(row).toContainText('40%');
  await expect(page.getByTestId('count-red')).toContainText('1');
  await shot(page, '19-manager-monitoring');

  // The dashboard counts the year's declarations (the year has no self-evaluation forms, and says so).
  await page.goto(`/manager?year=${year}`);
  await expect(page.getByText(`${year}年度暂无自评表`)).toBeVisible();
  const figures = page.getByTestId('target-figures');
  await expect(figures.getByTestId('tf-declarations')).toHaveText('1');
  await expect(figures.getByTestId('tf-status-Approved')).toHaveText('1');
  await expect(figures.getByTestId('tf-grade-良')).toHaveText('1');
  await expect(figures.getByTestId('tf-light-Red')).toHaveText('1');
  await expect(figures.getByTestId('tf-light-NotReported')).toHaveText('0');
  await expect(figures.getByTestId('tf-adjust-requested')).toHaveText('0');
  await shot(page, '22-manager-dashboard-targets');
});

test('the unit starts the self-evaluation from the targets, and their cells are locked', async () => {
  await signInAs(page, 'unit');
  await page.goto(`/targets/${targetId}`);
  await page.getByTestId('create-evaluation').click();
  await expect(page).toHaveURL(/\/unit\/forms\/[0-9a-f-]{36}\/edit$/);
  await expect(page.getByTestId('locked-notice')).toHaveText('以下单元格来自已批复的绩效目标（第1版），不可修改');
  await expect(page.getByTestId('header-projectName')).toHaveValue(project);
  await expect(page.getByTestId('header-projectName')).not.toBeEditable();
  await expect(page.getByTestId('locked-target-0')).toHaveText('≥8000(人次)');
  await expect(page.getByTestId('locked-weight-0')).toHaveText('50.00');
  await expect(page.getByLabel('年度指标值 1')).toHaveCount(0);
  await expect(page.getByRole('button', { name: '在下方加一行 1' })).toBeDisabled();
  // The unit's own cells stay editable.
  await expect(page.getByLabel('实际完成值 1')).toBeEditable();
  await shot(page, '20-unit-form-from-targets-locked');
});

test('the unit asks to adjust the targets; a reviewer sees the changed cell beside the approved version and approves', async () => {
  await page.goto(`/targets/${targetId}`);
  await page.getByTestId('request-adjustment').click();
  await page.getByLabel('调整理由').fill('培训场地改造，全年培训人次调减');
  await page.getByLabel('年度指标值 1').fill('≥6000(人次)');
  await page.getByRole('button', { name: '提交调整申请' }).click();
  await expect(page.getByTestId('request-adjustment')).toHaveText('调整申请审核中');

  await signInAs(page, 'reviewer');
  const claim = page.getByTestId(`claim-${targetId}`);
  await expect(page.locator('tr', { has: claim }).locator('[data-kind]')).toHaveText('目标调整');
  await claim.click();
  await expect(page).toHaveURL(new RegExp(`/reviewer/targets/${targetId}$`));
  await expect(page.getByTestId('adjust-reason')).toHaveText('培训场地改造，全年培训人次调减');
  const requested = page.getByTestId('requested-sheet');
  await expect(requested.getByTestId('t-target-0')).toHaveClass(/cell-changed/);
  await expect(requested.getByTestId('t-target-0')).toHaveText('≥6000(人次)');
  await expect(requested.getByTestId('t-target-1')).not.toHaveClass(/cell-changed/);
  await shot(page, '21-reviewer-target-adjustment');
  await page.getByTestId('approve-adjustment').click();
  await page.getByRole('button', { name: '确定' }).click();
  await expect(page).toHaveURL(/\/reviewer$/);

  await page.goto(`/targets/${targetId}`);
  await expect(page.getByText('第 2 版 · 批复人 主管部门审核人 · 培训场地改造，全年培训人次调减')).toBeVisible();
  await expect(page.getByTestId('target-sheet').getByTestId('t-target-0')).toHaveText('≥6000(人次)');
});

test("the declaration's history shows each step, and the declaration as it stood at its approval", async () => {
  await signInAs(page, 'unit');
  await page.goto(`/targets/${targetId}`);
  await page.getByTestId('target-history').click();
  await expect(page).toHaveURL(new RegExp(`/targets/${targetId}/history$`));
  const event = (type: string) => page.locator(`[data-testid="timeline-event"][data-event-type="${type}"]`);
  const approved = event('TargetsApproved');
  await expect(approved).toContainText('审核人 主管部门审核人 批复了绩效目标（第 1 版），审核等级 良。');
  await expect(event('MonitoringReported')).toContainText('红灯');
  await expect(event('TargetAdjustmentApproved')).toContainText('形成第 2 版绩效目标');
  await shot(page, '23-unit-target-history');
  await approved.getByRole('button', { name: '查看当时状态' }).click();
  const state = page.getByTestId('state-as-of');
  await expect(state.locator('[data-status]').first()).toHaveAttribute('data-status', 'Approved');
  await expect(state.getByTestId('t-target-0')).toHaveText('≥8000(人次)');
  await shot(page, '24-unit-target-state-as-of-approval');
});
