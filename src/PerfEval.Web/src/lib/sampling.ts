import type { RiskParts } from '../api/types';

/** What the 抽评 form holds. */
export interface DrawValues {
  departmentIds: string[];
  minAmount: number | null;
  maxAmount: number | null;
  statuses: string[];
  by: 'count' | 'share';
  size: number | null;
  share: number | null;
  seed: string;
}

/** The body of POST /api/sampling/{year}: only the size rule chosen, and the seed only when one is given. */
export function drawBody(v: DrawValues) {
  const seed = v.seed.trim();
  return {
    departmentIds: v.departmentIds.map((d) => d.trim()).filter((d) => d.length > 0),
    minAmount: v.minAmount,
    maxAmount: v.maxAmount,
    statuses: v.statuses,
    ...(v.by === 'count' ? { size: v.size } : { share: v.share }),
    ...(seed ? { seed } : {}),
  };
}

/** The risk's parts that add something, in reading order, e.g. "基础 1 + 金额 2.5 + 评分发现 4". */
export function riskPartsText(risk: RiskParts, label: (part: keyof Omit<RiskParts, 'score'>) => string): string {
  const parts: (keyof Omit<RiskParts, 'score'>)[] = ['base', 'amount', 'scorecard', 'crossForm', 'deviation'];
  return parts.filter((p) => risk[p] !== 0).map((p) => `${label(p)} ${Number(risk[p].toFixed(4))}`).join(' + ');
}

/** A size rule as read: "10 份" or "10%". */
export function sizeText(size: { count: number | null; share: number | null }): string {
  return size.count != null ? String(size.count) : `${Number(((size.share ?? 0) * 100).toFixed(2))}%`;
}
