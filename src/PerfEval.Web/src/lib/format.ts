/** A score or amount with up to two decimals, or a dash when there is none. */
export function num(value: number | null | undefined, digits = 2): string {
  if (value == null || Number.isNaN(value)) return '—';
  return Number(value.toFixed(digits)).toString();
}

/** Whether two figures differ by more than rounding noise. */
export const differs = (a: number | null | undefined, b: number | null | undefined) =>
  a != null && b != null && Math.abs(a - b) > 0.005;

/** A timestamp in the UI's language; in English with the month by name (6 Dec 2026, 14:05), never 12/6 or 6/12. */
export function dateTime(iso: string, lang: string): string {
  if (lang.startsWith('zh')) return new Date(iso).toLocaleString('zh-CN', { hour12: false });
  return new Date(iso).toLocaleString('en-GB', { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit', hour12: false });
}

const gradesEn: Record<string, string> = { 优: 'Excellent', 良: 'Good', 中: 'Fair', 差: 'Poor' };

/** A grade (优/良/中/差) in the UI's language: Excellent/Good/Fair/Poor in English; anything else as written. */
export function grade(value: string | null | undefined, lang: string): string {
  if (!value) return '—';
  return lang.startsWith('en') ? gradesEn[value] ?? value : value;
}
