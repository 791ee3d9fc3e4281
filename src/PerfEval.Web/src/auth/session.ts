import { useSyncExternalStore } from 'react';
import type { UserManager } from 'oidc-client-ts';

export type Role = 'unit' | 'reviewer' | 'manager' | 'admin';

export interface SessionUser {
  id: string;
  name: string;
  roles: Role[];
  unitId: string | null;
  departmentIds: string[];
  /** How the user signed in: a development token or the OpenID Connect authority. */
  via: 'dev' | 'oidc';
}

/** Where an OpenID Connect session came from (GET /api/auth/options), kept with it so any tab can renew it. */
export interface OidcSettings { authority: string; clientId: string; audience: string; scope: string }

export interface Session {
  token: string;
  user: SessionUser;
  /** When the token was received and when it expires, in this browser's clock (ms). */
  issuedAt: number;
  expiresAt: number;
  oidc?: OidcSettings;
}

/**
 * The session lives in localStorage, so every tab of the browser shares it: a new tab is already signed in, a
 * renewal or a sign-out in one tab reaches the others (the storage event). An OpenID Connect session is renewed
 * before its access token expires (the refresh token, through oidc-client-ts), and once more when the API answers
 * 401; a development token is never renewed.
 */
const key = 'perfeval.session';
const listeners = new Set<() => void>();
let cached: Session | null | undefined;
let timer: ReturnType<typeof setTimeout> | undefined;

const storage = (): Storage | null => (typeof localStorage === 'undefined' ? null : localStorage);

function read(): Session | null {
  if (cached !== undefined) return cached;
  try {
    const raw = storage()?.getItem(key);
    const parsed = raw ? (JSON.parse(raw) as Session) : null;
    // An expired OpenID Connect session is kept: its refresh token renews it (see renew).
    cached = parsed && (parsed.oidc || parsed.expiresAt > Date.now()) ? parsed : null;
  } catch {
    cached = null;
  }
  return cached;
}

function write(session: Session | null) {
  cached = session;
  if (session) storage()?.setItem(key, JSON.stringify(session));
  else storage()?.removeItem(key);
  listeners.forEach((l) => l());
  schedule();
}

export const currentToken = () => read()?.token ?? null;

/**
 * Signs in with a token. An OpenID Connect token comes with its settings and its lifetime in seconds (the token
 * endpoint's expires_in, so the browser's clock decides when to renew); a dev token's times come from its claims.
 */
export function signIn(token: string, via: SessionUser['via'], oidc?: OidcSettings, expiresIn?: number) {
  const claims = decodeClaims(token);
  const now = Date.now();
  const issuedAt = expiresIn !== undefined ? now : Number(claims.iat ?? 0) * 1000 || now;
  const expiresAt = expiresIn !== undefined ? now + expiresIn * 1000 : Number(claims.exp ?? 0) * 1000 || now + 3600_000;
  write({ token, user: userOf(claims, via), issuedAt, expiresAt, ...(oidc ? { oidc } : {}) });
}

/** Forgets the session in this browser (every tab), without asking the authority: a renewal that failed. */
export function forget() {
  const oidc = read()?.oidc;
  write(null);
  if (oidc) void managerFor(oidc).then((m) => m.removeUser()).catch(() => undefined);
}

/** Signs out: here, in every tab, and at the OpenID Connect authority (which sends the browser back to /signin). */
export async function signOut() {
  const oidc = read()?.oidc;
  write(null);
  if (!oidc) return;
  try {
    await (await managerFor(oidc)).signoutRedirect();
  } catch {
    // The authority cannot be reached: the session is gone from this browser all the same.
    await managerFor(oidc).then((m) => m.removeUser()).catch(() => undefined);
  }
}

export function useSession(): Session | null {
  return useSyncExternalStore(
    (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    read,
  );
}

const managers = new Map<string, UserManager>();

/**
 * The oidc-client-ts manager of an authority and client: code flow with PKCE, its user (refresh token) in
 * localStorage. The library is loaded on first use (sign-in, renewal, sign-out), not with the first page.
 */
export async function managerFor(o: OidcSettings): Promise<UserManager> {
  const { UserManager, WebStorageStateStore } = await import('oidc-client-ts');
  const id = `${o.authority}|${o.clientId}`;
  let manager = managers.get(id);
  if (!manager) {
    manager = new UserManager({
      authority: o.authority,
      client_id: o.clientId,
      redirect_uri: `${window.location.origin}/signin-callback`,
      post_logout_redirect_uri: `${window.location.origin}/signin`,
      response_type: 'code',
      scope: o.scope,
      userStore: new WebStorageStateStore({ store: window.localStorage }),
      // Renewal is ours (schedule, renew): one tab renews at a time and the others take its token.
      automaticSilentRenew: false,
    });
    managers.set(id, manager);
  }
  return manager;
}

/** How long before a token's expiry to renew it: a quarter of its life, at most a minute. */
export function renewalLead(session: Pick<Session, 'issuedAt' | 'expiresAt'>): number {
  return Math.min(60_000, Math.max(1_000, (session.expiresAt - session.issuedAt) / 4));
}

/** Milliseconds from now until a session's token should be renewed (0: now). */
export const renewalDelay = (session: Pick<Session, 'issuedAt' | 'expiresAt'>, now: number) =>
  Math.max(0, session.expiresAt - renewalLead(session) - now);

function schedule() {
  if (timer !== undefined) clearTimeout(timer);
  timer = undefined;
  const session = read();
  if (!session?.oidc) return;
  timer = setTimeout(() => {
    void renew(session.token).then((token) => {
      // Not renewed (the authority did not answer) while the token still works: try again a little later.
      const current = read();
      if (!token && current?.oidc && current.token === session.token && current.expiresAt > Date.now()) {
        timer = setTimeout(schedule, Math.min(10_000, current.expiresAt - Date.now()));
      }
    });
  }, renewalDelay(session, Date.now()));
}

let pending: Promise<string | null> | null = null;

/**
 * A fresh access token in place of `stale` (the one that expires, or that the API refused), or null when the session
 * cannot be renewed (a dev token, no session, the authority refused). One renewal at a time across tabs (Web Locks);
 * when another tab has renewed meanwhile, its token is taken without asking the authority again.
 */
export function renew(stale: string): Promise<string | null> {
  pending ??= exclusive(() => renewNow(stale)).finally(() => { pending = null; });
  return pending;
}

async function renewNow(stale: string): Promise<string | null> {
  cached = undefined; // another tab may have written a renewed session
  const session = read();
  if (!session?.oidc) return null;
  if (session.token !== stale && session.expiresAt > Date.now()) return session.token;
  try {
    const user = await (await managerFor(session.oidc)).signinSilent();
    if (!user?.access_token) return null;
    signIn(user.access_token, 'oidc', session.oidc, user.expires_in);
    return user.access_token;
  } catch {
    return null;
  }
}

function exclusive<T>(work: () => Promise<T>): Promise<T> {
  const locks = typeof navigator === 'undefined' ? undefined : navigator.locks;
  return locks ? (locks.request('perfeval.session.renew', work) as Promise<T>) : work();
}

/** Another tab signed in, renewed or signed out: take its session. */
if (typeof window !== 'undefined') {
  window.addEventListener('storage', (e) => {
    if (e.key !== key && e.key !== null) return;
    cached = undefined;
    listeners.forEach((l) => l());
    schedule();
  });
  schedule();
}

/** The claims of a JWT's payload (no signature check: the API checks it; the UI only needs the names and roles). */
export function decodeClaims(token: string): Record<string, unknown> {
  const payload = token.split('.')[1] ?? '';
  const base64 = payload.replace(/-/g, '+').replace(/_/g, '/').padEnd(Math.ceil(payload.length / 4) * 4, '=');
  const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  return JSON.parse(new TextDecoder().decode(bytes)) as Record<string, unknown>;
}

/** A claim's value as text: a string as it is, a number or boolean written out, anything else (an object) empty. */
const text = (value: unknown): string =>
  typeof value === 'string' ? value : typeof value === 'number' || typeof value === 'boolean' ? String(value) : '';

/** A claim that may be one value or many, as a list of its non-empty texts. */
const list = (value: unknown): string[] => (Array.isArray(value) ? value : [value]).map(text).filter(Boolean);

/** The user as the API's claims name it (Auth/Claims.cs): sub, name, role, unit_id, department_id. */
export function userOf(claims: Record<string, unknown>, via: SessionUser['via']): SessionUser {
  const known: Role[] = ['unit', 'reviewer', 'manager', 'admin'];
  return {
    id: text(claims.sub),
    name: text(claims.name) || text(claims.sub),
    roles: list(claims.role).filter((r): r is Role => (known as string[]).includes(r)),
    unitId: text(claims.unit_id) || null,
    departmentIds: list(claims.department_id),
    via,
  };
}

/** The landing page of a user: the first role's home. */
export function homeOf(user: SessionUser): string {
  if (user.roles.includes('unit')) return '/unit';
  if (user.roles.includes('reviewer')) return '/reviewer';
  if (user.roles.includes('manager')) return '/manager';
  if (user.roles.includes('admin')) return '/admin/calendar';
  return '/';
}
