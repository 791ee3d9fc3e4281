import type { RectificationNotice, RectificationStatus } from '../api/types';

/** The statuses of a notice, in the order a notice goes through them. */
export const rectificationStatuses: RectificationStatus[] = ['Issued', 'Answered', 'InReview', 'Returned', 'Accepted'];

/** Whether the next step is the unit's: issued, or returned for another answer. */
export const awaitsUnit = (n: Pick<RectificationNotice, 'status'>) => n.status === 'Issued' || n.status === 'Returned';

/** Overdue (RECT-DEADLINE): waiting for the unit and past its deadline (calendar days, YYYY-MM-DD). */
export const isOverdue = (n: Pick<RectificationNotice, 'status' | 'deadline'>, today: string) => awaitsUnit(n) && n.deadline < today;

/** A date some days after today, as the date input wants it. */
export function daysAfter(today: string, days: number): string {
  const d = new Date(`${today}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** A re-checked cell's path as a person reads it: 预算执行率, 第 3 项指标 (Budget execution rate, Indicator 3 in English). */
export function cellLabel(path: string | null, lang = 'zh-CN'): string {
  if (!path) return '';
  const en = lang.startsWith('en');
  if (path === 'funds.total.score') return en ? 'Budget execution rate' : '预算执行率';
  const m = /^indicators\[(\d+)\]\.score$/.exec(path);
  if (!m) return path;
  return en ? `Indicator ${Number(m[1]) + 1}` : `第 ${Number(m[1]) + 1} 项指标`;
}

/** The cells a form's re-check recorded, as problem links: execution, or indicators[i]. */
export function recheckCells(rechecks: { target: { kind: 'Execution' | 'Indicator'; indicatorIndex: number | null } }[] | undefined): string[] {
  return [...new Set((rechecks ?? []).map((r) => (r.target.kind === 'Execution' ? 'funds.total.score' : `indicators[${r.target.indicatorIndex}].score`)))];
}
