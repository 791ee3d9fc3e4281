import { describe, expect, it } from 'vitest';
import { defaultYear, withYear, yearChoices, yearChoicesWithData, yearFrom } from './years';

describe('the year of a page', () => {
  it('is the URL parameter when it is a year the platform accepts', () => {
    expect(yearFrom('2024', 2026)).toBe(2024);
    expect(yearFrom(' 2024 ', 2026)).toBe(2024);
    expect(yearFrom('2000', 2026)).toBe(2000);
    expect(yearFrom('2100', 2026)).toBe(2100);
  });

  it('falls back when the parameter is missing, empty, not a year or out of range', () => {
    for (const text of [null, undefined, '', ' ', '0', '24', '20244', '2024.5', '２０２４', 'abc', '1999', '2101', '-2024']) {
      expect(yearFrom(text, 2026), String(text)).toBe(2026);
    }
  });

  it('is among the picker options even when the list does not offer it, newest first and once', () => {
    expect(yearChoices([2026, 2025, 2024], 2025).map((o) => o.value)).toEqual([2026, 2025, 2024]);
    expect(yearChoices([2026, 2025, 2024], 2010).map((o) => o.value)).toEqual([2026, 2025, 2024, 2010]);
    expect(yearChoices([2026, 2025], 2027)).toEqual([{ value: 2027, label: 2027 }, { value: 2026, label: 2026 }, { value: 2025, label: 2025 }]);
  });

  it('is set in the search parameters without touching the others', () => {
    const before = new URLSearchParams('department=dept-a&year=2023');
    const after = withYear(before, 2024);
    expect(after.toString()).toBe('department=dept-a&year=2024');
    expect(before.get('year')).toBe('2023');
    expect(withYear(new URLSearchParams(), 2024).toString()).toBe('year=2024');
  });
});

describe('defaultYear and yearChoicesWithData', () => {
  it('opens on the latest year with forms, else the page default', () => {
    expect(defaultYear(2024, 2025)).toBe(2024);
    expect(defaultYear(null, 2025)).toBe(2025);
    expect(defaultYear(undefined, 2025)).toBe(2025);
  });

  it('marks the years with forms and offers them even outside the usual list, newest first', () => {
    expect(yearChoicesWithData([2026, 2025, 2024], 2025, [2024, 2017])).toEqual([
      { value: 2026, hasData: false }, { value: 2025, hasData: false }, { value: 2024, hasData: true }, { value: 2017, hasData: true },
    ]);
  });
});
