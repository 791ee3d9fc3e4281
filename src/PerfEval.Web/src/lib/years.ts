/** The fiscal years offered in year pickers: this year and the seven before it, newest first. */
export const yearOptions = Array.from({ length: 8 }, (_, i) => new Date().getFullYear() - i).map((y) => ({ value: y, label: y }));

/** The years the platform accepts for a fiscal year (the API's range). */
export const minYear = 2000;
export const maxYear = 2100;

/**
 * The year a page shows, from the text of its `?year=` parameter: four digits within the accepted range, else the
 * fallback (a missing, empty, partial or out-of-range value never becomes year 0 or NaN).
 */
export function yearFrom(text: string | null | undefined, fallback: number): number {
  const trimmed = text?.trim() ?? '';
  if (!/^\d{4}$/.test(trimmed)) return fallback;
  const year = Number(trimmed);
  return year >= minYear && year <= maxYear ? year : fallback;
}

/**
 * The options of a year picker, with the shown year among them even when the picker's list does not offer it (a
 * link to an older year), newest first, each year once.
 */
export function yearChoices(offered: readonly number[], shown: number): { value: number; label: number }[] {
  const years = [...new Set([...offered, shown])].sort((a, b) => b - a);
  return years.map((y) => ({ value: y, label: y }));
}

/** The search parameters with the year set, every other parameter kept as it was. */
export function withYear(params: URLSearchParams, year: number): URLSearchParams {
  const next = new URLSearchParams(params);
  next.set('year', String(year));
  return next;
}

/**
 * The year a page opens on when its address names none: the latest year with forms the user may read, else the
 * page's own default (no form yet anywhere).
 */
export const defaultYear = (latestWithData: number | null | undefined, otherwise: number): number => latestWithData ?? otherwise;

/** A year picker's options marked with whether the year has forms; years with forms are always offered. */
export function yearChoicesWithData(offered: readonly number[], shown: number, withData: readonly number[]): { value: number; hasData: boolean }[] {
  const data = new Set(withData);
  return yearChoices([...offered, ...withData], shown).map(({ value }) => ({ value, hasData: data.has(value) }));
}
