import type { EvaluationForm, FundsRow, IndicatorRow } from '../api/types';

const emptyFunds = (): FundsRow => ({ initialBudget: null, fullYearBudget: null, executed: null, claimedRate: null });

/** A blank form in the official layout: the three level-1 groups every 自评表 has, one row each. */
export function blankForm(fiscalYear: number): EvaluationForm {
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
