import { describe, expect, it } from 'vitest';
import type { EvaluationForm } from '../api/types';
import { blankForm, changedCells, claimedSum, gradeOf, insertRowAfter, removeRow, renameGroup, totals, weightsTotal, withIndicator } from './formDraft';
import { groupRows } from './indicatorTable';

describe('form editing', () => {
  it('sums the claimed scores of the execution line and the indicators', () => {
    let form = blankForm(2025);
    form = { ...form, funds: { ...form.funds, claimedScore: 9.5 } };
    form = withIndicator(form, 0, { claimedScore: 45 });
    form = withIndicator(form, 2, { claimedScore: 8.25 });
    expect(claimedSum(form)).toBe(62.75);
  });

  it('adds a row inside the group it follows and renames a merged cell for every row it covers', () => {
    let form = insertRowAfter(blankForm(2025), 0);
    expect(form.indicators.map((r) => r.level2)).toEqual(['数量指标', '数量指标', '社会效益指标', '满意度指标'.replace('满意度指标', '服务对象满意度指标')]);
    form = renameGroup(form, groupRows(form.indicators, 0, 2), 2, '质量指标');
    expect(form.indicators.slice(0, 2).map((r) => r.level2)).toEqual(['质量指标', '质量指标']);
    expect(removeRow(form, 1).indicators).toHaveLength(3);
  });

  it('grades a total on the official bands (优 ≥ 90, 良 ≥ 80, 中 ≥ 60, else 差)', () => {
    expect(gradeOf(90)).toBe('优');
    expect(gradeOf(89.99)).toBe('良');
    expect(gradeOf(80)).toBe('良');
    expect(gradeOf(60)).toBe('中');
    expect(gradeOf(59.5)).toBe('差');
    expect(gradeOf(0)).toBe('差');
  });

  it('gives a draft 分值 100 (execution 10 and the three groups 50/30/10)', () => {
    expect(weightsTotal(blankForm(2025))).toBe(100);
  });

  it('recomputes 总分 from the cells, as the server checks it, and flags a claim that says otherwise', () => {
    let form = blankForm(2025);
    form = { ...form, funds: { ...form.funds, claimedScore: 10 } };
    form = withIndicator(form, 0, { claimedScore: 45 });
    form = withIndicator(form, 1, { claimedScore: 28 });
    form = withIndicator(form, 2, { claimedScore: 8 });
    expect(totals(form)).toEqual({ sum: 91, grade: '优', totalDiffers: false, gradeDiffers: false });
    const claimed = { ...form, claimedTotal: 95, claimedGrade: '良' };
    expect(totals(claimed)).toMatchObject({ sum: 91, grade: '优', totalDiffers: true, gradeDiffers: true });
  });

  it('names the cells an edit changed, so leaving can say what would be lost', () => {
    const before = blankForm(2025);
    let after: EvaluationForm = { ...before, header: { ...before.header, projectName: '会员卡项目' }, claimedGrade: '优' };
    after = withIndicator(after, 1, { claimedScore: 28 });
    expect(changedCells(before, after)).toEqual([
      { area: 'header', field: 'projectName' },
      { area: 'indicators', row: 1, field: 'claimedScore' },
      { area: 'total', field: 'claimedGrade' },
    ]);
    expect(changedCells(before, insertRowAfter(before, 2))).toEqual([{ area: 'indicators', row: 3, field: 'row' }]);
    expect(changedCells(before, before)).toEqual([]);
  });
});
