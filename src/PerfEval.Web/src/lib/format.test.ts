import { describe, expect, it } from 'vitest';
import { dateTime, grade } from './format';

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
