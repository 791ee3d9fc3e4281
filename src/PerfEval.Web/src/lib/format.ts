/** A score or amount with up to two decimals, or a dash when there is none. */
export function num(value: number | null | undefined, digits = 2): string {
  if (value == null || Number.isNaN(value)) return '—';
  return Number(value.toFixed(digits)).toString();
}

/** Whether two figures differ by more than rounding noise. */
export const differs = (a: number | null | undefined, b: number | null | undefined) =>
  a != null && b != null && Math.abs(a - b) > 0.005;

/** A timestamp in the UI's language. */
export function dateTime(iso: string, lang: string): string {
  return new Date(iso).toLocaleString(lang.startsWith('zh') ? 'zh-CN' : 'en-GB', { hour12: false });
}
