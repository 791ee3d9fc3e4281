import { describe, expect, it } from 'vitest';
import type { PublicForm } from '../api/types';
import { openDataPath, sheetOf } from './publicForm';

const published: PublicForm = {
  id: 'f1', fiscalYear: 2024, departmentId: 'dept-1', competentDepartment: '上海市青浦区总工会', projectName: '灵活就业工作经费',
  funds: {
    total: { initialBudget: 43.8, fullYearBudget: 43.8, rate: 99.98 }, currentAppropriation: {}, carryOver: {}, other: {},
    weight: 10, score: 10,
  },
  goals: { expected: '保障就业' },
  indicators: [{ level1: '产出指标', level2: '数量指标', name: '服务人数', target: '≥8000(人)', weight: 20, score: 20 }],
  weightsTotal: 100, finalTotal: 95.5, finalGrade: '优',
  hiddenFields: [{ key: 'implementingUnit', label: '实施单位', labelEn: 'Implementing unit' }],
};

describe('sheetOf', () => {
  it('draws withheld cells empty and keeps the public ones', () => {
    const sheet = sheetOf(published);
    expect(sheet.header.implementingUnit).toBe('');
    expect(sheet.funds.total.executed).toBeNull();
    expect(sheet.funds.total.fullYearBudget).toBe(43.8);
    expect(sheet.goals.actual).toBe('');
    expect(sheet.indicators[0].actual).toBe('');
    expect(sheet.indicators[0].target).toBe('≥8000(人)');
    expect(sheet.claimedGrade).toBeNull();
    expect(sheet.claimedTotal).toBeNull();
  });

  it('draws a published department-wide form as one, a form without a kind as a project', () => {
    expect(sheetOf({ ...published, kind: 'DepartmentWide', projectName: '部门整体支出' }).kind).toBe('departmentWide');
    expect(sheetOf({ ...published, kind: 'DepartmentWide' }).department).toBeUndefined();
    expect(sheetOf({ ...published, kind: 'Project' }).kind).toBeUndefined();
    expect(sheetOf(published).kind).toBeUndefined();
  });

  it('names the open-data files by year', () => {
    expect(openDataPath(2024, 'csv')).toBe('/public/api/open-data/2024.csv');
  });
});
