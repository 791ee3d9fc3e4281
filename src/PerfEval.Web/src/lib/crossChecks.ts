import type { CrossCheckItem } from '../api/types';

/** The finding codes of the checks across forms and years, in the order the list shows their counts. */
export const crossCheckCodes = [
  'INDICATOR_COPIED_ACROSS_UNITS',
  'BOILERPLATE_INDICATOR',
  'TARGET_BELOW_PREVIOUS_ACTUAL',
  'ALL_SCORES_MAX_WITH_ERRORS',
  'INDICATOR_IN_OUTPUT_AND_BENEFIT',
  'COST_TARGET_AT_LEAST',
  'ZERO_ACTUAL_UNEXPLAINED',
] as const;

/** Counts by code in the list's order, known codes first, then any other code the platform reports. */
export function countsInOrder(byCode: Record<string, number>): { code: string; count: number }[] {
  const known = crossCheckCodes.map((code) => ({ code, count: byCode[code] ?? 0 })).filter((c) => c.count > 0);
  const others = Object.entries(byCode)
    .filter(([code]) => !(crossCheckCodes as readonly string[]).includes(code))
    .map(([code, count]) => ({ code, count }));
  return [...known, ...others];
}

/** "第 3 行" for indicators[2]…; null for a path that is not an indicator row. */
export function rowOf(path: string): number | null {
  const match = /^indicators\[(\d+)\]/.exec(path);
  return match ? Number(match[1]) + 1 : null;
}

/** Where the other form is linked: only when the reader may open it. */
export const otherLink = (item: CrossCheckItem) =>
  item.otherEvaluationId && item.otherReadable ? `/forms/${item.otherEvaluationId}` : null;
