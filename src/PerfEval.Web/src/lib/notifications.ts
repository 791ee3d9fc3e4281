import type { Role } from '../auth/session';

/** A notification as GET /api/notifications lists it (Api/Notifications/NotificationEndpoints.cs). */
export interface NotificationView {
  id: string;
  kind: string;
  /** The document the notification is about; what it is, Document says. */
  evaluationId: string | null;
  title: string; titleEn: string; body: string; bodyEn: string;
  createdAt: string;
  read: boolean;
  /** SelfEvaluation (a form), Targets or TargetAdjustment (a declaration), Rectification (a notice). */
  document: string;
}

/**
 * Where a notification leads: a new review task to its review screen (for a reviewer), anything else about a form
 * to the form, about a declaration to the declaration, about a rectification notice to the notice; null when it
 * names no document.
 */
export function linkOf(n: Pick<NotificationView, 'kind' | 'evaluationId' | 'document'>, roles: readonly Role[]): string | null {
  if (!n.evaluationId) return null;
  const task = n.kind === 'review-task-opened' && roles.includes('reviewer');
  switch (n.document) {
    case 'Targets':
    case 'TargetAdjustment':
      return task ? `/reviewer/targets/${n.evaluationId}` : `/targets/${n.evaluationId}`;
    case 'Rectification':
      return `/rectifications/${n.evaluationId}`;
    default:
      return task ? `/reviewer/review/${n.evaluationId}` : `/forms/${n.evaluationId}`;
  }
}

/** The header's badge text: the count, "99+" above 99, nothing at 0. */
export const badgeText = (unread: number): string => (unread <= 0 ? '' : unread > 99 ? '99+' : String(unread));
