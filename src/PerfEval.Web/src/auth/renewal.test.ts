// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

/** The authority's side of oidc-client-ts: what a silent renewal (refresh token) answers, and how often it was asked. */
const authority = vi.hoisted(() => ({
  renewals: 0,
  next: null as null | (() => { access_token: string; expires_in: number }),
  signedOut: 0,
}));

vi.mock('oidc-client-ts', () => ({
  WebStorageStateStore: class { constructor(public readonly args: unknown) {} },
  UserManager: class {
    signinSilent() {
      authority.renewals++;
      return authority.next ? Promise.resolve(authority.next()) : Promise.reject(new Error('invalid_grant'));
    }
    signoutRedirect() { authority.signedOut++; return Promise.resolve(); }
    removeUser() { return Promise.resolve(); }
  },
}));

const oidc = { authority: 'http://127.0.0.1:5391/', clientId: 'perfeval-web', audience: 'perfeval-api', scope: 'openid profile offline_access' };
const jwt = (payload: object) =>
  `h.${Buffer.from(JSON.stringify({ sub: 'demo-unit', name: '青浦区总工会填报人', role: 'unit', ...payload }), 'utf8').toString('base64url')}.s`;

/** The session module and the API client as a freshly opened tab loads them (module state anew, localStorage kept). */
async function newTab() {
  vi.resetModules();
  const session = await import('./session');
  const client = await import('../api/client');
  return { session, client };
}

function answers(...statuses: number[]) {
  const seen: (string | undefined)[] = [];
  const fetch = vi.fn((_path: string, init?: RequestInit) => {
    seen.push((init?.headers as Record<string, string> | undefined)?.Authorization);
    const status = statuses[Math.min(seen.length - 1, statuses.length - 1)];
    return Promise.resolve(new Response(status === 200 ? '{"ok":true}' : '{}', { status }));
  });
  vi.stubGlobal('fetch', fetch);
  return seen;
}

beforeEach(() => {
  localStorage.clear();
  authority.renewals = 0;
  authority.signedOut = 0;
  authority.next = null;
});

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('when a token is renewed', () => {
  it('renews a quarter of its life before expiry, at most a minute before', async () => {
    const { session } = await newTab();
    expect(session.renewalLead({ issuedAt: 0, expiresAt: 30_000 })).toBe(7_500);
    expect(session.renewalLead({ issuedAt: 0, expiresAt: 3600_000 })).toBe(60_000);
    expect(session.renewalDelay({ issuedAt: 0, expiresAt: 30_000 }, 10_000)).toBe(12_500);
    expect(session.renewalDelay({ issuedAt: 0, expiresAt: 30_000 }, 40_000)).toBe(0);
  });

  it('renews an OpenID Connect session by itself before its token expires', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    const { session } = await newTab();
    const second = jwt({ jti: 'second' });
    authority.next = () => ({ access_token: second, expires_in: 30 });
    session.signIn(jwt({ jti: 'first' }), 'oidc', oidc, 30);
    const first = session.currentToken();

    await vi.advanceTimersByTimeAsync(22_000);
    expect(authority.renewals).toBe(0);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(authority.renewals).toBe(1);
    expect(first).not.toBe(second);
    expect(session.currentToken()).toBe(second);
  });

  it('never renews a development token', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    const { session } = await newTab();
    session.signIn(jwt({ exp: Math.floor(Date.now() / 1000) + 60 }), 'dev');
    await vi.advanceTimersByTimeAsync(120_000);
    expect(authority.renewals).toBe(0);
  });
});

describe('a session shared by the tabs of a browser', () => {
  it('is already signed in in a new tab', async () => {
    const first = await newTab();
    first.session.signIn(jwt({}), 'oidc', oidc, 60);
    const token = first.session.currentToken();

    const second = await newTab();
    expect(second.session.currentToken()).toBe(token);
  });

  it('takes the token another tab renewed instead of asking the authority again', async () => {
    const first = await newTab();
    first.session.signIn(jwt({ jti: 'first' }), 'oidc', oidc, 60);
    const stale = first.session.currentToken()!;
    const second = await newTab();
    authority.next = () => ({ access_token: jwt({ jti: 'renewed' }), expires_in: 60 });
    const renewed = await second.session.renew(stale);

    expect(await first.session.renew(stale)).toBe(renewed);
    expect(authority.renewals).toBe(1);
  });

  it('keeps an expired OpenID Connect session for its refresh token, and drops an expired dev session', async () => {
    const { session } = await newTab();
    session.signIn(jwt({}), 'oidc', oidc, -10);
    expect((await newTab()).session.currentToken()).not.toBeNull();

    session.signIn(jwt({ exp: Math.floor(Date.now() / 1000) - 10 }), 'dev');
    expect((await newTab()).session.currentToken()).toBeNull();
  });
});

describe('a 401 answer', () => {
  it('renews the session once and sends the request again, staying signed in', async () => {
    const { session, client } = await newTab();
    session.signIn(jwt({ jti: 'old' }), 'oidc', oidc, 60);
    const old = session.currentToken();
    const renewed = jwt({ jti: 'new' });
    authority.next = () => ({ access_token: renewed, expires_in: 60 });
    const seen = answers(401, 200);

    const { body } = await client.send<{ ok: boolean }>('/api/evaluations');

    expect(body.ok).toBe(true);
    expect(seen).toEqual([`Bearer ${old}`, `Bearer ${renewed}`]);
    expect(authority.renewals).toBe(1);
    expect(session.currentToken()).toBe(renewed);
  });

  it('signs out when the renewed token is refused too, without trying again', async () => {
    const { session, client } = await newTab();
    session.signIn(jwt({}), 'oidc', oidc, 60);
    authority.next = () => ({ access_token: jwt({ jti: 'new' }), expires_in: 60 });
    const seen = answers(401);

    await expect(client.send('/api/evaluations')).rejects.toMatchObject({ problem: { status: 401 } });

    expect(seen).toHaveLength(2);
    expect(session.currentToken()).toBeNull();
  });

  it('signs out when the authority refuses the renewal', async () => {
    const { session, client } = await newTab();
    session.signIn(jwt({}), 'oidc', oidc, 60);
    answers(401);

    await expect(client.send('/api/evaluations')).rejects.toMatchObject({ problem: { status: 401 } });
    expect(authority.renewals).toBe(1);
    expect(session.currentToken()).toBeNull();
  });

  it('signs a development session out at once', async () => {
    const { session, client } = await newTab();
    session.signIn(jwt({ exp: Math.floor(Date.now() / 1000) + 600 }), 'dev');
    const seen = answers(401);

    await expect(client.send('/api/evaluations')).rejects.toMatchObject({ problem: { status: 401 } });
    expect(seen).toHaveLength(1);
    expect(authority.renewals).toBe(0);
    expect(session.currentToken()).toBeNull();
  });
});

describe('signing out', () => {
  it('ends the session in every tab and at the authority', async () => {
    const first = await newTab();
    first.session.signIn(jwt({}), 'oidc', oidc, 60);
    await first.session.signOut();

    expect(authority.signedOut).toBe(1);
    expect((await newTab()).session.currentToken()).toBeNull();
  });
});
