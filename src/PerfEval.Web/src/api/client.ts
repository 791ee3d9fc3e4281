import type { Problem } from './types';
import { currentToken, forget, renew } from '../auth/session';
import i18n from '../i18n';

/** The Accept-Language of every API call: the UI's current language, so problems come back in it. */
export const acceptLanguage = (language: string = i18n.language) => (language.startsWith('en') ? 'en' : 'zh-CN');

/** An RFC 7807 answer of the API, kept whole so screens can show its code, details and per-field errors. */
export class ApiError extends Error {
  readonly problem: Problem;
  constructor(problem: Problem) {
    super(problem.detail ?? problem.title ?? `HTTP ${problem.status}`);
    this.problem = problem;
  }
}

export interface Sent<T> { body: T; etag: string | null }

interface Options {
  method?: string;
  json?: unknown;
  form?: FormData;
  ifMatch?: string | null;
  idempotent?: boolean;
}

/**
 * A request with the signed-in user's token. A 401 answer to a token (it expired, say, while the computer slept)
 * renews the session once and sends the request again with the new token; only when that fails is the user signed out.
 */
export async function authorizedFetch(path: string, init: RequestInit & { headers?: Record<string, string> } = {}): Promise<Response> {
  const attempt = (token: string | null) =>
    fetch(path, { ...init, headers: { ...init.headers, ...(token ? { Authorization: `Bearer ${token}` } : {}) } });
  const token = currentToken();
  let response = await attempt(token);
  if (response.status === 401 && token) {
    const renewed = await renew(token);
    if (renewed) response = await attempt(renewed);
    if (!renewed || response.status === 401) forget();
  }
  return response;
}

/** One call to the API with the signed-in user's token; throws ApiError on a problem answer. */
export async function send<T>(path: string, options: Options = {}): Promise<Sent<T>> {
  const headers: Record<string, string> = { Accept: 'application/json', 'Accept-Language': acceptLanguage() };
  if (options.ifMatch) headers['If-Match'] = options.ifMatch;
  if (options.idempotent) headers['Idempotency-Key'] = crypto.randomUUID();
  let body: BodyInit | undefined;
  if (options.json !== undefined) {
    headers['Content-Type'] = 'application/json';
    body = JSON.stringify(options.json);
  } else if (options.form) {
    body = options.form;
  }
  const response = await authorizedFetch(path, { method: options.method ?? 'GET', headers, body });
  if (!response.ok) {
    let problem: Problem = { status: response.status };
    try {
      problem = { ...((await response.json()) as Partial<Problem>), status: response.status };
    } catch {
      // Not a problem document (e.g. a proxy's page): the status alone says enough.
    }
    throw new ApiError(problem);
  }
  const text = await response.text();
  return { body: (text ? JSON.parse(text) : undefined) as T, etag: response.headers.get('ETag') };
}

/** The If-Match value for a form read at a version (the API's ETag is the quoted version). */
export const etagOf = (version: number) => `"${version}"`;

/** Claims a review task; exactly one reviewer wins (409 for the others). */
export async function claimTask(taskId: string) {
  await send(`/api/review-tasks/${taskId}/claim`, { method: 'POST', idempotent: true });
}

export const get = async <T>(path: string) => (await send<T>(path)).body;

/** Downloads a file answer (xlsx, json) with the token, then hands it to the browser as a download. */
export async function download(path: string, fallbackName: string): Promise<void> {
  const response = await authorizedFetch(path, { headers: { 'Accept-Language': acceptLanguage() } });
  if (!response.ok) throw new ApiError({ ...((await response.json().catch(() => ({}))) as Partial<Problem>), status: response.status });
  const disposition = response.headers.get('Content-Disposition') ?? '';
  const match = /filename\*=UTF-8''([^;]+)|filename="?([^";]+)"?/i.exec(disposition);
  const name = match ? decodeURIComponent(match[1] ?? match[2]) : fallbackName;
  const url = URL.createObjectURL(await response.blob());
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
