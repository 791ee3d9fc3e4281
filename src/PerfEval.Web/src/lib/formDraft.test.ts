import { describe, expect, it } from 'vitest';
import { blankForm, claimedSum, insertRowAfter, removeRow, renameGroup, withIndicator } from './formDraft';
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
});
