import { describe, expect, it } from 'vitest';
import type { ReviewTask } from '../api/types';
import { daysLeft, isOverdue, oldestFirst, today } from './tasks';

const task = (openedAt: string, dueDate: string | null, status = 'Open') =>
  ({ id: openedAt, openedAt, dueDate, status }) as ReviewTask;

describe('review inbox', () => {
  it('is overdue only when not done and past its due day', () => {
    expect(isOverdue(task('a', '2025-05-30'), '2025-05-31')).toBe(true);
    expect(isOverdue(task('a', '2025-05-31'), '2025-05-31')).toBe(false);
    expect(isOverdue(task('a', '2025-05-30', 'Done'), '2025-05-31')).toBe(false);
    expect(isOverdue(task('a', null), '2025-05-31')).toBe(false);
  });

  it('counts days left, negative when late', () => {
    expect(daysLeft('2025-06-03', '2025-05-31')).toBe(3);
    expect(daysLeft('2025-05-29', '2025-05-31')).toBe(-2);
    expect(daysLeft(null, '2025-05-31')).toBeNull();
  });

  it('sorts oldest first without changing the input', () => {
    const tasks = [task('2025-03-02T00:00:00Z', null), task('2025-03-01T00:00:00Z', null)];
    expect(oldestFirst(tasks).map((t) => t.openedAt)).toEqual(['2025-03-01T00:00:00Z', '2025-03-02T00:00:00Z']);
    expect(tasks[0].openedAt).toBe('2025-03-02T00:00:00Z');
  });

  it('writes today as a calendar day', () => {
    expect(today(new Date(2025, 0, 5, 23, 0))).toBe('2025-01-05');
  });
});
