/**
 * The merged cells of the official 三级指标 table: a level-1 cell spans its consecutive rows, a level-2 cell spans
 * its consecutive rows inside the same level-1 group. A span of 0 means the cell is covered by the one above.
 */
export interface RowSpans { level1: number; level2: number }

export function mergedSpans(rows: { level1: string; level2: string }[]): RowSpans[] {
  const spans: RowSpans[] = rows.map(() => ({ level1: 0, level2: 0 }));
  let i = 0;
  while (i < rows.length) {
    let end1 = i;
    while (end1 + 1 < rows.length && rows[end1 + 1].level1 === rows[i].level1) end1++;
    spans[i].level1 = end1 - i + 1;
    let j = i;
    while (j <= end1) {
      let end2 = j;
      while (end2 + 1 <= end1 && rows[end2 + 1].level2 === rows[j].level2) end2++;
      spans[j].level2 = end2 - j + 1;
      j = end2 + 1;
    }
    i = end1 + 1;
  }
  return spans;
}

/** The rows of a level-1 (and optionally level-2) group starting at a row: what renaming a merged cell changes. */
export function groupRows(rows: { level1: string; level2: string }[], start: number, level: 1 | 2): number[] {
  const spans = mergedSpans(rows);
  const span = level === 1 ? spans[start]?.level1 : spans[start]?.level2;
  return span ? Array.from({ length: span }, (_, k) => start + k) : [];
}
