import { describe, expect, it } from 'vitest';
import { blankForm, changedCells, weightsTotal } from './formDraft';
import { departmentRates, emptyDepartment, isDepartmentWide, kindOfForm, prefillDepartmentHeader, titleOf, titleOfSummary } from './departmentWide';

describe('the department-wide form (部门整体支出绩效自评表)', () => {
  it('starts with 部门整体支出, blank department figures and the three common indicators, 100 points in all', () => {
    const form = blankForm(2025, 'departmentWide');
    expect(form.kind).toBe('departmentWide');
    expect(form.header.projectName).toBe('部门整体支出');
    expect(form.department).toEqual(emptyDepartment());
    expect(form.indicators.slice(0, 3).map((r) => [r.level1, r.level2, r.name, r.target, r.weight])).toEqual([
      ['投入指标', '预算配置', '在职人员控制率', '≤100%', 5],
      ['投入指标', '预算配置', '“三公”经费变动率', '≤0%', 5],
      ['投入指标', '预算配置', '重点支出安排率', '≥80%', 5],
    ]);
    expect(weightsTotal(form)).toBe(100);
    expect(blankForm(2025).kind).toBeUndefined();
  });

  it('computes the three rates from the sample department: 40 of 42 staff, 三公 18.60 vs 20.00, key 680 of 800', () => {
    const facts = { authorizedStaff: 42, actualStaff: 40, threePublicCurrent: 18.6, threePublicPrevious: 20, keyExpenditure: 680, projectExpenditure: 800 };
    expect(departmentRates(facts)).toEqual({ staffControl: 95.24, threePublicChange: -7, keyExpenditure: 85 });
  });

  it('leaves a rate blank while a figure it needs is missing or its divisor is 0', () => {
    expect(departmentRates(null)).toEqual({ staffControl: null, threePublicChange: null, keyExpenditure: null });
    expect(departmentRates({ ...emptyDepartment(), actualStaff: 40, authorizedStaff: 0, threePublicCurrent: 5, threePublicPrevious: 0, keyExpenditure: 10 }))
      .toEqual({ staffControl: null, threePublicChange: null, keyExpenditure: null });
    expect(departmentRates({ ...emptyDepartment(), threePublicCurrent: 22, threePublicPrevious: 20 }).threePublicChange).toBe(10);
  });

  it('reads a missing or differently cased kind as a project unless it says departmentWide', () => {
    expect(kindOfForm(undefined)).toBe('project');
    expect(kindOfForm('project')).toBe('project');
    expect(kindOfForm('DepartmentWide')).toBe('departmentWide');
    expect(isDepartmentWide({ kind: 'departmentWide' })).toBe(true);
    expect(isDepartmentWide({})).toBe(false);
  });

  it('fills 主管部门 and 实施单位 with the department while they are empty, and names a changed department figure', () => {
    const form = prefillDepartmentHeader(blankForm(2025, 'departmentWide'), '示例区市场监督管理局');
    expect([form.header.competentDepartment, form.header.implementingUnit]).toEqual(['示例区市场监督管理局', '示例区市场监督管理局']);
    const typed = { ...form, header: { ...form.header, implementingUnit: '自填' } };
    expect(prefillDepartmentHeader(typed, '示例区市场监督管理局')).toBe(typed);
    const edited = { ...form, department: { ...emptyDepartment(), actualStaff: 40 } };
    expect(changedCells(form, edited)).toEqual([{ area: 'department', field: 'actualStaff' }]);
  });

  it('titles a department-wide form by its department and a project form by its project', () => {
    const t = (key: string, options?: Record<string, unknown>) => `${key}:${String(options?.department)}`;
    const form = prefillDepartmentHeader(blankForm(2025, 'departmentWide'), '示例区市场监督管理局');
    expect(titleOf(form, t)).toBe('formKind.title:示例区市场监督管理局');
    expect(titleOf(blankForm(2025, 'departmentWide'), t)).toBe('部门整体支出');
    const project = blankForm(2025);
    expect(titleOf({ ...project, header: { ...project.header, projectName: '会员卡项目' } }, t)).toBe('会员卡项目');
  });

  it('titles a row of the forms list as it titles the form (the API spells the kind in PascalCase)', () => {
    const t = (key: string, options?: Record<string, unknown>) => `${key}:${String(options?.department)}`;
    const row = { projectName: '部门整体支出', competentDepartment: '', implementingUnit: '示例区市场监督管理局' };
    expect(titleOfSummary({ ...row, kind: 'DepartmentWide' }, t)).toBe('formKind.title:示例区市场监督管理局');
    expect(titleOfSummary({ ...row, kind: 'DepartmentWide', implementingUnit: '' }, t)).toBe('部门整体支出');
    expect(titleOfSummary({ ...row, kind: 'Project', projectName: '会员卡项目' }, t)).toBe('会员卡项目');
  });
});
