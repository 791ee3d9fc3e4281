import { expect, type APIRequestContext } from '@playwright/test';
import { readFileSync } from 'node:fs';
import path from 'node:path';

/** A user for a dev token (as the demo users of the sign-in page are). */
export interface TokenUser { userId: string; name: string; roles: string[]; unitId?: string; departmentIds?: string[] }

export const demoUnit: TokenUser = {
  userId: 'demo-unit', name: '青浦区总工会填报人', roles: ['unit'], unitId: 'unit-qingpu-union', departmentIds: ['dept-qingpu-union'],
};

/** A dev token for the user, straight from the API. */
export async function tokenOf(request: APIRequestContext, user: TokenUser): Promise<string> {
  const answer = await request.post('/api/auth/dev-token', { data: user });
  expect(answer.ok()).toBeTruthy();
  return ((await answer.json()) as { accessToken: string }).accessToken;
}

const sample = path.resolve(import.meta.dirname, '..', '..', '..', 'deploy', 'local', 'samples', 'form.json');

/** A draft made from the sample form (deploy/local/samples/form.json) with its own project name and year; its id. */
export async function createForm(request: APIRequestContext, token: string, projectName: string, year: number): Promise<string> {
  const form = JSON.parse(readFileSync(sample, 'utf8')) as { header: { projectName: string; fiscalYear: number } };
  form.header.projectName = projectName;
  form.header.fiscalYear = year;
  const answer = await request.post('/api/evaluations', { data: form, headers: { Authorization: `Bearer ${token}` } });
  expect(answer.status(), await answer.text()).toBe(201);
  return ((await answer.json()) as { id: string }).id;
}

/** Submits a draft just created (version 1). */
export async function submitForm(request: APIRequestContext, token: string, id: string) {
  const answer = await request.post(`/api/evaluations/${id}/submit`, { headers: { Authorization: `Bearer ${token}`, 'If-Match': '"1"' } });
  expect(answer.status(), await answer.text()).toBe(200);
}
