import { describe, expect, it } from 'vitest';
import { statuses } from '../api/types';
import { evidenceEditable, evidenceHref, removeEvidenceRequest } from './evidence';

describe('a form\'s supporting files', () => {
  it('can be attached and removed only in a draft or a form sent back for revision', () => {
    expect(statuses.filter(evidenceEditable)).toEqual(['Draft', 'RevisionRequested']);
  });

  it('are downloaded and removed at the same address', () => {
    expect(evidenceHref('f1', 'e1')).toBe('/api/evaluations/f1/evidence/e1');
  });

  it('are removed as a form command on the version the screen shows, safe to repeat', () => {
    expect(removeEvidenceRequest(7)).toEqual({ method: 'DELETE', ifMatch: '"7"', idempotent: true });
  });
});
