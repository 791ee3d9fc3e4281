import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { checkAfterEach, shot, watchConsole } from './helpers';

// Real sign-in: the OpenID Connect authority run.sh starts (tests/PerfEval.TestAuthority) signs a unit's person in
// with a code and PKCE; the token is renewed before it expires (30 s tokens in this run), a token the API refuses is
// renewed once and the request sent again, a second tab shares the session, and signing out ends it everywhere.
// The other specs sign in with dev tokens (helpers.ts); only this one goes through the authority.
test.describe.configure({ mode: 'serial' });

const authority = process.env.PERFEVAL_E2E_AUTHORITY ?? '';
const person = '青浦区总工会填报人';
let context: BrowserContext;
let page: Page;
let errors: string[] = [];

/** The access token the web UI holds (its session in localStorage, shared by the browser's tabs). */
const sessionToken = (p: Page) => p.evaluate(() =>
  (JSON.parse(localStorage.getItem('perfeval.session') ?? 'null') as { token: string } | null)?.token ?? null);

/** A JWT's payload. */
const claimsOf = (token: string) =>
  JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString('utf8')) as Record<string, unknown>;

/** The next API answer (200) to a request that carried a token other than `not`. */
const apiAnswer = (p: Page, not?: string | null) => p.waitForResponse((r) =>
  new URL(r.url()).pathname.startsWith('/api/') && r.status() === 200 &&
  (r.request().headers().authorization ?? '').startsWith('Bearer ') && r.request().headers().authorization !== `Bearer ${not}`);

test.beforeAll(async ({ browser }) => {
  context = await browser.newContext();
  page = await context.newPage();
  errors = watchConsole(page);
});

checkAfterEach(() => errors);

test.afterAll(async () => {
  await context.close();
});

test('signs in on the authority\'s login page (code with PKCE) and works with its token', async () => {
  expect(authority, 'run.sh starts the authority and passes PERFEVAL_E2E_AUTHORITY').not.toBe('');
  await page.goto('/signin');
  await page.getByTestId('oidc-sign-in').click();
  await expect(page.getByRole('heading', { name: '统一身份认证（测试）' })).toBeVisible();
  expect(page.url().startsWith(`${authority}login`)).toBe(true);
  await shot(page, '90-authority-login');

  const answered = apiAnswer(page);
  await page.getByRole('button', { name: new RegExp(person) }).click();
  await expect(page.getByTestId('signed-in-user')).toContainText(person);
  await expect(page).toHaveURL(/\/unit(\?.*)?$/);
  // Not a development token: no DEV mark, and the token is the authority's, for the API.
  await expect(page.getByTestId('signed-in-user')).not.toContainText('DEV');
  const token = (await sessionToken(page))!;
  expect(claimsOf(token)).toMatchObject({ iss: authority, aud: 'perfeval-api', sub: 'demo-unit', unit_id: 'unit-qingpu-union' });
  expect((await answered).request().headers().authorization).toBe(`Bearer ${token}`);
});

test('renews the token with the refresh token before it expires, and goes on working', async () => {
  const first = await sessionToken(page);
  const refreshed = page.waitForRequest((r) =>
    r.url() === `${authority}connect/token` && (r.postData() ?? '').includes('grant_type=refresh_token'), { timeout: 60_000 });
  await expect.poll(() => sessionToken(page), { timeout: 60_000 }).not.toBe(first);
  await refreshed;

  const renewed = await sessionToken(page);
  const answered = apiAnswer(page, first);
  await page.getByRole('navigation', { name: 'main' }).getByRole('link', { name: '绩效目标' }).click();
  expect((await answered).request().headers().authorization).toBe(`Bearer ${renewed}`);
  await expect(page.getByTestId('signed-in-user')).toContainText(person);
});

test('a token the API refuses is renewed once and the request sent again, without signing out', async () => {
  // A token whose signature no longer holds is refused like an expired one (401).
  const tampered = await page.evaluate(() => {
    const session = JSON.parse(localStorage.getItem('perfeval.session')!) as { token: string };
    session.token = `${session.token.slice(0, -6)}AAAAAA`;
    localStorage.setItem('perfeval.session', JSON.stringify(session));
    return session.token;
  });
  const refused = page.waitForResponse((r) => new URL(r.url()).pathname.startsWith('/api/') && r.status() === 401);
  const answered = apiAnswer(page, tampered);
  await page.reload();
  await refused;
  await answered;
  await expect(page.getByTestId('signed-in-user')).toContainText(person);
  await expect(page).toHaveURL(/\/unit\/targets/);
  expect(await sessionToken(page)).not.toBe(tampered);
});

test('a second tab is already signed in', async () => {
  const second = await context.newPage();
  const secondErrors = watchConsole(second);
  await second.goto('/unit');
  await expect(second.getByTestId('signed-in-user')).toContainText(person);
  await expect(second).toHaveURL(/\/unit(\?.*)?$/);
  expect(await sessionToken(second)).toBe(await sessionToken(page));
  expect(secondErrors).toEqual([]);
});

test('signing out ends the session at the authority and in every tab', async () => {
  const [, second] = context.pages();
  await page.evaluate(() => { (window as unknown as { beforeSignOut: boolean }).beforeSignOut = true; });
  const back = page.waitForResponse((r) => r.request().isNavigationRequest() && new URL(r.url()).pathname === '/signin' &&
    (r.request().redirectedFrom()?.url().startsWith(`${authority}connect/logout`) ?? false));
  await page.getByRole('button', { name: '退出' }).click();
  await back;
  // The page the authority sent the browser back to (a new document), showing the sign-in button.
  await expect(async () => {
    expect(await page.evaluate(() => 'beforeSignOut' in window)).toBe(false);
  }).toPass();
  await expect(page.getByTestId('oidc-sign-in')).toBeVisible();
  await expect(second.getByTestId('oidc-sign-in')).toBeVisible();
  expect(await sessionToken(second)).toBeNull();

  // The authority has forgotten the person too: signing in again asks who it is.
  await page.getByTestId('oidc-sign-in').click();
  await expect(page.getByRole('heading', { name: '统一身份认证（测试）' })).toBeVisible();
});
