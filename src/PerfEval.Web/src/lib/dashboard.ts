import type { YearFigures, YearlyProjection } from '../api/types';

/** The grades in the order of the official scale (90+ 优, 80–90 良, 60–80 中, below 60 差). */
export const gradeOrder = ['优', '良', '中', '差'];

export interface Pair { name: string; value: number }

/** Grade counts in scale order, final grades when any form has one, computed grades otherwise. */
export function gradeDistribution(figures: YearFigures): { basis: 'final' | 'computed'; data: Pair[] } {
  const hasFinal = Object.values(figures.finalGrades).some((n) => n > 0);
  const source = hasFinal ? figures.finalGrades : figures.computedGrades;
  const others = Object.keys(source).filter((g) => !gradeOrder.includes(g));
  return {
    basis: hasFinal ? 'final' : 'computed',
    data: [...gradeOrder, ...others].map((name) => ({ name, value: source[name] ?? 0 })),
  };
}

/** Execution rate by department, highest first. */
export function executionByDepartment(projection: YearlyProjection): Pair[] {
  return projection.departments
    .map((d) => ({ name: d.key, value: d.budget.executionRate ?? 0 }))
    .sort((a, b) => b.value - a.value);
}

/** Findings by code, most frequent first. */
export const findingsByCode = (figures: YearFigures): Pair[] =>
  Object.entries(figures.findingsByCode)
    .map(([name, value]) => ({ name, value }))
    .sort((a, b) => b.value - a.value || a.name.localeCompare(b.name));

/** Forms by status in lifecycle order, with zeros for statuses no form has. */
export function formsByStatus(figures: YearFigures, order: string[]): Pair[] {
  return order.map((name) => ({ name, value: figures.byStatus[name] ?? 0 }));
}

/** Review workload by department: open, claimed and overdue tasks. */
export function workloadByDepartment(projection: YearlyProjection) {
  const departments = projection.departments.map((d) => d.key);
  return {
    departments,
    open: projection.departments.map((d) => d.workload.open),
    claimed: projection.departments.map((d) => d.workload.claimed),
    overdue: projection.departments.map((d) => d.workload.overdue),
  };
}
