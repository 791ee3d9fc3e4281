import { describe, expect, it } from 'vitest';
import { amount, dateTime, day, fixed2, grade, marks, percent, score } from './format';

describe('English mode', () => {
  it('names grades in English and keeps them in Chinese', () => {
    expect(grade('优', 'en')).toBe('Excellent');
    expect(grade('良', 'en')).toBe('Good');
    expect(grade('中', 'en')).toBe('Fair');
    expect(grade('差', 'en')).toBe('Poor');
    expect(grade('良', 'zh-CN')).toBe('良');
    expect(grade(null, 'en')).toBe('—');
  });

  it('writes dates with the month by name, so 6 December cannot be read as 12 June', () => {
    const text = dateTime('2026-12-06T06:05:00Z', 'en');
    expect(text).toMatch(/\b6 Dec 2026\b/);
  });
});

describe('official decimals', () => {
  it('writes amounts with two decimals (43.80, 42.00, 0.00)', () => {
    expect(amount(43.8)).toBe('43.80');
    expect(amount(42)).toBe('42.00');
    expect(amount(0)).toBe('0.00');
    expect(amount(1200)).toBe('1200.00');
  });

  it('writes scores with two decimals (8.00)', () => {
    expect(score(8)).toBe('8.00');
    expect(score(9.5)).toBe('9.50');
    expect(score(100)).toBe('100.00');
  });

  it('rounds half away from zero, as the server does', () => {
    expect(fixed2(1.005)).toBe('1.01');
    expect(fixed2(2.675)).toBe('2.68');
    expect(fixed2(-1.005)).toBe('-1.01');
    expect(fixed2(-0.001)).toBe('0.00');
  });

  it('writes the execution rate as a percentage with two decimals', () => {
    expect(percent(96.5)).toBe('96.50%');
    expect(percent(100)).toBe('100.00%');
    expect(percent(0)).toBe('0.00%');
  });

  it('writes a dash for a missing figure', () => {
    expect(amount(null)).toBe('—');
    expect(score(undefined)).toBe('—');
    expect(percent(null)).toBe('—');
    expect(fixed2(Number.NaN)).toBe('—');
  });
});

describe('dates and punctuation', () => {
  it('writes a date with the month by name in English and as written in Chinese', () => {
    expect(day('2026-12-06', 'en')).toBe('6 Dec 2026');
    expect(day('2027-01-31', 'en')).toBe('31 Jan 2027');
    expect(day('2026-12-06', 'zh-CN')).toBe('2026-12-06');
    expect(day(null, 'en')).toBe('—');
    expect(day('soon', 'en')).toBe('soon');
  });

  it('uses the marks of the language', () => {
    expect(marks('en').aside('Excellent', '95.50')).toBe('Excellent (95.50)');
    expect(marks('zh-CN').aside('优', '95.50')).toBe('优（95.50）');
    expect(['a', 'b'].join(marks('en').list)).toBe('a, b');
    expect(['a', 'b'].join(marks('zh-CN').list)).toBe('a、b');
  });
});
