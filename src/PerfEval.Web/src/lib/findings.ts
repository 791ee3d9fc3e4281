import type { Finding } from '../api/types';

/** Where a finding points in the form, from its path (indicators[3].claimedScore, funds.total.score, …). */
export type CellRef =
  | { area: 'indicator'; index: number; field: string }
  | { area: 'funds'; row: string; field: string }
  | { area: 'form'; field: string };

export function cellOf(path: string): CellRef {
  const indicator = /^indicators\[(\d+)\]\.?(.*)$/.exec(path);
  if (indicator) return { area: 'indicator', index: Number(indicator[1]), field: indicator[2] || 'row' };
  const funds = /^funds\.([a-zA-Z]+)\.?(.*)$/.exec(path);
  if (funds) return { area: 'funds', row: funds[1], field: funds[2] || 'row' };
  return { area: 'form', field: path };
}

/** Findings grouped by indicator row index. */
export function findingsByIndicator(findings: Finding[]): Map<number, Finding[]> {
  const map = new Map<number, Finding[]>();
  for (const f of findings) {
    const cell = cellOf(f.path);
    if (cell.area === 'indicator') map.set(cell.index, [...(map.get(cell.index) ?? []), f]);
  }
  return map;
}

/** Findings about the funds table (the execution line). */
export const fundsFindings = (findings: Finding[]) => findings.filter((f) => cellOf(f.path).area === 'funds');

/** Findings that point at neither the indicator table nor the funds table (totals, grade). */
export const formFindings = (findings: Finding[]) => findings.filter((f) => cellOf(f.path).area === 'form');

/** The strongest severity among findings, for colouring a cell: error over warning over info. */
export function worstSeverity(findings: Finding[] | undefined): Finding['severity'] | null {
  if (!findings?.length) return null;
  if (findings.some((f) => f.severity === 'Error')) return 'Error';
  if (findings.some((f) => f.severity === 'Warning')) return 'Warning';
  return 'Info';
}

/** A finding's message in the UI's language. */
export const messageOf = (f: Finding, lang: string) => (lang.startsWith('zh') ? f.message : f.messageEn);
