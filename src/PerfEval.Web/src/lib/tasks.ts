import type { ReviewTask } from '../api/types';

/** A task is overdue when it is not done and its due date (a calendar day) is before today. */
export function isOverdue(task: Pick<ReviewTask, 'dueDate' | 'status'>, today: string): boolean {
  return task.status !== 'Done' && task.dueDate != null && task.dueDate < today;
}

/** Days from today to the due date (negative when overdue); null without a due date. */
export function daysLeft(dueDate: string | null, today: string): number | null {
  if (!dueDate) return null;
  return Math.round((Date.parse(dueDate) - Date.parse(today)) / 86_400_000);
}

/** Oldest first, as the inbox is worked. */
export const oldestFirst = (tasks: ReviewTask[]) =>
  [...tasks].sort((a, b) => a.openedAt.localeCompare(b.openedAt));

/** Today as a calendar day (YYYY-MM-DD) in the browser's time zone. */
export function today(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
