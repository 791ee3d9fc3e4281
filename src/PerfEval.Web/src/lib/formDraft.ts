import type { DepartmentFacts, EvaluationForm, FormKind, FundsRow, IndicatorRow } from '../api/types';
import { blankDepartmentWide, departmentFields } from './departmentWide';

const emptyFunds = (): FundsRow => ({ initialBudget: null, fullYearBudget: null, executed: null, claimedRate: null });

/**
 * A blank form in the official layout: the three level-1 groups every 自评表 has, one row each; a department-wide
 * form's starts with the common indicators and the department's blank figures.
 */
export function blankForm(fiscalYear: number, kind: FormKind = 'project'): EvaluationForm {
  return kind === 'departmentWide' ? blankDepartmentWide(blankProjectForm(fiscalYear)) : blankProjectForm(fiscalYear);
}

function blankProjectForm(fiscalYear: number): EvaluationForm {
  const row = (level1: string, level2: string, weight: number): IndicatorRow => ({
    level1, level2, name: '', target: '', actual: '', weight, claimedScore: null, deviationReason: null,
  });
  return {
    header: { projectName: '', competentDepartment: '', implementingUnit: '', fiscalYear },
    funds: {
      total: emptyFunds(), currentAppropriation: emptyFunds(), carryOver: emptyFunds(), other: emptyFunds(),
      weight: 10, claimedScore: null,
    },
    goals: { expected: '', actual: '' },
    indicators: [row('产出指标', '数量指标', 50), row('效益指标', '社会效益指标', 30), row('满意度指标', '服务对象满意度指标', 10)],
    claimedTotal: null,
    claimedGrade: null,
  };
}

/** The sum of the claimed scores (execution line plus indicators): what the total cell should say. */
export function claimedSum(form: EvaluationForm): number {
  const sum = (form.funds.claimedScore ?? 0) + form.indicators.reduce((s, i) => s + (i.claimedScore ?? 0), 0);
  return Math.round(sum * 100) / 100;
}

/** Replaces one indicator row. */
export const withIndicator = (form: EvaluationForm, index: number, change: Partial<IndicatorRow>): EvaluationForm => ({
  ...form,
  indicators: form.indicators.map((row, i) => (i === index ? { ...row, ...change } : row)),
});

/** Renames a merged level-1 or level-2 cell: every row it covers changes. */
export const renameGroup = (form: EvaluationForm, rows: number[], level: 1 | 2, name: string): EvaluationForm => ({
  ...form,
  indicators: form.indicators.map((row, i) =>
    rows.includes(i) ? (level === 1 ? { ...row, level1: name } : { ...row, level2: name }) : row),
});

/** Inserts a row after the given one, in the same level-1/level-2 group. */
export function insertRowAfter(form: EvaluationForm, index: number): EvaluationForm {
  const base = form.indicators[index];
  const row: IndicatorRow = {
    level1: base?.level1 ?? '产出指标', level2: base?.level2 ?? '数量指标', name: '', target: '', actual: '',
    weight: 0, claimedScore: null, deviationReason: null,
  };
  const indicators = [...form.indicators];
  indicators.splice(index + 1, 0, row);
  return { ...form, indicators };
}

export const removeRow = (form: EvaluationForm, index: number): EvaluationForm => ({
  ...form,
  indicators: form.indicators.filter((_, i) => i !== index),
});

/** The official grades, highest first, each with the lowest total that earns it (docs/domain-rules.md#grades). */
export const gradeBands: readonly { grade: string; min: number }[] = [
  { grade: '优', min: 90 }, { grade: '良', min: 80 }, { grade: '中', min: 60 }, { grade: '差', min: -Infinity },
];

/** 评分等级 of a total: 优 ≥ 90, 良 80 to < 90, 中 60 to < 80, 差 below 60. */
export const gradeOf = (total: number): string => gradeBands.find((b) => total >= b.min)!.grade;

/** 分值 of the whole form: the execution line's weight plus every indicator's (100 on a complete form). */
export function weightsTotal(form: EvaluationForm): number {
  const sum = form.funds.weight + form.indicators.reduce((s, i) => s + (i.weight ?? 0), 0);
  return Math.round(sum * 100) / 100;
}

/** The total the cells give and its grade, and whether the claimed 总分 and 自评等级 say otherwise. */
export function totals(form: EvaluationForm) {
  const sum = claimedSum(form);
  const grade = gradeOf(form.claimedTotal ?? sum);
  return {
    sum,
    grade,
    totalDiffers: form.claimedTotal != null && Math.abs(form.claimedTotal - sum) > 0.005,
    gradeDiffers: form.claimedGrade != null && form.claimedGrade !== grade,
  };
}

/** A cell of the form as changedCells names it: a header, goals or total field, a funds cell, or an indicator cell. */
export type ChangedCell =
  | { area: 'header'; field: string }
  | { area: 'goals'; field: string }
  | { area: 'department'; field: keyof DepartmentFacts }
  | { area: 'total'; field: string }
  | { area: 'funds'; row: string; field: string }
  | { area: 'indicators'; row: number; field: string };

/** The cells that differ between the form as loaded and as edited, in the form's order (what leaving would lose). */
export function changedCells(before: EvaluationForm, after: EvaluationForm): ChangedCell[] {
  const cells: ChangedCell[] = [];
  const differ = (a: unknown, b: unknown) => JSON.stringify(a ?? null) !== JSON.stringify(b ?? null);
  for (const field of Object.keys(after.header) as (keyof EvaluationForm['header'])[]) {
    if (differ(before.header[field], after.header[field])) cells.push({ area: 'header', field });
  }
  for (const row of ['total', 'currentAppropriation', 'carryOver', 'other'] as const) {
    for (const field of Object.keys(after.funds[row]) as (keyof FundsRow)[]) {
      if (differ(before.funds[row][field], after.funds[row][field])) cells.push({ area: 'funds', row, field });
    }
  }
  if (differ(before.funds.weight, after.funds.weight)) cells.push({ area: 'funds', row: 'total', field: 'weight' });
  if (differ(before.funds.claimedScore, after.funds.claimedScore)) cells.push({ area: 'funds', row: 'total', field: 'claimedScore' });
  for (const { key } of departmentFields) {
    if (differ(before.department?.[key], after.department?.[key])) cells.push({ area: 'department', field: key });
  }
  for (const field of ['expected', 'actual'] as const) {
    if (differ(before.goals[field], after.goals[field])) cells.push({ area: 'goals', field });
  }
  const rows = Math.max(before.indicators.length, after.indicators.length);
  for (let i = 0; i < rows; i++) {
    const a = before.indicators[i];
    const b = after.indicators[i];
    if (!a || !b) {
      cells.push({ area: 'indicators', row: i, field: 'row' });
      continue;
    }
    for (const field of Object.keys(b) as (keyof IndicatorRow)[]) {
      if (differ(a[field], b[field])) cells.push({ area: 'indicators', row: i, field });
    }
  }
  if (differ(before.claimedTotal, after.claimedTotal)) cells.push({ area: 'total', field: 'claimedTotal' });
  if (differ(before.claimedGrade, after.claimedGrade)) cells.push({ area: 'total', field: 'claimedGrade' });
  return cells;
}
