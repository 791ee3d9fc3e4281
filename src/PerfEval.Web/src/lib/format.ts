/** A score or amount with up to two decimals, or a dash when there is none. */
export function num(value: number | null | undefined, digits = 2): string {
  if (value == null || Number.isNaN(value)) return '—';
  return Number(value.toFixed(digits)).toString();
}

/**
 * A figure of the official form with exactly two decimals, rounded half away from zero as the server rounds
 * ("43.80", "42.00", "0.00"), or a dash when there is none. Amounts (万元), 分值 and scores are all written this way.
 */
export function fixed2(value: number | null | undefined): string {
  if (value == null || Number.isNaN(value)) return '—';
  const rounded = (Math.sign(value) * Math.round(Math.abs(value) * 100 + 1e-7)) / 100;
  return (rounded === 0 ? 0 : rounded).toFixed(2);
}

/** An amount in 万元: two decimals. */
export const amount = fixed2;

/** A score or a weight (分值): two decimals. */
export const score = fixed2;

/** A rate held in percent (96.5 for 96.5 %): two decimals and the percent sign ("96.50%"), or a dash. */
export function percent(value: number | null | undefined): string {
  const text = fixed2(value);
  return text === '—' ? text : `${text}%`;
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

/**
 * A calendar date (YYYY-MM-DD) in the UI's language: as written in Chinese (2026-12-06), "6 Dec 2026" in English
 * (never 12/6 or 6/12); a dash when there is none, the text as written when it is not a date.
 */
export function day(value: string | null | undefined, lang: string): string {
  if (!value) return '—';
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m || !lang.startsWith('en')) return value;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return `${d} ${monthsEn[mo - 1] ?? mo} ${y}`;
}

const monthsEn = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** Punctuation of the UI's language: Chinese full-width marks, or English ones with their spaces. */
export function marks(lang: string) {
  const en = lang.startsWith('en');
  return {
    /** "label：value" or "label: value". */
    colon: en ? ': ' : '：',
    /** Items of a list: "a、b" or "a, b". */
    list: en ? ', ' : '、',
    /** Clauses: "a；b" or "a; b". */
    clauses: en ? '; ' : '；',
    /** A remark after a text: "text（remark）" or "text (remark)". */
    aside: (text: string, remark: string) => (en ? `${text} (${remark})` : `${text}（${remark}）`),
  };
}
