import type { HistoryDocument, HistoryEntry } from '../api/types';

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

/** Who did it: the actor's name, else the user name, else the id; the platform's own steps have none. */
export const actorOf = (entry: Pick<HistoryEntry, 'actorName' | 'userName' | 'actorId'>, platform: string): string =>
  entry.actorName || entry.userName || (entry.actorId && entry.actorId !== 'system' ? entry.actorId : platform);

/** The event's line in the UI's language (English when the language is not Chinese). */
export const summaryOf = (entry: Pick<HistoryEntry, 'summary' | 'summaryEn'>, language: string): string =>
  (language.startsWith('zh') ? entry.summary : entry.summaryEn || entry.summary);
