import { describe, expect, it } from 'vitest';
import { groupRows, mergedSpans } from './indicatorTable';

const rows = [
  { level1: '产出指标', level2: '数量指标' },
  { level1: '产出指标', level2: '数量指标' },
  { level1: '产出指标', level2: '质量指标' },
  { level1: '效益指标', level2: '社会效益指标' },
  { level1: '满意度指标', level2: '服务对象满意度指标' },
];

describe('mergedSpans', () => {
  it('merges consecutive level-1 cells and level-2 cells within them', () => {
    expect(mergedSpans(rows)).toEqual([
      { level1: 3, level2: 2 },
      { level1: 0, level2: 0 },
      { level1: 0, level2: 1 },
      { level1: 1, level2: 1 },
      { level1: 1, level2: 1 },
    ]);
  });

  it('does not merge a level-2 name across two level-1 groups', () => {
    const spans = mergedSpans([
      { level1: 'A', level2: 'x' },
      { level1: 'B', level2: 'x' },
    ]);
    expect(spans).toEqual([{ level1: 1, level2: 1 }, { level1: 1, level2: 1 }]);
  });

  it('keeps separated runs of the same level-1 name apart, as the sheet prints them', () => {
    const spans = mergedSpans([{ level1: 'A', level2: 'x' }, { level1: 'B', level2: 'y' }, { level1: 'A', level2: 'x' }]);
    expect(spans.map((s) => s.level1)).toEqual([1, 1, 1]);
  });

  it('gives every row a cell when nothing repeats, and nothing for an empty table', () => {
    expect(mergedSpans([])).toEqual([]);
  });
});

describe('groupRows', () => {
  it('names the rows a merged cell covers', () => {
    expect(groupRows(rows, 0, 1)).toEqual([0, 1, 2]);
    expect(groupRows(rows, 0, 2)).toEqual([0, 1]);
    expect(groupRows(rows, 1, 2)).toEqual([]);
  });
});
