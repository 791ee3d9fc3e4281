import type { EvaluationStatus } from '../api/types';

/** A form's files can be attached and removed only while the form is editable; submission freezes them with its content. */
export const evidenceEditable = (status: EvaluationStatus) => status === 'Draft' || status === 'RevisionRequested';

/** Where one file is downloaded (GET) and removed (DELETE). */
export const evidenceHref = (evaluationId: string, evidenceId: string) => `/api/evaluations/${evaluationId}/evidence/${evidenceId}`;

/**
 * How a file is removed: a form command on the form's current version (If-Match), safe to repeat (Idempotency-Key);
 * the answer is the form without the file.
 */
export const removeEvidenceRequest = (version: number) =>
  ({ method: 'DELETE', ifMatch: `"${version}"`, idempotent: true }) as const;
