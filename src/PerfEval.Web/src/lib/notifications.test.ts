import { describe, expect, it } from 'vitest';
import { badgeText, linkOf } from './notifications';

describe('linkOf', () => {
  const id = '0b7e3a52-1d5c-4a8e-9a51-7c1f3e2d4b6a';

  it('takes a reviewer from a new review task to its review screen, anyone else to the form', () => {
    const n = { kind: 'review-task-opened', evaluationId: id, document: 'SelfEvaluation' };
    expect(linkOf(n, ['reviewer'])).toBe(`/reviewer/review/${id}`);
    expect(linkOf(n, ['manager'])).toBe(`/forms/${id}`);
  });

  it('takes a unit from a review outcome to its form', () => {
    expect(linkOf({ kind: 'review-revisionrequested', evaluationId: id, document: 'SelfEvaluation' }, ['unit'])).toBe(`/forms/${id}`);
  });

  it('leads declarations to their page or review screen, and notices to the notice', () => {
    expect(linkOf({ kind: 'review-task-opened', evaluationId: id, document: 'Targets' }, ['reviewer'])).toBe(`/reviewer/targets/${id}`);
    expect(linkOf({ kind: 'review-approved', evaluationId: id, document: 'TargetAdjustment' }, ['unit'])).toBe(`/targets/${id}`);
    expect(linkOf({ kind: 'rectification-issued', evaluationId: id, document: 'Rectification' }, ['unit'])).toBe(`/rectifications/${id}`);
  });

  it('gives no link to a notification that names no document', () => {
    expect(linkOf({ kind: 'deadline.self_evaluation_reminder', evaluationId: null, document: 'SelfEvaluation' }, ['unit'])).toBeNull();
  });
});

describe('badgeText', () => {
  it('is empty at zero, the count up to 99, then 99+', () => {
    expect(badgeText(0)).toBe('');
    expect(badgeText(7)).toBe('7');
    expect(badgeText(99)).toBe('99');
    expect(badgeText(100)).toBe('99+');
  });
});
