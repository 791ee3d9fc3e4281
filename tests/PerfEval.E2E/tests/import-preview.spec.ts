import { expect, test, type Page } from '@playwright/test';
import { randomBytes } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { accessibility, artifacts, choose, seedFile, shot, signInAs, watchConsole } from './helpers';

// Import with a preview (issue 21): a unit uploads a document holding two forms, the second cut off; the preview lists
// both (layout, project, status, printed total, problems with their lines) before anything is stored; the unit stores
// only the complete one and finds it in My forms, and the cut-off one nowhere. Then it downloads the blank
// department-wide template and the preview reads it back as an unscored department-wide draft, stored only if asked.
const suffix = randomBytes(4).toString('hex');
const complete = `预览导入完整表-${suffix}`;
const incomplete = `预览导入残缺表-${suffix}`;

let page: Page;
let consoleErrors: string[];

test.describe.configure({ mode: 'serial' });

test.beforeAll(async ({ browser }) => {
  // An explicit context: axe-core scans need one.
  page = await (await browser.newContext()).newPage();
  consoleErrors = watchConsole(page);
});

test.afterEach(() => {
  expect(consoleErrors, 'console errors').toEqual([]);
  if (process.env.AXE_REPORT_ONLY !== '1') expect(accessibility, 'serious or critical accessibility findings (axe-core)').toEqual([]);
});

test.afterAll(async () => {
  await page.close();
});

/** The seed's first form twice, renamed: whole, then cut off inside its funds table. */
function twoFormDocument(): string {
  const lines = readFileSync(seedFile, 'utf8').split('\n');
  const second = lines.findIndex((l, i) => i > 1 && l.trim() === '财政项目支出绩效自评表');
  const first = lines.slice(0, second);
  // Of another year than the lifecycle story's 2024, whose dashboard counts that year's forms.
  const named = (name: string) => first.map((l) => (l.startsWith('项目名称') ? `项目名称 ${name}` : l.replace('2024年度', '2022年度')));
  const file = path.join(artifacts, `two-forms-${suffix}.txt`);
  writeFileSync(file, ['2022年度项目支出绩效自评结果公开', ...named(complete), ...named(incomplete).slice(0, 12)].join('\n'));
  return file;
}

test('a unit previews a two-form document, stores only the complete form and finds it in My forms', async () => {
  await signInAs(page, 'unit');
  await expect(page.getByTestId('import-per-form')).toBeChecked();

  await page.locator('input[type=file]').setInputFiles(twoFormDocument());
  const preview = page.getByTestId('import-preview');
  await expect(preview).toBeVisible();
  const first = preview.getByTestId('preview-row-0');
  const second = preview.getByTestId('preview-row-1');
  await expect(first).toContainText(complete);
  await expect(first).toContainText('上海（财政项目支出绩效自评表）');
  await expect(first).toContainText('已读取');
  await expect(first).toContainText('98.00');
  await expect(second).toContainText(incomplete);
  await expect(second).toContainText('不完整');
  await expect(second).toContainText('IMPORT_FORM_INCOMPLETE');
  await expect(second.getByRole('checkbox')).toBeDisabled();
  await expect(preview).toContainText('已跳过');
  await shot(page, '40-unit-import-preview');

  // Nothing is stored before the unit confirms.
  await expect(page.getByRole('link', { name: complete })).toHaveCount(0);

  await preview.getByTestId('store-selected').click();
  await expect(page.getByText('已保存 1 张自评表为草稿')).toBeVisible();
  await expect(preview).toBeHidden();
  await expect(page.getByRole('link', { name: complete })).toBeVisible();
  await expect(page.getByRole('link', { name: incomplete })).toHaveCount(0);
  await shot(page, '41-unit-import-stored');
});

test('a unit downloads the blank department-wide template and the preview reads it back as an unscored department-wide draft', async () => {
  await page.goto('/unit');
  // The year chosen in the list is printed on the template; the department is the unit's own.
  const year = String(new Date().getFullYear() - 4);
  await choose(page, '年度', year);
  await expect(page.getByTestId('template-project')).toBeVisible();

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('template-department-wide').click()]);
  expect(download.suggestedFilename()).toBe('perfeval-template-department-wide.xlsx');
  const file = path.join(artifacts, `department-wide-template-${suffix}.xlsx`);
  await download.saveAs(file);

  await page.locator('input[type=file]').setInputFiles(file);
  const preview = page.getByTestId('import-preview');
  await expect(preview).toBeVisible();
  const row = preview.getByTestId('preview-row-0');
  await expect(row).toContainText('部门整体支出');
  await expect(row).toContainText(year);
  await expect(row).toContainText('已读取');
  await expect(row).toContainText('IMPORT_UNSCORED');
  await expect(preview.getByTestId('preview-row-1')).toHaveCount(0);

  // Nothing is stored unless asked.
  await preview.getByRole('button', { name: '放弃' }).click();
  await expect(preview).toBeHidden();
});
