import { describe, expect, it } from 'vitest';
import type { EvaluationForm, RecheckClause } from '../api/types';
import { cellValue, clauseApplies, clauseScore, deviationText, scoredCellOf, withdrawBody } from './recheck';

const form = {
  funds: { weight: 10, claimedScore: 10 },
  indicators: [
    { level1: '产出指标', level2: '数量指标', name: '培训人数', target: '≥100(人)', actual: '120(人)', weight: 20, claimedScore: 20 },
    { level1: '满意度指标', level2: '服务对象满意度指标', name: '满意度', target: '≥90%', actual: '95%', weight: 10, claimedScore: 8 },
  ],
} as unknown as EvaluationForm;

const clause = (kind: RecheckClause['kind'], extra: Partial<RecheckClause> = {}): RecheckClause =>
  ({ code: 'FH-00', title: 't', titleEn: 't', appliesTo: 'Any', kind, share: null, level1: null, ...extra });

describe('re-check clauses in the card', () => {
  it('computes each kind on the cell as the server does', () => {
    expect(clauseScore(clause('DeductShare', { share: 0.6 }), form, 1, undefined)).toBe(4);
    expect(clauseScore(clause('Zero'), form, 0, undefined)).toBe(0);
    expect(clauseScore(clause('FullWeight'), form, 0, undefined)).toBe(20);
    expect(clauseScore(clause('Proportional'), form, 0, '80(人)')).toBe(16);
    expect(clauseScore(clause('Proportional'), form, null, '85%')).toBe(8.5);
    expect(clauseScore(clause('Judgement'), form, 0, undefined)).toBeNull();
  });

  it('offers a 满意度-only clause on the satisfaction row, not on an output row or the execution line', () => {
    const satisfaction = clause('Zero', { appliesTo: 'Indicator', level1: '满意度' });
    expect(clauseApplies(satisfaction, form, 1)).toBe(true);
    expect(clauseApplies(satisfaction, form, 0)).toBe(false);
    expect(clauseApplies(satisfaction, form, null)).toBe(false);
    expect(deviationText(0.14)).toBe('14%');
  });
});

describe('re-check from a cell or a finding', () => {
  it('finds the scored cell a finding is about', () => {
    expect(scoredCellOf('indicators[3].claimedScore')).toBe(3);
    expect(scoredCellOf('indicators[0]')).toBe(0);
    expect(scoredCellOf('funds.total.score')).toBeNull();
    expect(scoredCellOf('funds.total.rate')).toBeNull();
    expect(scoredCellOf('claimedTotal')).toBeUndefined();
    expect(scoredCellOf('funds.carryOver.executed')).toBeUndefined();
  });

  it('names the cell in the card and in a withdrawal', () => {
    expect(cellValue(null)).toBe('execution');
    expect(cellValue(2)).toBe('2');
    expect(withdrawBody(null)).toEqual({ target: 'execution', indicatorIndex: null });
    expect(withdrawBody(2)).toEqual({ target: 'indicator', indicatorIndex: 2 });
  });
});
