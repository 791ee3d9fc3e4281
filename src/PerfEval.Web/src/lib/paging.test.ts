import { describe, expect, it } from 'vitest';
import { pageCount, pageOf } from './paging';

describe('paging a list', () => {
  it('counts at least one page, and a page for a partial remainder', () => {
    expect(pageCount(0, 20)).toBe(1);
    expect(pageCount(20, 20)).toBe(1);
    expect(pageCount(21, 20)).toBe(2);
  });

  it('gives the rows of a page, the last one partial', () => {
    const rows = Array.from({ length: 45 }, (_, i) => i + 1);
    expect(pageOf(rows, 1, 20)).toEqual(rows.slice(0, 20));
    expect(pageOf(rows, 3, 20)).toEqual([41, 42, 43, 44, 45]);
  });
});
