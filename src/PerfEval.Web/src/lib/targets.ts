import type { EvaluationForm, Finding, Light, ReviewTask, ReviewTaskKind, TargetContent, TargetIndicator } from '../api/types';
import { tones } from '../components/tones';

/** A blank declaration in the official layout: the three level-1 groups every 绩效目标申报表 has, one row each. */
export function blankTargets(fiscalYear: number): TargetContent {
  const row = (level1: string, level2: string, weight: number): TargetIndicator => ({
    level1, level2, name: '', target: '', weight, scoringMethod: null,
  });
  return {
    header: { projectName: '', competentDepartment: '', implementingUnit: '', fiscalYear },
    budget: { total: null, currentAppropriation: null, carryOver: null, other: null },
    goals: '',
    executionWeight: 10,
    indicators: [row('产出指标', '数量指标', 50), row('效益指标', '社会效益指标', 30), row('满意度指标', '服务对象满意度指标', 10)],
  };
}

export const withTargetIndicator = (content: TargetContent, index: number, change: Partial<TargetIndicator>): TargetContent => ({
  ...content,
  indicators: content.indicators.map((row, i) => (i === index ? { ...row, ...change } : row)),
});

/** Inserts a row after the given one, in the same level-1/level-2 group. */
export function insertTargetRowAfter(content: TargetContent, index: number): TargetContent {
  const base = content.indicators[index];
  const indicators = [...content.indicators];
  indicators.splice(index + 1, 0, {
    level1: base?.level1 ?? '产出指标', level2: base?.level2 ?? '数量指标', name: '', target: '', weight: 0, scoringMethod: null,
  });
  return { ...content, indicators };
}

export const removeTargetRow = (content: TargetContent, index: number): TargetContent => ({
  ...content,
  indicators: content.indicators.filter((_, i) => i !== index),
});

/** Renames a merged level-1 or level-2 cell: every row it covers changes. */
export const renameTargetGroup = (content: TargetContent, rows: number[], level: 1 | 2, name: string): TargetContent => ({
  ...content,
  indicators: content.indicators.map((row, i) =>
    rows.includes(i) ? (level === 1 ? { ...row, level1: name } : { ...row, level2: name }) : row),
});

/** The weights' total: the execution line's and every indicator's (100 when complete). */
export const weightsTotal = (content: TargetContent) =>
  Math.round((content.executionWeight + content.indicators.reduce((s, i) => s + (i.weight || 0), 0)) * 100) / 100;

export const hasErrors = (findings: Finding[]) => findings.some((f) => f.severity === 'Error');

/**
 * The cells of a self-evaluation that its approved targets fix (the API's lock): the header, each funds row's initial
 * budget, the execution weight, the expected goals, and each indicator's headings, name, target value and weight.
 * Paths as the API names them (funds.total.initialBudget, funds.weight, indicators[2].target).
 */
export function lockedPaths(form: Pick<EvaluationForm, 'indicators'>): Set<string> {
  const paths = new Set<string>([
    'header.projectName', 'header.competentDepartment', 'header.implementingUnit', 'header.fiscalYear',
    'funds.total.initialBudget', 'funds.currentAppropriation.initialBudget', 'funds.carryOver.initialBudget',
    'funds.other.initialBudget', 'funds.weight', 'goals.expected', 'indicators',
  ]);
  form.indicators.forEach((_, i) => {
    for (const field of ['level1', 'level2', 'name', 'target', 'weight']) paths.add(`indicators[${i}].${field}`);
  });
  return paths;
}

const textDiffers = (a: string | null | undefined, b: string | null | undefined) =>
  (a ?? '').replace(/\s/g, '') !== (b ?? '').replace(/\s/g, '');

/**
 * The cells where a requested version differs from the approved one, by path (header.projectName, budget.total,
 * goals, executionWeight, indicators[1].target; indicators[3] for a row the other version does not have).
 */
export function changedCells(approved: TargetContent, requested: TargetContent): Set<string> {
  const changed = new Set<string>();
  for (const key of ['projectName', 'competentDepartment', 'implementingUnit'] as const) {
    if (textDiffers(approved.header[key], requested.header[key])) changed.add(`header.${key}`);
  }
  if (approved.header.fiscalYear !== requested.header.fiscalYear) changed.add('header.fiscalYear');
  for (const key of ['total', 'currentAppropriation', 'carryOver', 'other'] as const) {
    if ((approved.budget[key] ?? null) !== (requested.budget[key] ?? null)) changed.add(`budget.${key}`);
  }
  if (textDiffers(approved.goals, requested.goals)) changed.add('goals');
  if (approved.executionWeight !== requested.executionWeight) changed.add('executionWeight');
  const rows = Math.max(approved.indicators.length, requested.indicators.length);
  for (let i = 0; i < rows; i++) {
    const a = approved.indicators[i];
    const b = requested.indicators[i];
    if (!a || !b) {
      changed.add(`indicators[${i}]`);
      continue;
    }
    for (const field of ['level1', 'level2', 'name', 'target', 'scoringMethod'] as const) {
      if (textDiffers(a[field], b[field])) changed.add(`indicators[${i}].${field}`);
    }
    if (a.weight !== b.weight) changed.add(`indicators[${i}].weight`);
  }
  return changed;
}

/** The tag colour of a monitoring light (dark enough for white text). */
export const lightTone = (light: Light | null | undefined): string | undefined =>
  light === 'Red' ? tones.danger : light === 'Yellow' ? tones.warning : light === 'Green' ? tones.success : undefined;

/** Red first, then yellow, then not reported, then green: the order projects are looked at. */
export const lightRank = (light: Light | null | undefined) =>
  light === 'Red' ? 0 : light === 'Yellow' ? 1 : light == null ? 2 : 3;

/** A task's kind (tasks of the API before targets have none: self-evaluations). */
export const kindOf = (task: Pick<ReviewTask, 'kind'>): ReviewTaskKind => task.kind ?? 'SelfEvaluation';

/** Where a reviewer works a task: the form's review page, the targets' one, or a rectification notice's. */
export const reviewPathOf = (task: Pick<ReviewTask, 'kind' | 'evaluationId'>) =>
  kindOf(task) === 'Rectification' ? `/rectifications/${task.evaluationId}`
    : isFormTask(task) ? `/reviewer/review/${task.evaluationId}` : `/reviewer/targets/${task.evaluationId}`;

/** A task on a self-evaluation form: its review, or its re-check (复核) of a sample. */
const isFormTask = (task: Pick<ReviewTask, 'kind'>) => kindOf(task) === 'SelfEvaluation' || kindOf(task) === 'Recheck';

/** Where anyone reads the reviewed document. */
export const viewPathOf = (task: Pick<ReviewTask, 'kind' | 'evaluationId'>) =>
  kindOf(task) === 'Rectification' ? `/rectifications/${task.evaluationId}`
    : isFormTask(task) ? `/forms/${task.evaluationId}` : `/targets/${task.evaluationId}`;

/** A percentage with up to two decimals ("62.5%"), or a dash. */
export function percent(value: number | null | undefined): string {
  if (value == null || Number.isNaN(value)) return '—';
  return `${Number(value.toFixed(2))}%`;
}

/** An amount in 万元 with exactly two decimals ("1200.00"), or a dash: the one formatter of lib/format. */
export { amount } from './format';
