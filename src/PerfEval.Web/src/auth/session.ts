import { useSyncExternalStore } from 'react';

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

interface Session { token: string; user: SessionUser; expiresAt: number }

const key = 'perfeval.session';
const listeners = new Set<() => void>();
let cached: Session | null | undefined;

function read(): Session | null {
  if (cached !== undefined) return cached;
  try {
    const raw = sessionStorage.getItem(key);
    const parsed = raw ? (JSON.parse(raw) as Session) : null;
    cached = parsed && parsed.expiresAt > Date.now() ? parsed : null;
  } catch {
    cached = null;
  }
  return cached;
}

function write(session: Session | null) {
  cached = session;
  if (session) sessionStorage.setItem(key, JSON.stringify(session));
  else sessionStorage.removeItem(key);
  listeners.forEach((l) => l());
}

export const currentToken = () => read()?.token ?? null;

export function signIn(token: string, via: SessionUser['via']) {
  const claims = decodeClaims(token);
  write({ token, user: userOf(claims, via), expiresAt: Number(claims.exp ?? 0) * 1000 || Date.now() + 3600_000 });
}

export const signOut = () => write(null);

export function useSession(): Session | null {
  return useSyncExternalStore(
    (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    read,
  );
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
