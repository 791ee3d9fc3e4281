import { describe, expect, it } from 'vitest';
import type { CrossCheckItem } from '../api/types';
import { countsInOrder, otherLink, rowOf } from './crossChecks';

const item = (over: Partial<CrossCheckItem>): CrossCheckItem => ({
  evaluationId: 'a', fiscalYear: 2024, projectName: '区退管会管理工作经费', unitId: 'u1', unitName: '', departmentId: 'd1',
  code: 'INDICATOR_COPIED_ACROSS_UNITS', severity: 'Warning', path: 'indicators[12]', message: '', messageEn: '',
  otherEvaluationId: 'b', otherIndicatorIndex: 7, otherProjectName: '灵活就业工作经费', otherUnitId: 'u2', otherUnitName: '',
  otherFiscalYear: 2024, otherReadable: true, ...over,
});

describe('cross checks', () => {
  it('orders the counts by the known codes and keeps unknown ones at the end', () => {
    expect(countsInOrder({ ZERO_ACTUAL_UNEXPLAINED: 2, NEW_CODE: 1, INDICATOR_COPIED_ACROSS_UNITS: 5 })).toEqual([
      { code: 'INDICATOR_COPIED_ACROSS_UNITS', count: 5 },
      { code: 'ZERO_ACTUAL_UNEXPLAINED', count: 2 },
      { code: 'NEW_CODE', count: 1 },
    ]);
  });

  it('numbers indicator rows from 1', () => {
    expect(rowOf('indicators[12]')).toBe(13);
    expect(rowOf('indicators[2].target')).toBe(3);
    expect(rowOf('claimedTotal')).toBeNull();
  });

  it('links the other form only when the reader may open it', () => {
    expect(otherLink(item({}))).toBe('/forms/b');
    expect(otherLink(item({ otherReadable: false }))).toBeNull();
    expect(otherLink(item({ otherEvaluationId: null }))).toBeNull();
  });
});
