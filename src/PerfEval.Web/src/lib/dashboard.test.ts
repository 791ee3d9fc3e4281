import { describe, expect, it } from 'vitest';
import type { FormFiguresRow, YearFigures, YearlyProjection } from '../api/types';
import { departmentChartHeight, departmentWideRows, executionByDepartment, findingsByCode, hasValues, formsByStatus, gradeDistribution, targetSummary, workloadByDepartment } from './dashboard';

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
    expect(gradeDistribution(figures('all'), 'en').data.map((g) => g.name)).toEqual(['Excellent', 'Good', 'Fair', 'Poor']);
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

describe('the targets of the year on the dashboard', () => {
  const order = ['Draft', 'Submitted', 'InReview', 'RevisionRequested', 'Approved', 'Rejected'];

  it('is absent for a year without declarations', () => {
    expect(targetSummary(null, order)).toBeNull();
    expect(targetSummary(undefined, order)).toBeNull();
    expect(targetSummary({
      key: 'all', declarations: 0, byStatus: {}, reviewGrades: {}, adjustments: { requested: 0, approved: 0, rejected: 0, pending: 0 }, lights: {},
    }, order)).toBeNull();
  });

  it('counts statuses in lifecycle order, grades on the scale, adjustments and lights red first, with zeros', () => {
    const s = targetSummary({
      key: 'all', declarations: 4, byStatus: { Approved: 3, Draft: 1 }, reviewGrades: { 良: 2, 优: 1 },
      adjustments: { requested: 2, approved: 1, rejected: 0, pending: 1 }, lights: { NotReported: 1, Green: 1, Red: 1 },
    }, order)!;
    expect(s.declarations).toBe(4);
    expect(s.byStatus.map((p) => `${p.name}:${p.value}`)).toEqual(['Draft:1', 'Submitted:0', 'InReview:0', 'RevisionRequested:0', 'Approved:3', 'Rejected:0']);
    expect(s.grades.map((p) => `${p.name}:${p.value}`)).toEqual(['优:1', '良:2', '中:0', '差:0']);
    expect(s.adjustments.map((p) => `${p.name}:${p.value}`)).toEqual(['requested:2', 'approved:1', 'rejected:0', 'pending:1']);
    expect(s.lights.map((p) => `${p.name}:${p.value}`)).toEqual(['Red:1', 'Yellow:0', 'Green:1', 'NotReported:1']);
  });

  it('has no grades before any approval, and keeps a status it does not know', () => {
    const s = targetSummary({
      key: 'all', declarations: 1, byStatus: { Archived: 1 }, reviewGrades: {}, adjustments: { requested: 0, approved: 0, rejected: 0, pending: 0 }, lights: {},
    }, order)!;
    expect(s.grades).toEqual([]);
    expect(s.byStatus.at(-1)).toEqual({ name: 'Archived', value: 1 });
    expect(s.lights.every((l) => l.value === 0)).toBe(true);
  });
});

describe('department charts', () => {
  it('grow with the departments so each gets a labelled line', () => {
    expect(departmentChartHeight(1)).toBe(220);
    expect(departmentChartHeight(6)).toBe(262);
    expect(departmentChartHeight(12, 3)).toBe(790);
  });

  it('have values to draw only when some value is above zero', () => {
    expect(hasValues([0, 0, null])).toBe(false);
    expect(hasValues([0, 2])).toBe(true);
  });

  it('lists the department-wide forms by department name with their execution rate', () => {
    const row = (evaluationId: string, departmentId: string, over: Partial<FormFiguresRow> = {}): FormFiguresRow => ({
      evaluationId, departmentId, unitId: 'u', projectName: '部门整体支出', status: 'Approved', initialBudget: 1200, fullYearBudget: 1250,
      executed: 1212.5, claimedTotal: 99.38, claimedGrade: '优', computedTotal: 99.38, computedGrade: '优', finalTotal: 99.38, finalGrade: '优',
      findings: 0, ...over,
    });
    const names: Record<string, string> = { b: '张庄局', a: '安平局', c: '郑州局' };
    const rows = departmentWideRows({ departmentWide: [row('1', 'b'), row('2', 'a', { fullYearBudget: null }), row('3', 'c', { fullYearBudget: 0 })] },
      (id) => names[id] ?? id);
    expect(rows.map((r) => [r.departmentName, r.executionRate])).toEqual([['安平局', null], ['张庄局', 97], ['郑州局', null]]);
    expect(departmentWideRows({}, (id) => id)).toEqual([]);
    expect(departmentWideRows({ departmentWide: null }, (id) => id)).toEqual([]);
  });
});
