import { describe, expect, it } from 'vitest';
import { sameListOf } from './hooks';

describe('a list paged by the API', () => {
  it('keeps its rows on screen while another page of it loads, not while another list does', () => {
    expect(sameListOf({ fiscalYear: 2024, status: 'Draft', page: 1 }, { fiscalYear: 2024, status: 'Draft', page: 2 })).toBe(true);
    expect(sameListOf({ fiscalYear: 2024, page: 2 }, { fiscalYear: 2025, page: 2 })).toBe(false);
    expect(sameListOf({ fiscalYear: 2024 }, { fiscalYear: 2024, status: 'Draft' })).toBe(false);
  });
});
