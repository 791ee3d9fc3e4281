import type { DepartmentFacts, EvaluationForm, FormKind, IndicatorRow } from '../api/types';

/** The fixed 项目名称 of a department-wide form (部门整体支出绩效自评表). */
export const departmentWideProject = '部门整体支出';

/**
 * The kind of a form, a review task or a listed row: 'departmentWide' for the department-wide form, 'project' otherwise
 * (a missing value is a project's form; the spelling's case is not relied on).
 */
export function kindOfForm(kind: string | null | undefined): FormKind {
  return kind != null && kind.toLowerCase() === 'departmentwide' ? 'departmentWide' : 'project';
}

export const isDepartmentWide = (form: { kind?: string | null } | null | undefined) => kindOfForm(form?.kind) === 'departmentWide';

export const emptyDepartment = (): DepartmentFacts => ({
  authorizedStaff: null, actualStaff: null, threePublicCurrent: null, threePublicPrevious: null, keyExpenditure: null, projectExpenditure: null,
});

/** The department's six figures in the order the 部门基本数据 block shows them; staff counts are whole numbers. */
export const departmentFields: readonly { key: keyof DepartmentFacts; staff: boolean }[] = [
  { key: 'authorizedStaff', staff: true },
  { key: 'actualStaff', staff: true },
  { key: 'threePublicCurrent', staff: false },
  { key: 'threePublicPrevious', staff: false },
  { key: 'keyExpenditure', staff: false },
  { key: 'projectExpenditure', staff: false },
];

/** Rounds to two decimals, halves away from zero (as the rules do). */
const round2 = (n: number) => Math.sign(n) * Math.round(Math.abs(n) * 100) / 100;

/** The three rates the common indicators are scored from, in percent, each null while a figure it needs is blank or 0. */
export interface DepartmentRates { staffControl: number | null; threePublicChange: number | null; keyExpenditure: number | null }

/**
 * 在职人员控制率 = 在职人员数 ÷ 编制数 × 100; “三公”经费变动率 = (本年度 − 上年度) ÷ 上年度 × 100;
 * 重点支出安排率 = 重点项目支出 ÷ 项目支出合计 × 100 (docs/domain-rules.md, the department-wide form).
 */
export function departmentRates(facts: DepartmentFacts | null | undefined): DepartmentRates {
  const f = facts ?? emptyDepartment();
  const ratio = (top: number | null, bottom: number | null) => (top == null || bottom == null || bottom <= 0 ? null : round2((top / bottom) * 100));
  return {
    staffControl: ratio(f.actualStaff, f.authorizedStaff),
    threePublicChange: f.threePublicCurrent == null ? null : ratio(f.threePublicCurrent - (f.threePublicPrevious ?? 0), f.threePublicPrevious),
    keyExpenditure: ratio(f.keyExpenditure, f.projectExpenditure),
  };
}

const row = (level1: string, level2: string, name: string, target: string, weight: number): IndicatorRow => ({
  level1, level2, name, target, actual: '', weight, claimedScore: null, deviationReason: null,
});

/** The three common indicators (共性指标) a department-wide form starts with, 5 points each. */
export const commonIndicatorRows = (): IndicatorRow[] => [
  row('投入指标', '预算配置', '在职人员控制率', '≤100%', 5),
  row('投入指标', '预算配置', '“三公”经费变动率', '≤0%', 5),
  row('投入指标', '预算配置', '重点支出安排率', '≥80%', 5),
];

/**
 * A blank department-wide form: 项目名称 部门整体支出, the department's figures blank, the three common indicators and
 * one row of each other level-1 group for the department's own indicators; the weights add up to 100 with the
 * execution line.
 */
export function blankDepartmentWide(form: EvaluationForm): EvaluationForm {
  return {
    ...form,
    kind: 'departmentWide',
    department: emptyDepartment(),
    header: { ...form.header, projectName: departmentWideProject },
    indicators: [
      ...commonIndicatorRows(),
      row('产出指标', '数量指标', '', '', 35),
      row('效益指标', '社会效益指标', '', '', 30),
      row('满意度指标', '服务对象满意度指标', '', '', 10),
    ],
  };
}

/**
 * A new department-wide form's 主管部门 and 实施单位: both the signed-in unit's department, while those cells are empty.
 */
export function prefillDepartmentHeader(form: EvaluationForm, departmentName: string | null | undefined): EvaluationForm {
  if (!departmentName) return form;
  const header = {
    ...form.header,
    competentDepartment: form.header.competentDepartment || departmentName,
    implementingUnit: form.header.implementingUnit || departmentName,
  };
  return header.competentDepartment === form.header.competentDepartment && header.implementingUnit === form.header.implementingUnit
    ? form : { ...form, header };
}

type Translate = (key: string, options?: Record<string, unknown>) => string;

/**
 * What a page calls a form: a project's form by its 项目名称, the department-wide form by its department
 * ("示例区市场监督管理局 部门整体支出").
 */
export function titleOf(form: Pick<EvaluationForm, 'kind' | 'header'>, t: Translate): string {
  return titleOfSummary({ kind: form.kind, ...form.header }, t);
}

/** {@link titleOf} for a row of the forms list, which carries the header's names flat. */
export function titleOfSummary(
  form: { kind?: string | null; projectName: string; competentDepartment?: string | null; implementingUnit?: string | null },
  t: Translate,
): string {
  if (!isDepartmentWide(form)) return form.projectName;
  const department = form.competentDepartment || form.implementingUnit;
  return department ? t('formKind.title', { department }) : form.projectName;
}
