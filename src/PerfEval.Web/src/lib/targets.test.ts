import { describe, expect, it } from 'vitest';
import type { Finding } from '../api/types';
import {
  amount, blankTargets, changedCells, hasErrors, insertTargetRowAfter, kindOf, lightRank, lightTone, lockedPaths, percent,
  removeTargetRow, reviewPathOf, viewPathOf, weightsTotal, withTargetIndicator,
} from './targets';
import { tones } from '../components/tones';

describe('target declarations', () => {
  it('totals the weights of the execution line and the indicators, and edits rows inside their group', () => {
    let content = blankTargets(2026);
    expect(weightsTotal(content)).toBe(100);
    content = insertTargetRowAfter(content, 0);
    expect(content.indicators.map((r) => r.level2)).toEqual(['数量指标', '数量指标', '社会效益指标', '服务对象满意度指标']);
    content = withTargetIndicator(content, 1, { weight: 7.5 });
    expect(weightsTotal(content)).toBe(107.5);
    expect(removeTargetRow(content, 1).indicators).toHaveLength(3);
  });

  it('tells an error finding from warnings', () => {
    const finding = (severity: Finding['severity']): Finding =>
      ({ code: 'X', severity, path: 'indicators[0].target', claimed: null, computed: null, message: '', messageEn: '' });
    expect(hasErrors([finding('Warning'), finding('Info')])).toBe(false);
    expect(hasErrors([finding('Warning'), finding('Error')])).toBe(true);
  });
});

describe('locked cells of a form made from targets', () => {
  it('locks the header, the initial budgets, the execution weight, the goals and each indicator\'s fixed cells', () => {
    const locked = lockedPaths({ indicators: [{}, {}] as never });
    for (const path of ['header.projectName', 'header.fiscalYear', 'funds.total.initialBudget', 'funds.other.initialBudget',
      'funds.weight', 'goals.expected', 'indicators', 'indicators[1].target', 'indicators[0].level1', 'indicators[1].weight']) {
      expect(locked.has(path), path).toBe(true);
    }
    for (const path of ['funds.total.executed', 'funds.total.fullYearBudget', 'goals.actual', 'indicators[0].actual',
      'indicators[0].claimedScore', 'indicators[0].deviationReason', 'indicators[2].target']) {
      expect(locked.has(path), path).toBe(false);
    }
  });
});

describe('the difference of two versions', () => {
  it('names each changed cell, ignores whitespace, and marks a row only one version has', () => {
    const approved = { ...blankTargets(2026), goals: '全年服务 8000 人' };
    approved.indicators = approved.indicators.map((r, i) => ({ ...r, name: `指标${i}`, target: '≥8000(人)' }));
    let requested = withTargetIndicator({ ...approved, goals: '全年服务8000人' }, 0, { target: '≥6000(人)' });
    requested = { ...requested, budget: { ...requested.budget, total: 120 } };
    expect([...changedCells(approved, requested)].sort()).toEqual(['budget.total', 'indicators[0].target']);
    const longer = insertTargetRowAfter(approved, 2);
    expect(changedCells(approved, longer).has('indicators[3]')).toBe(true);
    expect(changedCells(approved, approved).size).toBe(0);
  });
});

describe('labels, tones and routes', () => {
  it('colours lights and orders them red first', () => {
    expect(lightTone('Red')).toBe(tones.danger);
    expect(lightTone('Yellow')).toBe(tones.warning);
    expect(lightTone('Green')).toBe(tones.success);
    expect(lightTone(null)).toBeUndefined();
    const order = (['Green', null, 'Red', 'Yellow'] as const).slice().sort((a, b) => lightRank(a) - lightRank(b));
    expect(order).toEqual(['Red', 'Yellow', null, 'Green']);
  });

  it('opens the right page for each kind of task', () => {
    expect(kindOf({})).toBe('SelfEvaluation');
    expect(reviewPathOf({ kind: 'SelfEvaluation', evaluationId: 'a' })).toBe('/reviewer/review/a');
    expect(reviewPathOf({ kind: 'Targets', evaluationId: 'b' })).toBe('/reviewer/targets/b');
    expect(reviewPathOf({ kind: 'TargetAdjustment', evaluationId: 'c' })).toBe('/reviewer/targets/c');
    expect(viewPathOf({ evaluationId: 'd' })).toBe('/forms/d');
    expect(viewPathOf({ kind: 'Targets', evaluationId: 'e' })).toBe('/targets/e');
  });

  it('writes percentages and amounts', () => {
    expect(percent(62.5)).toBe('62.5%');
    expect(percent(33.333)).toBe('33.33%');
    expect(percent(null)).toBe('—');
    expect(amount(1200)).toBe('1200.00');
    expect(amount(0.5)).toBe('0.50');
    expect(amount(undefined)).toBe('—');
  });
});
