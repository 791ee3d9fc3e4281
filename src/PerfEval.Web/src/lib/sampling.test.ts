import { describe, expect, it } from 'vitest';
import { drawBody, riskPartsText, sizeText } from './sampling';

describe('drawBody', () => {
  const values = { departmentIds: [' dept-1 ', ''], minAmount: 100, maxAmount: null, statuses: ['Approved'], by: 'count' as const, size: 10, share: 0.1, seed: '' };

  it('sends only the size rule chosen and no seed when none is given', () => {
    expect(drawBody(values)).toEqual({ departmentIds: ['dept-1'], minAmount: 100, maxAmount: null, statuses: ['Approved'], size: 10 });
  });

  it('sends the share and a trimmed seed', () => {
    expect(drawBody({ ...values, by: 'share', seed: ' 2024-第一批 ' })).toMatchObject({ share: 0.1, seed: '2024-第一批' });
    expect(drawBody({ ...values, by: 'share' })).not.toHaveProperty('size');
  });
});

describe('riskPartsText', () => {
  it('lists the parts that add something', () => {
    const risk = { score: 7.5, base: 1, amount: 2.5, scorecard: 4, crossForm: 0, deviation: 0 };
    expect(riskPartsText(risk, (p) => p)).toBe('base 1 + amount 2.5 + scorecard 4');
  });
});

describe('sizeText', () => {
  it('reads a count or a share', () => {
    expect(sizeText({ count: 10, share: null })).toBe('10');
    expect(sizeText({ count: null, share: 0.05 })).toBe('5%');
  });
});
