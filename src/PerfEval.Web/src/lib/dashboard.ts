import type { FormFiguresRow, TargetFigures, YearFigures, YearlyProjection } from '../api/types';
import { grade } from './format';

/** The grades in the order of the official scale (90+ 优, 80–90 良, 60–80 中, below 60 差). */
export const gradeOrder = ['优', '良', '中', '差'];

export interface Pair { name: string; value: number }

/**
 * Grade counts in scale order, final grades when any form has one, computed grades otherwise; each grade named in the
 * UI's language (Excellent/Good/Fair/Poor in English).
 */
export function gradeDistribution(figures: YearFigures, lang = 'zh-CN'): { basis: 'final' | 'computed'; data: Pair[] } {
  const hasFinal = Object.values(figures.finalGrades).some((n) => n > 0);
  const source = hasFinal ? figures.finalGrades : figures.computedGrades;
  const others = Object.keys(source).filter((g) => !gradeOrder.includes(g));
  return {
    basis: hasFinal ? 'final' : 'computed',
    data: [...gradeOrder, ...others].map((name) => ({ name: grade(name, lang), value: source[name] ?? 0 })),
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

/** The monitoring lights in the order they are looked at; NotReported counts approved declarations without a report. */
export const lightOrder = ['Red', 'Yellow', 'Green', 'NotReported'];

/** Counts in a given order, then any key the order does not know, with zeros for keys no declaration has. */
const ordered = (counts: Record<string, number> | undefined, order: string[]): Pair[] => {
  const source = counts ?? {};
  return [...order, ...Object.keys(source).filter((k) => !order.includes(k))].map((name) => ({ name, value: source[name] ?? 0 }));
};

export interface TargetSummary {
  declarations: number;
  byStatus: Pair[];
  /** Empty when no declaration has a review grade yet. */
  grades: Pair[];
  adjustments: Pair[];
  lights: Pair[];
}

/**
 * The year's target declarations for the dashboard: statuses in lifecycle order, grades on the official scale,
 * adjustments (requested, approved, rejected, pending) and lights red first; null when the year has none.
 */
export function targetSummary(figures: TargetFigures | null | undefined, statusOrder: string[]): TargetSummary | null {
  if (!figures || figures.declarations === 0) return null;
  const grades = ordered(figures.reviewGrades, gradeOrder);
  const a = figures.adjustments;
  return {
    declarations: figures.declarations,
    byStatus: ordered(figures.byStatus, statusOrder),
    grades: grades.some((g) => g.value > 0) ? grades : [],
    adjustments: [
      { name: 'requested', value: a.requested }, { name: 'approved', value: a.approved },
      { name: 'rejected', value: a.rejected }, { name: 'pending', value: a.pending },
    ],
    lights: ordered(figures.lights, lightOrder),
  };
}

/**
 * The height of a chart with one horizontal bar (or group of `series` bars) per department, so every department's
 * label has a line of its own however many there are.
 */
export const departmentChartHeight = (departments: number, series = 1): number =>
  Math.max(220, 70 + departments * (18 + 14 * series));

/** Whether a chart has anything to draw: some value above zero. */
export const hasValues = (values: readonly (number | null | undefined)[]): boolean => values.some((v) => (v ?? 0) > 0);

/** A department-wide form's row on the dashboard: the year's row and its 执行率 (全年执行数 ÷ 全年预算数, in percent). */
export interface DepartmentWideRow extends FormFiguresRow { executionRate: number | null; departmentName: string }

/**
 * The year's department-wide forms (部门整体支出绩效自评表) as the dashboard lists them: each with its department's name
 * and its execution rate (two decimals; none without a full-year budget), by department name.
 */
export function departmentWideRows(projection: Pick<YearlyProjection, 'departmentWide'>, departmentName: (id: string) => string): DepartmentWideRow[] {
  return (projection.departmentWide ?? [])
    .map((r) => ({
      ...r,
      departmentName: departmentName(r.departmentId),
      executionRate: r.executed == null || !r.fullYearBudget ? null : Math.round((r.executed / r.fullYearBudget) * 10000) / 100,
    }))
    .sort((a, b) => a.departmentName.localeCompare(b.departmentName, 'zh-CN') || a.evaluationId.localeCompare(b.evaluationId));
}
