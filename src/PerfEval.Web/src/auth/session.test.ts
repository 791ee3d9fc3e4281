import { describe, expect, it } from 'vitest';
import { decodeClaims, homeOf, userOf } from './session';

const token = (payload: object) => {
  const b64 = Buffer.from(JSON.stringify(payload), 'utf8').toString('base64url');
  return `header.${b64}.signature`;
};

describe('session claims', () => {
  it('decodes a base64url payload with Chinese names', () => {
    const claims = decodeClaims(token({ sub: 'u1', name: '青浦区总工会填报人', role: 'unit', unit_id: 'unit-1', department_id: 'dept-1' }));
    expect(claims.name).toBe('青浦区总工会填报人');
  });

  it('reads the API claim names, one role or many, and ignores unknown roles', () => {
    const one = userOf({ sub: 'u1', name: 'U', role: 'unit', unit_id: 'unit-1', department_id: 'dept-1' }, 'dev');
    expect(one).toEqual({ id: 'u1', name: 'U', roles: ['unit'], unitId: 'unit-1', departmentIds: ['dept-1'], via: 'dev' });
    const many = userOf({ sub: 'a', role: ['admin', 'manager', 'auditor'] }, 'oidc');
    expect(many.roles).toEqual(['admin', 'manager']);
    expect(many.name).toBe('a');
    expect(many.departmentIds).toEqual([]);
  });

  it('reads numbers as text and leaves out values that are not text', () => {
    const user = userOf({ sub: 42, name: { zh: '名' }, role: ['unit', { x: 1 }, null], unit_id: {}, department_id: [7, '', 'd2'] }, 'dev');
    expect(user).toEqual({ id: '42', name: '42', roles: ['unit'], unitId: null, departmentIds: ['7', 'd2'], via: 'dev' });
  });

  it('lands each role on its home page', () => {
    expect(homeOf(userOf({ sub: 'r', role: 'reviewer', department_id: ['d1', 'd2'] }, 'dev'))).toBe('/reviewer');
    expect(homeOf(userOf({ sub: 'm', role: 'manager' }, 'dev'))).toBe('/manager');
    expect(homeOf(userOf({ sub: 'a', role: 'admin' }, 'dev'))).toBe('/admin/calendar');
  });
});
