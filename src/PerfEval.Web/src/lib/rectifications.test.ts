import { describe, expect, it } from 'vitest';
import { awaitsUnit, cellLabel, daysAfter, isOverdue, recheckCells } from './rectifications';

describe('rectification notices', () => {
  it('is overdue only while waiting for the unit and after the deadline', () => {
    expect(isOverdue({ status: 'Issued', deadline: '2026-03-31' }, '2026-04-01')).toBe(true);
    expect(isOverdue({ status: 'Issued', deadline: '2026-03-31' }, '2026-03-31')).toBe(false);
    expect(isOverdue({ status: 'Answered', deadline: '2026-03-31' }, '2026-05-01')).toBe(false);
    expect(isOverdue({ status: 'Returned', deadline: '2026-03-31' }, '2026-05-01')).toBe(true);
    expect(awaitsUnit({ status: 'Accepted' })).toBe(false);
  });

  it('names re-checked cells as a reader does and lists them once', () => {
    expect(cellLabel('funds.total.score')).toBe('预算执行率');
    expect(cellLabel('indicators[2].score')).toBe('第 3 项指标');
    expect(cellLabel('funds.total.score', 'en')).toBe('Budget execution rate');
    expect(cellLabel('indicators[2].score', 'en')).toBe('Indicator 3');
    expect(recheckCells([
      { target: { kind: 'Indicator', indicatorIndex: 2 } },
      { target: { kind: 'Indicator', indicatorIndex: 2 } },
      { target: { kind: 'Execution', indicatorIndex: null } },
    ])).toEqual(['indicators[2].score', 'funds.total.score']);
  });

  it('counts days after today across a month end', () => {
    expect(daysAfter('2026-01-25', 30)).toBe('2026-02-24');
  });
});
