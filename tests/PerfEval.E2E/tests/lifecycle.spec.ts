import { expect, test, type Page } from '@playwright/test';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { accessibility, artifacts, atBothWidths, checkAfterEach, choose, confirmPopover, seedFile, shot, signInAs, watchConsole } from './helpers';
import { expectNoCodes, expectNoIds } from './plainText';

// One form's life through the web UI, in order: a unit imports the seed forms and submits one, a reviewer claims,
// re-checks a cell against the unit's evidence under a clause and approves it, management sees the year's figures change and reads the form's audit timeline.
test.describe.configure({ mode: 'serial' });

const project = '工会会员卡专项资金补贴';
let formId = '';
let page: Page;
let errors: string[] = [];

/** A one-page PDF with its cross-reference table. */
function minimalPdf(): string {
  const objects = ['<< /Type /Catalog /Pages 2 0 R >>', '<< /Type /Pages /Kids [3 0 R] /Count 1 >>', '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>'];
  let pdf = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((o, i) => { offsets.push(pdf.length); pdf += `${i + 1} 0 obj\n${o}\nendobj\n`; });
  const xref = pdf.length;
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n` + offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('');
  return pdf + `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
}

/** 提交审核: with open errors the unit is asked first, naming them ("有N项错误未处理，仍要提交？"), and goes on. */
async function submitAnyway(): Promise<void> {
  await page.getByTestId('submit-form').click();
  const confirm = page.getByRole('dialog').filter({ has: page.getByTestId('submit-confirm') });
  const status = page.locator('[data-status="Submitted"], [data-status="InReview"]').first();
  await expect(confirm.or(status)).toBeVisible();
  if (await confirm.isVisible()) {
    await expect(confirm).toContainText(/有\d+项错误未处理，仍要提交？/);
    await confirm.getByRole('button', { name: '仍要提交' }).click();
  }
  await expect(page.getByText(/已(重新)?提交审核，等待主管部门审核/)).toBeVisible();
}

test.beforeAll(async ({ browser }) => {
  // One context for the whole story (axe-core scans need a page of an explicit context).
  page = await (await browser.newContext()).newPage();
  errors = watchConsole(page);
});

checkAfterEach(() => errors);

test.afterAll(async () => {
  writeFileSync(path.join(artifacts, 'accessibility.txt'), accessibility.join('\n') + '\n');
  await page.close();
});

test('sign-in page offers the demo users, marked as a development feature, and works from the keyboard', async () => {
  await page.goto('/');
  await expect(page).toHaveURL(/\/signin$/);
  await expect(page.getByText('演示用户（仅限开发环境）')).toBeVisible();
  await expect(page.getByTestId('demo-unit')).toBeVisible();
  await shot(page, '01-sign-in');

  // The keyboard alone: the first Tab reaches the skip link, Enter on a focused demo user signs in.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: '跳到主要内容' })).toBeFocused();
  await page.getByTestId('demo-admin').focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('signed-in-user')).toContainText('系统管理员');
});

test('an administrator sets the 2024 due dates, so late reviews show as overdue', async () => {
  await signInAs(page, 'admin');
  await page.goto('/admin/calendar');
  // The page shows a year as soon as it opens, and says which one in its URL and above its form.
  await expect(page).toHaveURL(/\/admin\/calendar\?year=\d{4}$/);
  const form = page.getByTestId('calendar-form');
  await expect(form).toHaveAttribute('data-year', new URL(page.url()).searchParams.get('year')!);

  await choose(page, '年度', '2024');
  await expect(page).toHaveURL(/\/admin\/calendar\?year=2024$/);
  await expect(form).toHaveAttribute('data-year', '2024');
  await expect(form).toContainText('2024年度截止日期');
  await expect(page.getByText('该年度尚未设置截止日期')).toBeVisible();
  await expect(form.getByLabel('自评截止日期')).toHaveValue('');

  await form.getByLabel('自评截止日期').fill('2025-03-31');
  await form.getByLabel('审核截止日期').fill('2025-05-31');
  // A monitoring round due before its cut-off month has ended is refused, and the field says why in Chinese.
  await form.getByLabel('监控截止月份').fill('6');
  await form.getByLabel('监控报送截止日期').fill('2024-06-20');
  await form.getByRole('button', { name: '保存' }).click();
  const dueError = form.getByText('监控报送截止日期应在截止月份之后、自评截止日期之前');
  await expect(dueError).toBeVisible();
  await expect(page.getByText('该年度尚未设置截止日期')).toBeVisible();
  await shot(page, '02-admin-calendar-refused');
  await form.getByLabel('监控报送截止日期').fill('2024-07-15');
  await form.getByRole('button', { name: '保存' }).click();
  await expect(page.getByText('截止日期已保存')).toBeVisible();
  await expect(page.getByText('该年度尚未设置截止日期')).toHaveCount(0);
  await expect(dueError).toHaveCount(0);
  await shot(page, '02-admin-calendar');

  // The year's dates are kept: a fresh load of the page's address shows them.
  await page.goto('/admin/calendar?year=2024');
  await expect(form).toHaveAttribute('data-year', '2024');
  await expect(form.getByLabel('自评截止日期')).toHaveValue('2025-03-31');
  await expect(form.getByLabel('审核截止日期')).toHaveValue('2025-05-31');
  await expect(form.getByLabel('监控截止月份')).toHaveValue('6');
  await expect(form.getByLabel('监控报送截止日期')).toHaveValue('2024-07-15');
});

test('a unit sees parse errors of a bad file, imports the seed forms and submits one', async () => {
  await signInAs(page, 'unit');
  await expect(page).toHaveURL(/\/unit$/);

  // A new form is a draft: its blank cells are listed by name beside the form, never as a red request error.
  await page.goto('/unit/forms/new');
  await expect(page.getByTestId('form-incomplete')).toContainText('项目名称未填写');
  // (the list of blank cells is an information box; no error box)
  await expect(page.locator('.ant-alert-error')).toHaveCount(0);
  await expectNoCodes(page, 'new form');
  await page.goto('/unit');

  // All or nothing (the preview per form has a story of its own, import-preview.spec.ts).
  await page.getByTestId('import-per-form').click();
  await expect(page.getByTestId('import-per-form')).not.toBeChecked();
  const bad = path.join(artifacts, 'bad-form.txt');
  writeFileSync(bad, '财政项目支出绩效自评表\n（2024年度）\n项目名称 x\n年度资金总额 abc\n');
  await page.locator('input[type=file]').setInputFiles(bad);
  const importErrors = page.getByTestId('import-errors');
  await expect(importErrors).toContainText('第4行');
  await shot(page, '03-unit-import-errors');
  await expectNoCodes(page, 'import errors');

  await page.locator('input[type=file]').setInputFiles(seedFile);
  await expect(page.getByText('已导入 5 份草稿')).toBeVisible();
  await expect(page.getByRole('link', { name: project })).toBeVisible();
  await atBothWidths(page, '04-unit-my-forms');

  await page.getByRole('link', { name: project }).click();
  await expect(page).toHaveURL(/\/forms\/[0-9a-f-]{36}$/);
  formId = page.url().split('/forms/')[1];

  await page.getByRole('button', { name: '编辑' }).click();
  await expect(page.getByTestId('live-total')).toContainText('94.91');
  await expect(page.getByTestId('live-0')).toContainText('15.91');
  // The official decimals: scores, weights and 分值合计 to two places.
  await expect(page.getByTestId('claimed-0')).toHaveValue('17.00');
  await expect(page.getByTestId('editor-weights-total')).toHaveText('100.00');
  await expect(page.getByTestId('funds-total-claimedRate')).toHaveValue(/^\d+\.\d\d$/);
  // 总分 is recomputed from the cells and shown beside a claim that differs; the grade comes from the four.
  await page.getByTestId('claimed-total').fill('1');
  await expect(page.getByTestId('editor-sum-differs')).toBeVisible();
  await expect(page.getByTestId('editor-grade')).toContainText('按总分应为差');
  await page.getByTestId('use-sum').click();
  await expect(page.getByTestId('editor-sum-differs')).toHaveCount(0);
  await expect(page.getByTestId('save-bar')).toBeInViewport();
  await atBothWidths(page, '05a-unit-editor');
  await expect(page.locator('[data-testid="finding"][data-code="CLAIM_ABOVE_RULE"]')).toBeVisible();
  await shot(page, '05-unit-editor-live-figures');
  await expectNoCodes(page, 'unit editor');
  // A negative score: the preview's problem names the row and the cell, in Chinese, without a path or a code.
  await page.getByTestId('claimed-0').fill('-5');
  await expect(page.getByTestId('problem-fields')).toContainText('第1行 三级指标「');
  await expect(page.getByTestId('problem-fields')).toContainText('的得分应在0到100之间');
  await expectNoCodes(page, 'unit editor with a validation error');
  await page.getByTestId('claimed-0').fill('15');
  await expect(page.locator('[data-testid="finding"][data-code="CLAIM_ABOVE_RULE"]')).toHaveCount(0);
  await page.getByTestId('claimed-0').fill('17');
  await expect(page.locator('[data-testid="finding"][data-code="CLAIM_ABOVE_RULE"]')).toBeVisible();

  // The acceptance report of the first indicator, as a PDF (its type is told from its bytes).
  const pdf = path.join(artifacts, '会员卡发放验收报告.pdf');
  writeFileSync(pdf, minimalPdf());
  await choose(page, '材料类别', '验收报告');
  // The live figures re-render the panel while the claim above is scored: a pick that lands then leaves the list open,
  // so it is retried until the list closes (as choose() does for options known by their whole title).
  const first = page.locator('.ant-select-dropdown .ant-select-item-option[title^="1. "]');
  await expect(async () => {
    if (!(await first.isVisible())) await page.getByRole('combobox', { name: '对应' }).click();
    await first.click({ timeout: 5_000 });
    await expect(first).toBeHidden({ timeout: 5_000 });
  }).toPass({ timeout: 30_000 });
  await page.getByTestId('evidence-panel').locator('input[type=file]').setInputFiles(pdf);
  await expect(page.getByTestId('evidence-panel').getByRole('button', { name: '会员卡发放验收报告.pdf' })).toBeVisible();
  await expect(page.getByTestId('evidence-panel')).toContainText('验收报告');
  await shot(page, '05b-unit-editor-evidence');
  // A file uploaded by mistake is removed again, after a confirmation that names it; the list refreshes without it.
  const mistaken = path.join(artifacts, '误传的文件.pdf');
  writeFileSync(mistaken, minimalPdf());
  const panel = page.getByTestId('evidence-panel');
  await panel.locator('input[type=file]').setInputFiles(mistaken);
  await expect(panel.getByRole('button', { name: '误传的文件.pdf' })).toBeVisible();
  await panel.getByRole('row').filter({ hasText: '误传的文件.pdf' }).getByTestId('evidence-remove').click();
  const confirm = page.locator('.ant-popconfirm');
  await expect(confirm).toContainText('确定删除佐证材料“误传的文件.pdf”？');
  await confirm.getByRole('button', { name: '删除' }).click();
  await expect(panel.getByRole('button', { name: '误传的文件.pdf' })).toHaveCount(0);
  await expect(panel.getByRole('button', { name: '会员卡发放验收报告.pdf' })).toBeVisible();
  // Leaving with an unsaved edit asks first and names what would be lost.
  await page.getByLabel('偏差原因分析及改进措施 1', { exact: true }).fill('未保存的说明');
  await page.getByTestId('save-bar').getByRole('button', { name: '取消' }).click();
  await expect(page.getByTestId('unsaved-confirm')).toContainText('第 1 行 偏差原因分析及改进措施');
  await page.getByRole('button', { name: '留在本页' }).click();
  await expect(page.getByLabel('偏差原因分析及改进措施 1', { exact: true })).toHaveValue('未保存的说明');
  await page.getByTestId('save-bar').getByRole('button', { name: '取消' }).click();
  await page.getByRole('button', { name: '放弃修改并离开' }).click();

  await expect(page).toHaveURL(new RegExp(`/forms/${formId}$`));
  await page.getByTestId('submit-form').click();
  const submitConfirm = page.getByTestId('submit-confirm');
  await expect(page.getByRole('dialog')).toContainText(/有\d+项错误未处理，仍要提交？/);
  await expect(submitConfirm.getByRole('listitem').first()).toBeVisible();
  await shot(page, '05c-unit-submit-with-errors');
  await page.getByRole('button', { name: '仍要提交' }).click();
  await expect(page.getByText('已提交审核，等待主管部门审核')).toBeVisible();
  await expect(page.getByTestId('computed-total')).toHaveText('94.91');
  await expect(page.locator('[data-status]').first()).toHaveAttribute('data-status', /Submitted|InReview/);
  await expect(page.locator('.cell-error').first()).toBeVisible();
  await shot(page, '06-unit-submitted-form');
});

let finalBefore = '';

test('management reads the year before the review', async () => {
  await signInAs(page, 'manager');
  await page.goto('/manager?year=2024');
  await expect(page.getByTestId('stat-forms')).toContainText('5');
  finalBefore = (await page.getByTestId('stat-final').innerText()).trim();
  expect(finalBefore).toContain('—');
});

test('a reviewer claims the task, re-checks an indicator with a clause, sees the verified score and deviation, and approves', async () => {
  await signInAs(page, 'reviewer');
  await expect(page).toHaveURL(/\/reviewer$/);
  const claim = page.getByTestId(`claim-${formId}`);
  await expect(claim).toBeVisible();
  const row = page.locator('tr', { has: claim });
  await expect(row).toHaveClass(/overdue-row/);
  await expect(row).toContainText('2025-05-31');
  await expect(row).toContainText('已逾期');
  await expect(row).toContainText('青浦区总工会（本级）');
  await expectNoIds(page, 'reviewer inbox');
  await atBothWidths(page, '07-reviewer-inbox');
  await claim.click();

  await expect(page).toHaveURL(new RegExp(`/reviewer/review/${formId}$`));
  await expect(page.locator('[data-testid="finding"][data-code="CLAIM_ABOVE_RULE"]')).toBeVisible();
  await expect(page.getByTestId('score-0')).toHaveClass(/cell-error/);
  await expect(page.getByTestId('score-0')).toContainText('15.91');
  await expect(page.getByTestId('score-0')).toContainText('17.00');
  // The first indicator's row shows the unit's acceptance report, which downloads from here.
  await expect(page.getByTestId('evidence-0')).toContainText('1 份');
  await expect(page.getByTestId('evidence-0')).toContainText('验收报告');
  await expect(page.getByTestId('evidence-0').getByRole('button', { name: '会员卡发放验收报告.pdf' })).toBeVisible();

  // The re-check (复核) of indicator 1: the verified actual under the proportional clause gives 20 × 140000 ÷ 176000.
  // The re-check starts from the score cell: the card takes the cell (the row list starts empty otherwise).
  await expect(page.getByTestId('recheck-card').locator('.ant-select-selection-item')).toHaveCount(0);
  await page.getByTestId('adjust-0').click();
  await expect(page.getByTestId('recheck-card')).toContainText('1. 产出指标 / 注册会员卡数');
  await page.getByLabel('复核完成值').fill('140000(张)');
  await choose(page, '复核口径', '按核实的完成值与指标值之比计分');
  await expect(page.getByTestId('recheck-computed')).toContainText('15.91');
  // The unit's acceptance report on that row is the evidence the re-check rests on.
  await page.getByRole('checkbox', { name: '会员卡发放验收报告.pdf' }).check();
  await page.getByLabel('备注').fill('按评分规则核定');
  await page.getByTestId('recheck-submit').click();
  await expect(page.getByTestId('recheck-entries')).toContainText('按核实的完成值与指标值之比计分');
  await expect(page.getByTestId('recheck-entries')).toContainText('会员卡发放验收报告.pdf');
  await expect(page.getByTestId('adjustment')).toContainText('按评分规则核定');
  await expect(page.getByTestId('score-0')).toContainText('审核 15.91');
  // Deviation: |17 − 15.91| ÷ 100 weights.
  await expect(page.getByTestId('deviation')).toContainText('1.09% 优');
  await expect(page.getByText('已记录复核：1. 注册会员卡数的审核得分为 15.91')).toBeVisible();

  // The reviewer withdraws the entry (the cell goes back to the unit's 17.00), then records it again from the finding.
  await page.getByTestId('withdraw-0').click();
  await expect(page.locator('.ant-popconfirm')).toContainText('撤回对1. 注册会员卡数的复核？该单元格恢复为单位自评得分 17.00。');
  await page.locator('.ant-popconfirm').getByRole('button', { name: '撤回' }).click();
  await expect(page.getByText('已撤回复核，1. 注册会员卡数恢复为自评得分 17.00')).toBeVisible();
  await expect(page.getByTestId('score-0')).not.toContainText('审核');
  await page.locator('[data-testid="finding"][data-code="CLAIM_ABOVE_RULE"]').getByTestId('adjust-finding').click();
  await expect(page.getByTestId('recheck-card')).toContainText('1. 产出指标 / 注册会员卡数');
  await page.getByLabel('复核完成值').fill('140000(张)');
  await choose(page, '复核口径', '按核实的完成值与指标值之比计分');
  await page.getByRole('checkbox', { name: '会员卡发放验收报告.pdf' }).check();
  await page.getByLabel('备注').fill('按评分规则核定');
  await page.getByTestId('recheck-submit').click();
  await expect(page.getByTestId('score-0')).toContainText('审核 15.91');

  await page.getByLabel('意见内容').fill('请补充会员卡发放台账');
  await page.getByRole('button', { name: '添加意见' }).click();
  await expect(page.getByTestId('comment')).toContainText('请补充会员卡发放台账');
  await shot(page, '08-reviewer-review-screen');
  await expectNoCodes(page, 'reviewer review screen');
  await expectNoIds(page, 'reviewer review screen');
  await atBothWidths(page, '08a-reviewer-review-screen');

  // The approval's confirmation names the final score and grade, after the re-check.
  const [total, grade] = (await page.getByTestId('reviewed-total').innerText()).trim().split(/\s+/);
  await page.getByTestId('approve').click();
  await expect(page.getByTestId('approve-confirm')).toHaveText(`审核通过后，最终得分为 ${total}，评分等级为${grade}（含 1 项复核调整），此后不再改变。`);
  await confirmPopover(page);
  await expect(page.getByText(`已审核通过：最终得分 ${total}，等级${grade}`)).toBeVisible();
  await expect(page).toHaveURL(/\/reviewer$/);

  // A reviewer's dashboard is the one of the departments they review.
  await page.goto('/manager?year=2024');
  await expect(page.getByRole('combobox', { name: '部门' })).toBeVisible();
  await expect(page.getByTestId('stat-forms')).toContainText('5');
});

test('management sees the figures change and opens the audit timeline', async () => {
  await signInAs(page, 'manager');
  await page.goto('/manager?year=2024');
  await expect(page.getByTestId('stat-final')).not.toContainText('—');
  await expect(page.getByTestId('stat-final')).toHaveText(/\d/);
  await expect(page.getByTestId('chart-grades').locator('svg').first()).toBeVisible();
  await expect(page.getByTestId('target-figures-none')).toHaveText('该年度暂无绩效目标申报');
  await atBothWidths(page, '09-manager-dashboard');
  await expectNoCodes(page, 'dashboard');
  await expectNoIds(page, 'dashboard');

  // The departments are named from the directory; the address keeps the id.
  await page.getByRole('link', { name: '青浦区总工会', exact: true }).click();
  await expect(page).toHaveURL(/\/manager\/departments\/dept-qingpu-union/);
  await expect(page.getByRole('link', { name: project })).toBeVisible();
  await expect(page.getByRole('heading', { name: /青浦区总工会/ })).toBeVisible();
  await expectNoIds(page, 'department page');
  await atBothWidths(page, '10-manager-department');

  await page.getByTestId(`timeline-${formId}`).click();
  const events = page.getByTestId('timeline-event');
  await expect(events.and(page.locator('[data-event-type="RecheckWithdrawn"]'))).toBeVisible();
  await expect(events.and(page.locator('[data-event-type="RecheckRecorded"]'))).toHaveCount(2);
  await expect(events.and(page.locator('[data-event-type="EvaluationApproved"]'))).toBeVisible();
  await atBothWidths(page, '11-manager-audit-timeline');
  await expectNoCodes(page, 'audit timeline');
  await expectNoIds(page, 'audit timeline');
  await page.getByTestId('verify-chain').click();
  await expect(page.getByTestId('chain-verdict')).toHaveAttribute('data-intact', 'true');
  await expect(page.getByTestId('chain-verdict')).toContainText('记录完整');
  await events.first().getByRole('button', { name: '查看当时状态' }).click();
  await expect(page.getByTestId('state-as-of').locator('[data-status]').first()).toHaveAttribute('data-status', 'Draft');
  await shot(page, '12-manager-state-as-of-first-event');
});

test('management builds the year report and downloads it', async () => {
  await page.goto('/manager/reports');
  await expect(page).toHaveURL(/\/manager\/reports\?year=\d{4}$/);
  await choose(page, '年度', '2024');
  await expect(page).toHaveURL(/\/manager\/reports\?year=2024$/);
  await page.getByRole('button', { name: '生成报表' }).click();
  await expect(page.getByText('已提交生成请求')).toBeVisible();
  const report = page.getByRole('row').filter({ has: page.getByRole('cell', { name: '2024', exact: true }) });
  await expect(report).toHaveCount(1);
  await expect(report.getByRole('button', { name: 'xlsx' })).toBeVisible();
  const download = page.waitForEvent('download');
  await report.getByRole('button', { name: 'xlsx' }).click();
  expect((await download).suggestedFilename()).toBe('perfeval-2024-report.xlsx');
  await atBothWidths(page, '13-manager-reports');
});

test('a unit revises and resubmits a form the reviewer sent back', async () => {
  const other = '区退管会管理工作经费';
  await signInAs(page, 'unit');
  await page.getByRole('link', { name: other }).click();
  await expect(page).toHaveURL(/\/forms\/[0-9a-f-]{36}$/);
  const otherId = page.url().split('/forms/')[1];
  await submitAnyway();
  await expect(page.getByTestId('computed-total')).toHaveText('97.00');
  await expect(page.locator('[data-status]').first()).toHaveAttribute('data-status', /Submitted|InReview/);

  await signInAs(page, 'reviewer');
  await page.getByTestId(`claim-${otherId}`).click();
  await expect(page).toHaveURL(new RegExp(`/reviewer/review/${otherId}$`));
  await page.getByLabel('退回理由（每行一条）').fill('请填写偏差原因分析');
  await page.getByRole('button', { name: '退回修改' }).click();
  // The confirmation says what the unit will see: the reasons, and the form editable again.
  const revision = page.getByRole('dialog').filter({ has: page.getByTestId('revision-confirm') });
  await expect(revision).toContainText('请填写偏差原因分析');
  await expect(revision).toContainText('自评表回到单位可编辑状态');
  await revision.getByRole('button', { name: '退回修改' }).click();
  await expect(page.getByText('已退回单位修改，单位将看到退回理由')).toBeVisible();
  await expect(page).toHaveURL(/\/reviewer$/);

  await signInAs(page, 'unit');
  await page.goto(`/forms/${otherId}`);
  await expect(page.getByTestId('revision-reasons')).toContainText('请填写偏差原因分析');
  await shot(page, '14-unit-revision-requested');
  await page.getByRole('button', { name: '编辑' }).click();
  await expect(page.locator('[data-testid="finding"][data-code="DEVIATION_REASON_MISSING"]')).toBeVisible();
  // 开展为老服务人数 (the third indicator) scores below its weight without a reason.
  await page.getByLabel('偏差原因分析及改进措施 3').fill('为老服务人数受场地限制未达标，下年度增加服务点');
  await expect(page.locator('[data-testid="finding"][data-code="DEVIATION_REASON_MISSING"]')).toHaveCount(0);
  await page.getByTestId('save-form').click();
  await expect(page).toHaveURL(new RegExp(`/forms/${otherId}$`));
  await submitAnyway();
  await expect(page.locator('[data-status]').first()).toHaveAttribute('data-status', /Submitted|InReview/);
  await page.getByRole('button', { name: '审计时间线' }).click();
  await expect(page.locator('[data-testid="timeline-event"][data-event-type="EvaluationSubmitted"]')).toHaveCount(2);
});

test('English is one click away, and back', async () => {
  await page.goto('/unit');
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('heading', { name: 'My forms' })).toBeVisible();
  await shot(page, '15-unit-my-forms-english');
  await page.getByRole('button', { name: '中文' }).click();
  await expect(page.getByRole('heading', { name: '我的自评表' })).toBeVisible();
});
