import { describe, expect, it } from 'vitest';
import type { Finding } from '../api/types';
import { cellOf, findingsByIndicator, fundsFindings, worstSeverity } from './findings';

const finding = (path: string, severity: Finding['severity'] = 'Error'): Finding => ({
  code: 'CLAIM_ABOVE_RULE', severity, path, claimed: 17, computed: 15.91, message: '中', messageEn: 'en',
});

describe('cellOf', () => {
  it('reads indicator, funds and form paths', () => {
    expect(cellOf('indicators[13].claimedScore')).toEqual({ area: 'indicator', index: 13, field: 'claimedScore' });
    expect(cellOf('funds.total.score')).toEqual({ area: 'funds', row: 'total', field: 'score' });
    expect(cellOf('claimedTotal')).toEqual({ area: 'form', field: 'claimedTotal' });
  });
});

describe('grouping', () => {
  const findings = [finding('indicators[0].claimedScore'), finding('indicators[0].deviationReason', 'Warning'),
    finding('indicators[9].deviationReason', 'Warning'), finding('funds.total.rate', 'Warning')];

  it('groups findings by indicator row', () => {
    const map = findingsByIndicator(findings);
    expect(map.get(0)?.length).toBe(2);
    expect(map.get(9)?.length).toBe(1);
    expect(map.has(1)).toBe(false);
  });

  it('picks the funds findings', () => {
    expect(fundsFindings(findings).map((f) => f.path)).toEqual(['funds.total.rate']);
  });

  it('colours by the worst severity', () => {
    expect(worstSeverity(findingsByIndicator(findings).get(0))).toBe('Error');
    expect(worstSeverity(findingsByIndicator(findings).get(9))).toBe('Warning');
    expect(worstSeverity(undefined)).toBeNull();
  });
});
