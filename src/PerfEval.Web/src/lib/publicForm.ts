import type { EvaluationForm, FundsRow, PublicForm, PublicFundsRow } from '../api/types';
import { isDepartmentWide } from './departmentWide';

const row = (r: PublicFundsRow): FundsRow => ({
  initialBudget: r.initialBudget ?? null,
  fullYearBudget: r.fullYearBudget ?? null,
  executed: r.executed ?? null,
  claimedRate: r.rate ?? null,
});

/**
 * A published form in the shape the official layout (FormSheet) draws: a withheld cell is empty, as the public
 * answer leaves it out; a department-wide form is drawn as one (部门整体支出绩效自评表). The final total and grade are shown beside the sheet, not in its self-assessed cells.
 */
export function sheetOf(p: PublicForm): EvaluationForm {
  return {
    // The department-wide form keeps its own title and funds rows; its department figures are not public.
    ...(isDepartmentWide(p) ? { kind: 'departmentWide' as const } : {}),
    header: { projectName: p.projectName, competentDepartment: p.competentDepartment, implementingUnit: p.implementingUnit ?? '', fiscalYear: p.fiscalYear },
    funds: {
      total: row(p.funds.total), currentAppropriation: row(p.funds.currentAppropriation), carryOver: row(p.funds.carryOver),
      other: row(p.funds.other), weight: p.funds.weight, claimedScore: p.funds.score ?? null,
    },
    goals: { expected: p.goals.expected ?? '', actual: p.goals.actual ?? '' },
    indicators: p.indicators.map((i) => ({
      level1: i.level1, level2: i.level2, name: i.name, target: i.target ?? '', actual: i.actual ?? '', weight: i.weight,
      claimedScore: i.score ?? null, deviationReason: i.deviationReason ?? null,
    })),
    claimedTotal: p.selfTotal ?? null,
    claimedGrade: null,
  };
}

/** The open-data files of a year, anonymous downloads. */
export const openDataPath = (year: number, format: 'csv' | 'json') => `/public/api/open-data/${year}.${format}`;
