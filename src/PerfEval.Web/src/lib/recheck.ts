import type { EvaluationForm, RecheckClause, RecheckEntry } from '../api/types';

/** A cell a re-check entry is about: the execution line (null) or an indicator's index. */
export type Cell = number | null;

/** Whether a clause may be cited on the cell (its scope and its 一级指标 filter), as the server decides. */
export function clauseApplies(clause: RecheckClause, form: EvaluationForm, cell: Cell): boolean {
  if (cell == null) return clause.appliesTo !== 'Indicator' && !clause.level1;
  if (clause.appliesTo === 'Execution') return false;
  return !clause.level1 || form.indicators[cell].level1.includes(clause.level1);
}

export const weightOf = (form: EvaluationForm, cell: Cell) => (cell == null ? form.funds.weight : form.indicators[cell].weight);

export const selfScoreOf = (form: EvaluationForm, cell: Cell) =>
  cell == null ? form.funds.claimedScore : form.indicators[cell].claimedScore;

const round2 = (n: number) => Math.round((n + Number.EPSILON) * 100) / 100;

/** The leading number of a cell's text ("≥8000.00(人)" → 8000), or null. */
export function numberIn(text: string | null | undefined): number | null {
  const m = /-?\d+(?:\.\d+)?/.exec((text ?? '').replace(/,/g, ''));
  return m ? Number(m[0]) : null;
}

/**
 * The verified score a clause gives the cell, for showing while the reviewer fills the card in (the server computes
 * it again and refuses a contradiction): null for a judgement clause, and for a proportional one without figures.
 * Proportional on an indicator here is the ≥ case, weight × min(1, actual ÷ target); on the execution line the
 * verified actual is a rate in %.
 */
export function clauseScore(clause: RecheckClause, form: EvaluationForm, cell: Cell, verifiedActual: string | undefined): number | null {
  const weight = weightOf(form, cell);
  switch (clause.kind) {
    case 'Zero': return 0;
    case 'DeductShare': return round2(weight * (1 - Math.min(1, Math.max(0, clause.share ?? 0))));
    case 'FullWeight': return weight;
    case 'Proportional': {
      const actual = numberIn(verifiedActual);
      if (actual == null) return null;
      if (cell == null) return (verifiedActual ?? '').includes('%') ? round2(weight * Math.min(1, Math.max(0, actual / 100))) : null;
      const row = form.indicators[cell];
      const target = numberIn(row.target);
      if (target == null || target <= 0 || /^[≤<]/.test(row.target.trim())) return null;
      return round2(weight * Math.min(1, Math.max(0, actual / target)));
    }
    default: return null;
  }
}

/** The latest entry of a cell. */
export const entryOf = (entries: RecheckEntry[], cell: Cell) =>
  [...entries].reverse().find((e) => (cell == null ? e.target.kind === 'Execution' : e.target.indicatorIndex === cell));

/** 偏离度 as a percentage with up to two decimals ("14%"), or a dash. */
export const deviationText = (deviation: number | null | undefined) =>
  deviation == null ? '—' : `${round2(deviation * 100)}%`;

/**
 * The scored cell a finding is about, for starting a re-check from it: an indicator row's index, the execution line
 * (null) for the funds table's total row, or undefined when the finding is about no scored cell (the total, the header).
 */
export function scoredCellOf(path: string): Cell | undefined {
  const indicator = /^indicators\[(\d+)\]/.exec(path);
  if (indicator) return Number(indicator[1]);
  return path.startsWith('funds.total') ? null : undefined;
}

/** The value of a cell in the re-check card's row list: "execution" or the indicator's index. */
export const cellValue = (cell: Cell) => (cell == null ? 'execution' : String(cell));

/** The body that withdraws the re-check of a cell. */
export const withdrawBody = (cell: Cell) =>
  (cell == null ? { target: 'execution', indicatorIndex: null } : { target: 'indicator', indicatorIndex: cell });
