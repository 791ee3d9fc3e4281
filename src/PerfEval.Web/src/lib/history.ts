import type { ChainVerdict, HistoryDocument, HistoryEntry } from '../api/types';

/** Where a document's history is read; with asOf, the document as it stood then. */
export function historyPath(document: HistoryDocument, id: string, asOf?: string): string {
  const base = document === 'form' ? `/api/evaluations/${id}/history` : `/api/targets/${id}/history`;
  return asOf ? `${base}?asOf=${encodeURIComponent(asOf)}` : base;
}

/** The page of the document itself. */
export const documentPath = (document: HistoryDocument, id: string) => (document === 'form' ? `/forms/${id}` : `/targets/${id}`);

/** The page of the document's history. */
export const historyPagePath = (document: HistoryDocument, id: string) =>
  (document === 'form' ? `/forms/${id}/timeline` : `/targets/${id}/history`);

/** The event's line in the UI's language (English when the language is not Chinese). */
export const summaryOf = (entry: Pick<HistoryEntry, 'summary' | 'summaryEn'>, language: string): string =>
  (language.startsWith('zh') ? entry.summary : entry.summaryEn || entry.summary);

/** Where a form's hash chain is verified. */
export const verifyPath = (id: string) => `/api/evaluations/${id}/verify`;

type Translate = (key: string, params?: Record<string, unknown>) => string;

/**
 * The verdict on a form's record in words: intact (with how many events, and how many were written before the chain),
 * the first broken link (version, event, time, why), or an approval that recorded another chain head.
 */
export function verdictText(v: ChainVerdict, language: string, t: Translate, time: (iso: string) => string): string {
  const zh = language.startsWith('zh');
  if (v.firstBroken) {
    const b = v.firstBroken;
    return t('integrity.broken', {
      version: b.version, type: b.type, at: time(b.at), summary: zh ? b.summary : b.summaryEn || b.summary,
      reason: zh ? b.reasonZh : b.reason,
    });
  }
  if (!v.intact) {
    const a = v.approvals.find((x) => x.matches === false);
    return t('integrity.approvalMismatch', { version: a?.version });
  }
  return v.unchained > 0
    ? t('integrity.intactSince', { events: v.events, unchained: v.unchained })
    : t('integrity.intact', { events: v.events });
}
