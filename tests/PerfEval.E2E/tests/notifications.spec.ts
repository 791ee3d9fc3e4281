import { expect, test, type Page } from '@playwright/test';
import { createForm, demoUnit, submitForm, tokenOf } from './api';
import { checkAfterEach, shot, signInAs, watchConsole } from './helpers';

// A reviewer learns of a new task from the header's count, reads it on the notifications page and follows its link.
test.describe.configure({ mode: 'serial' });

const project = '通知页面测试项目';
let page: Page;
let errors: string[] = [];

test.beforeAll(async ({ browser }) => {
  page = await (await browser.newContext()).newPage();
  errors = watchConsole(page);
});

checkAfterEach(() => errors);

test.afterAll(async () => { await page.close(); });

test('a reviewer sees the count after a unit submits, opens the notifications and follows the link', async ({ request }) => {
  const unit = await tokenOf(request, demoUnit);
  const formId = await createForm(request, unit, project, 2021);
  await submitForm(request, unit, formId);
  // The review task and its notification come from the worker: wait until the reviewers' list has it.
  const reviewer = await tokenOf(request, { userId: 'demo-reviewer', name: '主管部门审核人', roles: ['reviewer'], departmentIds: ['dept-qingpu-union'] });
  await expect.poll(async () => {
    const answer = await request.get('/api/notifications?unread=true&pageSize=100', { headers: { Authorization: `Bearer ${reviewer}` } });
    const body = (await answer.json()) as { items: { evaluationId: string | null }[] };
    return body.items.some((n) => n.evaluationId === formId);
  }, { timeout: 60_000 }).toBe(true);

  await signInAs(page, 'reviewer');
  const bell = page.getByTestId('notification-bell');
  await expect(bell).not.toHaveAttribute('data-unread', '0');
  const before = Number(await bell.getAttribute('data-unread'));
  expect(before).toBeGreaterThan(0);
  await expect(bell).toContainText(before > 99 ? '99+' : String(before));

  await bell.click();
  await expect(page).toHaveURL(/\/notifications$/);
  const item = page.getByTestId('notification').filter({ hasText: project });
  await expect(item).toContainText(`新的审核任务：${project}`);
  await expect(item).toContainText('2021 年度自评表（第 1 次提交）待审核。');
  await expect(item).toHaveAttribute('data-read', 'false');
  await shot(page, '40-notifications');

  await item.getByTestId('notification-link').click();
  await expect(page).toHaveURL(new RegExp(`/reviewer/review/${formId}$`));
  await expect(page.getByRole('heading', { name: project })).toBeVisible();

  // Following it marked it read: the page says so, and the header's count is the API's unread count.
  await page.goto('/notifications');
  await expect(page.getByTestId('notification').filter({ hasText: project })).toHaveAttribute('data-read', 'true');
  // The header counts what the API counts as unread (other notifications may arrive meanwhile, so not just before − 1).
  await expect(async () => {
    const answer = await request.get('/api/notifications?unread=true&pageSize=1', { headers: { Authorization: `Bearer ${reviewer}` } });
    const unread = ((await answer.json()) as { total: number }).total;
    expect(unread).toBeLessThan(before + 1);
    await expect(page.getByTestId('notification-bell')).toHaveAttribute('data-unread', String(unread), { timeout: 1_000 });
  }).toPass({ timeout: 30_000 });
});
