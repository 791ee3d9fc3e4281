import { describe, expect, it } from 'vitest';
import { actorName, nameOf, type Names } from './names';

const names: Names = {
  findings: { TOTAL_NOT_SUM: { zh: '总分与各项得分合计不符', en: 'Total is not the sum of the scores' } },
  events: { EvaluationDrafted: { zh: '创建草稿', en: 'Draft created' } },
  sources: { 'import:PdfText': { zh: '导入（PDF文字）', en: 'imported (PDF text)' } },
  actors: { system: { zh: '系统', en: 'System' } },
};

describe('nameOf', () => {
  it('gives the name of a finding code and an event type in the UI language', () => {
    expect(nameOf(names, 'findings', 'TOTAL_NOT_SUM', 'zh-CN')).toBe('总分与各项得分合计不符');
    expect(nameOf(names, 'findings', 'TOTAL_NOT_SUM', 'en')).toBe('Total is not the sum of the scores');
    expect(nameOf(names, 'events', 'EvaluationDrafted', 'zh-CN')).toBe('创建草稿');
    expect(nameOf(names, 'events', 'EvaluationDrafted', 'en')).toBe('Draft created');
  });

  it('never shows the code itself, even for a code it does not know or before the catalogue is loaded', () => {
    expect(nameOf(names, 'findings', 'NEW_CODE', 'zh-CN')).toBe('其他问题');
    expect(nameOf(undefined, 'events', 'EvaluationDrafted', 'zh-CN')).toBe('其他操作');
    expect(nameOf(undefined, 'sources', 'import:Xlsx', 'zh-CN')).toBe('导入（Xlsx）');
  });
});

describe('actorName', () => {
  it('names the platform by the catalogue, and people by their names', () => {
    expect(actorName({ actorId: 'system', actorName: 'PerfEval Platform', userName: null }, names, 'zh-CN')).toBe('系统');
    expect(actorName({ actorId: null, actorName: null, userName: null }, names, 'en')).toBe('System');
    expect(actorName({ actorId: 'u1', actorName: '王审核', userName: 'u1' }, names, 'zh-CN')).toBe('王审核');
  });
});
