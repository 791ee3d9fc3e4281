import { describe, expect, it } from 'vitest';
import type { ChainVerdict } from '../api/types';
import { documentPath, historyPagePath, historyPath, summaryOf, verdictText, verifyPath } from './history';

describe('a document history', () => {
  it('is read from the form or the declaration endpoint, with the as-of time encoded', () => {
    expect(historyPath('form', 'f1')).toBe('/api/evaluations/f1/history');
    expect(historyPath('targets', 't1')).toBe('/api/targets/t1/history');
    expect(historyPath('targets', 't1', '2026-06-30T08:00:00+08:00')).toBe('/api/targets/t1/history?asOf=2026-06-30T08%3A00%3A00%2B08%3A00');
  });

  it('links back to its document and is reached from it', () => {
    expect(documentPath('form', 'f1')).toBe('/forms/f1');
    expect(documentPath('targets', 't1')).toBe('/targets/t1');
    expect(historyPagePath('form', 'f1')).toBe('/forms/f1/timeline');
    expect(historyPagePath('targets', 't1')).toBe('/targets/t1/history');
  });

  it('speaks the UI language, Chinese when English is missing', () => {
    const e = { summary: '审核人批复了绩效目标。', summaryEn: 'The reviewer approved the targets.' };
    expect(summaryOf(e, 'zh-CN')).toBe('审核人批复了绩效目标。');
    expect(summaryOf(e, 'en')).toBe('The reviewer approved the targets.');
    expect(summaryOf({ summary: '事件', summaryEn: '' }, 'en')).toBe('事件');
  });
});

describe('the verdict on a form\'s hash chain', () => {
  const t = (key: string, params?: Record<string, unknown>) => `${key} ${JSON.stringify(params)}`;
  const time = (iso: string) => `@${iso}`;
  const intact: ChainVerdict = { evaluationId: 'f1', intact: true, events: 9, unchained: 0, chainHead: 'ab', firstBroken: null, approvals: [] };

  it('is read from the form\'s verify endpoint', () => {
    expect(verifyPath('f1')).toBe('/api/evaluations/f1/verify');
  });

  it('says the record is intact, and how many events came before the chain', () => {
    expect(verdictText(intact, 'zh-CN', t, time)).toBe('integrity.intact {"events":9}');
    expect(verdictText({ ...intact, unchained: 3 }, 'zh-CN', t, time)).toBe('integrity.intactSince {"events":9,"unchained":3}');
  });

  it('names the first broken link in the UI language', () => {
    const broken: ChainVerdict = {
      ...intact, intact: false,
      firstBroken: { version: 2, type: 'EvaluationContentReplaced', summary: '单位修改了自评表内容“另一个项目”。', summaryEn: 'The unit replaced the form\'s content.', at: '2026-01-02T03:04:05Z', reason: 'hash mismatch', reasonZh: '哈希值不符（内容或哈希被改动）' },
    };
    expect(verdictText(broken, 'zh-CN', t, time)).toBe('integrity.broken {"version":2,"type":"EvaluationContentReplaced","at":"@2026-01-02T03:04:05Z","summary":"单位修改了自评表内容“另一个项目”。","reason":"哈希值不符（内容或哈希被改动）"}');
    expect(verdictText(broken, 'en', t, time)).toContain('"reason":"hash mismatch"');
  });

  it('names an approval that recorded another chain head', () => {
    const v: ChainVerdict = { ...intact, intact: false, approvals: [{ version: 7, chainHead: 'x', expected: 'y', matches: false }] };
    expect(verdictText(v, 'zh-CN', t, time)).toBe('integrity.approvalMismatch {"version":7}');
  });
});
