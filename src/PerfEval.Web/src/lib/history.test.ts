import { describe, expect, it } from 'vitest';
import { actorOf, documentPath, historyPagePath, historyPath, summaryOf } from './history';

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

  it('names who acted, the platform for its own steps', () => {
    expect(actorOf({ actorId: 'r1', actorName: '主管部门审核人', userName: 'reviewer' }, '平台')).toBe('主管部门审核人');
    expect(actorOf({ actorId: 'r1', actorName: null, userName: 'reviewer' }, '平台')).toBe('reviewer');
    expect(actorOf({ actorId: 'r1', actorName: null, userName: null }, '平台')).toBe('r1');
    expect(actorOf({ actorId: 'system', actorName: null, userName: null }, '平台')).toBe('平台');
    expect(actorOf({ actorId: null, actorName: null }, 'Platform')).toBe('Platform');
  });

  it('speaks the UI language, Chinese when English is missing', () => {
    const e = { summary: '审核人批复了绩效目标。', summaryEn: 'The reviewer approved the targets.' };
    expect(summaryOf(e, 'zh-CN')).toBe('审核人批复了绩效目标。');
    expect(summaryOf(e, 'en')).toBe('The reviewer approved the targets.');
    expect(summaryOf({ summary: '事件', summaryEn: '' }, 'en')).toBe('事件');
  });
});
