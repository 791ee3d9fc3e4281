import { describe, expect, it } from 'vitest';
import type { YearFigures, YearlyProjection } from '../api/types';
import { executionByDepartment, findingsByCode, formsByStatus, gradeDistribution, workloadByDepartment } from './dashboard';

const figures = (key: string, over: Partial<YearFigures> = {}): YearFigures => ({
  key, departmentId: key, forms: 2, byStatus: { Submitted: 1, Approved: 1 },
  budget: { initial: 10, fullYear: 10, executed: 9, executionRate: 90 },
  averages: { claimed: 95, computed: 94, final: null },
  computedGrades: { 优: 1, 良: 1 }, finalGrades: {}, findingsByCode: { DEVIATION_REASON_MISSING: 3, CLAIM_ABOVE_RULE: 1 },
  indicatorsMostOftenBelowWeight: [], workload: { open: 1, claimed: 2, overdue: 0 }, ...over,
});

describe('dashboard figures', () => {
  it('uses final grades once any form is approved, in the scale order', () => {
    expect(gradeDistribution(figures('all'))).toEqual({
      basis: 'computed', data: [{ name: '优', value: 1 }, { name: '良', value: 1 }, { name: '中', value: 0 }, { name: '差', value: 0 }],
    });
    expect(gradeDistribution(figures('all', { finalGrades: { 良: 1 } })).basis).toBe('final');
  });

  it('ranks departments by execution rate', () => {
    const projection = { departments: [figures('a', { budget: { initial: 1, fullYear: 1, executed: 0.5, executionRate: 50 } }), figures('b')] } as YearlyProjection;
    expect(executionByDepartment(projection).map((p) => p.name)).toEqual(['b', 'a']);
  });

  it('orders findings by count and statuses by lifecycle', () => {
    expect(findingsByCode(figures('all'))[0]).toEqual({ name: 'DEVIATION_REASON_MISSING', value: 3 });
    expect(formsByStatus(figures('all'), ['Draft', 'Submitted', 'Approved'])).toEqual([
      { name: 'Draft', value: 0 }, { name: 'Submitted', value: 1 }, { name: 'Approved', value: 1 }]);
  });

  it('lays the workload out per department', () => {
    const projection = { departments: [figures('a'), figures('b', { workload: { open: 5, claimed: 0, overdue: 2 } })] } as YearlyProjection;
    expect(workloadByDepartment(projection)).toEqual({ departments: ['a', 'b'], open: [1, 5], claimed: [2, 0], overdue: [0, 2] });
  });
});
