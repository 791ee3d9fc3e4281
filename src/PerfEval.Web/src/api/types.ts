// Shapes of the PerfEval HTTP API (camelCase JSON), as the UI reads them.

export type EvaluationStatus =
  | 'Draft' | 'Submitted' | 'InReview' | 'RevisionRequested' | 'Approved' | 'Rejected' | 'Published';

/** A review task's status (ReviewTaskStatus of the API). */
export type ReviewTaskStatus = 'Open' | 'Claimed' | 'Done';

/** A year report's status (YearReportStatus of the API). */
export type YearReportStatus = 'Queued' | 'Running' | 'Completed' | 'Failed';

export const statuses: EvaluationStatus[] =
  ['Draft', 'Submitted', 'InReview', 'RevisionRequested', 'Approved', 'Rejected', 'Published'];

export interface FundsRow {
  initialBudget: number | null;
  fullYearBudget: number | null;
  executed: number | null;
  claimedRate: number | null;
}

export interface IndicatorRow {
  level1: string;
  level2: string;
  name: string;
  target: string;
  actual: string;
  weight: number;
  claimedScore: number | null;
  deviationReason: string | null;
}

/** Which form a unit files: a project's 财政项目支出绩效自评表 or the 部门整体支出绩效自评表. A form without it is a project's. */
export type FormKind = 'project' | 'departmentWide';

/** 部门基本数据 of a department-wide form: staff counts and amounts in 万元, any of them possibly blank. */
export interface DepartmentFacts {
  authorizedStaff: number | null;
  actualStaff: number | null;
  threePublicCurrent: number | null;
  threePublicPrevious: number | null;
  keyExpenditure: number | null;
  projectExpenditure: number | null;
}

export interface EvaluationForm {
  /** Absent on a project's form (and on forms stored before the department-wide form existed). */
  kind?: FormKind;
  /** The department-wide form's figures; absent or null on a project's form. */
  department?: DepartmentFacts | null;
  header: { projectName: string; competentDepartment: string; implementingUnit: string; fiscalYear: number };
  funds: {
    total: FundsRow; currentAppropriation: FundsRow; carryOver: FundsRow; other: FundsRow;
    weight: number; claimedScore: number | null;
  };
  goals: { expected: string; actual: string };
  indicators: IndicatorRow[];
  claimedTotal: number | null;
  claimedGrade: string | null;
}

export interface Finding {
  code: string;
  severity: 'Error' | 'Warning' | 'Info';
  path: string;
  claimed: number | null;
  computed: number | null;
  message: string;
  messageEn: string;
}

export interface IndicatorResult {
  index: number;
  level1: string;
  level2: string;
  name: string;
  method: string;
  weight: number;
  claimedScore: number | null;
  ruleScore: number | null;
  band: { min: number; max: number; maxInclusive: boolean } | null;
  tier: string | null;
  computedScore: number;
}

export interface Scorecard {
  profileName: string;
  execution: {
    fullYearBudget: number | null; executed: number | null; rate: number | null; claimedRate: number | null;
    weight: number; claimedScore: number | null; computedScore: number;
  };
  indicators: IndicatorResult[];
  weightsTotal: number;
  claimedTotal: number | null;
  claimedSum: number;
  computedTotal: number;
  claimedGrade: string | null;
  computedGrade: string;
  findings: Finding[];
  /** The score preview only: a draft's blank cells, by label (shown beside the form, not as an error). */
  incomplete?: ProblemField[];
}

export interface ReviewComment {
  id: string; submission: number; text: string; indicatorIndex: number | null; reviewerId: string; reviewerName: string;
}

export interface RecheckEntry {
  target: { kind: 'Execution' | 'Indicator'; indicatorIndex: number | null };
  taskId: string;
  verifiedActual: string | null;
  selfScore: number | null;
  verifiedScore: number;
  clauseCode: string | null;
  clauseTitle: string | null;
  rulebookVersion: number | null;
  evidenceIds: string[];
  remark: string | null;
  reviewerId: string;
  reviewerName: string;
}

export interface RecheckFigures {
  entries: number; verifiedTotal: number; absoluteDifference: number; weights: number; deviation: number | null; quality: string | null;
}

export type ClauseKind = 'Zero' | 'DeductShare' | 'FullWeight' | 'Proportional' | 'Judgement';

export interface RecheckClause {
  code: string; title: string; titleEn: string; appliesTo: 'Execution' | 'Indicator' | 'Any'; kind: ClauseKind;
  share: number | null; level1: string | null;
}

export interface RulebookView { region: string; year: number; version: number; source: string; clauses: RecheckClause[] }

export interface ScoreAdjustment {
  target: { kind: 'Execution' | 'Indicator'; indicatorIndex: number | null };
  claimedScore: number | null;
  newScore: number;
  reason: string;
  reviewerId: string;
  reviewerName: string;
}

/** The written report's text sections (自评报告), saved with the form and frozen with it on submission. */
export interface ReportSections { basicInfo: string; goalCompletion: string; deviationAndImprovement: string; resultUse: string }

export interface Evaluation {
  id: string;
  /** Absent on forms read from an older API; treated as empty. */
  reportSections?: ReportSections;
  unitId: string;
  departmentId: string;
  fiscalYear: number;
  form: EvaluationForm;
  status: EvaluationStatus;
  source: string;
  submissions: number;
  scorecard: Scorecard | null;
  currentTask: {
    taskId: string; submission: number; dueDate: string | null; status: string;
    assigneeId: string | null; assigneeName: string | null;
  } | null;
  comments: ReviewComment[];
  adjustments: ScoreAdjustment[];
  /** The re-check (复核) entries of the current submission, the latest per cell. */
  rechecks?: RecheckEntry[];
  recheckFigures?: RecheckFigures;
  /** The re-check task of the latest sample (抽评) that drew the form. */
  recheckTask?: { drawId: string; task: { taskId: string; status: string; assigneeId: string | null; assigneeName: string | null } } | null;
  revisionReasons: string[];
  rejectionReason: string | null;
  finalTotal: number | null;
  finalGrade: string | null;
  version: number;
  createdAt: string;
  updatedAt: string;
  projectName: string;
  reviewedTotal: number;
  reviewedGrade: string;
  /** The supporting files (佐证材料) of the form and its indicators, oldest first. */
  evidence: EvidenceRef[];
  /** The approved targets the form was made from; their cells are locked. */
  fromTargets?: { targetId: string; versionNumber: number; content: TargetContent } | null;
}

/** The typed slot a supporting file is filed under. */
export type EvidenceSlot = 'Voucher' | 'AcceptanceReport' | 'SatisfactionSurvey' | 'Minutes' | 'Other';

export const evidenceSlots: EvidenceSlot[] = ['Voucher', 'AcceptanceReport', 'SatisfactionSurvey', 'Minutes', 'Other'];

/** One supporting file as the form records it; its bytes download from the evidence endpoint. */
export interface EvidenceRef {
  id: string;
  slot: EvidenceSlot;
  /** The indicator it supports; null: the whole form. */
  indicatorIndex: number | null;
  fileName: string;
  /** Sniffed from the content. */
  contentType: string;
  size: number;
  sha256: string;
  uploadedById: string;
  uploadedByName: string;
}

export interface Page<T> { items: T[]; page: number; pageSize: number; total: number }

/** One row of the forms list (`GET /api/evaluations`): what a list shows of a form; the whole form is read by id. */
export interface EvaluationSummary {
  id: string;
  unitId: string;
  departmentId: string;
  fiscalYear: number;
  /** 'Project' or 'DepartmentWide' (see `kindOfForm`). */
  kind: string;
  projectName: string;
  competentDepartment: string;
  implementingUnit: string;
  status: EvaluationStatus;
  claimedTotal: number | null;
  computedTotal: number | null;
  finalTotal: number | null;
  finalGrade: string | null;
  submissions: number;
  version: number;
  createdAt: string;
  updatedAt: string;
}

export interface ReviewTask {
  id: string;
  /** What the task reviews; evaluationId is that document's id (a form's or a target declaration's). */
  kind?: ReviewTaskKind;
  evaluationId: string;
  submission: number;
  unitId: string;
  departmentId: string;
  fiscalYear: number;
  projectName: string;
  /** The kind of the reviewed form; absent from older answers and on tasks that are not on a form (read as a project). */
  formKind?: FormKind;
  status: ReviewTaskStatus;
  openedAt: string;
  dueDate: string | null;
  assigneeId: string | null;
  assigneeName: string | null;
  doneAt: string | null;
  outcome: string | null;
}

export interface YearFigures {
  key: string;
  departmentId: string | null;
  forms: number;
  byStatus: Record<string, number>;
  budget: { initial: number; fullYear: number; executed: number; executionRate: number | null };
  averages: { claimed: number | null; computed: number | null; final: number | null };
  computedGrades: Record<string, number>;
  finalGrades: Record<string, number>;
  findingsByCode: Record<string, number>;
  indicatorsMostOftenBelowWeight: { name: string; forms: number }[];
  workload: { open: number; claimed: number; overdue: number };
}

export interface YearlyProjection {
  fiscalYear: number;
  departmentId: string | null;
  total: YearFigures;
  departments: YearFigures[];
  units: YearFigures[];
  /** The year's target declarations: the whole (or one department) and each department. */
  targets?: TargetYearFigures | null;
  /** The year's department-wide forms (部门整体支出绩效自评表), one row each; not counted in the figures above. */
  departmentWide?: FormFiguresRow[] | null;
}

/** One form's figures as the year's lists show them (amounts in 万元). */
export interface FormFiguresRow {
  evaluationId: string;
  departmentId: string;
  unitId: string;
  projectName: string;
  status: string;
  initialBudget: number | null;
  fullYearBudget: number | null;
  executed: number | null;
  claimedTotal: number | null;
  claimedGrade: string | null;
  computedTotal: number | null;
  computedGrade: string | null;
  finalTotal: number | null;
  finalGrade: string | null;
  findings: number;
}

/** A group's target declarations ("all" or a department id as key). */
export interface TargetFigures {
  key: string;
  declarations: number;
  byStatus: Record<string, number>;
  reviewGrades: Record<string, number>;
  adjustments: { requested: number; approved: number; rejected: number; pending: number };
  /** Approved declarations by latest light; NotReported without a report. */
  lights: Record<string, number>;
}

export interface TargetYearFigures { total: TargetFigures; departments: TargetFigures[] }

export interface HistoryEntry {
  version: number;
  type: string;
  summary: string;
  summaryEn: string;
  data?: unknown;
  actorId: string | null;
  actorName: string | null;
  userName?: string | null;
  timestamp: string;
  correlationId: string | null;
  eventId: string;
}

/** The kinds of document with a history: a self-evaluation form, or a target declaration. */
export type HistoryDocument = 'form' | 'targets';

/** A document's events in order (`/api/evaluations/{id}/history`, `/api/targets/{id}/history`). */
export interface HistoryView { evaluationId?: string; targetId?: string; events: HistoryEntry[] }

export interface Calendar {
  fiscalYear: number;
  selfEvaluationDue: string;
  reviewDue: string;
  reminderOffsetsDays: number[];
  timeZone: string;
  /** The monitoring round: the month reports run to, and when they are due (both or neither). */
  monitoringCutOffMonth?: number | null;
  monitoringDue?: string | null;
}

export interface YearReport {
  id: string;
  fiscalYear: number;
  status: YearReportStatus;
  requestedBy: string;
  requestedAt: string;
  completedAt: string | null;
  forms: number;
  error: string | null;
}

/** An import error; `where` and `text` are in the caller's language (labels, not JSON paths). */
export interface ImportError { location: string; expected: string; found: string; message: string; messageEn: string; where?: string; text?: string }

/** One failing field of a validation problem: the machine path, its label and a whole sentence, in the caller's language. */
export interface ProblemField { path: string; label: string | null; message: string }

export interface Problem {
  status: number;
  code?: string;
  title?: string;
  detail?: string;
  detailZh?: string;
  errors?: Record<string, string[]>;
  fields?: ProblemField[];
  importErrors?: ImportError[];
  cells?: LockedCellChange[];
}

/** The kind of document a review task reviews (ReviewTaskKind of the API). */
export type ReviewTaskKind = 'SelfEvaluation' | 'Targets' | 'TargetAdjustment' | 'Recheck' | 'Rectification';

export type TargetStatus = 'Draft' | 'Submitted' | 'InReview' | 'RevisionRequested' | 'Approved' | 'Rejected';

export const targetStatuses: TargetStatus[] = ['Draft', 'Submitted', 'InReview', 'RevisionRequested', 'Approved', 'Rejected'];

/** The monitoring light of a project (ExecutionLight of the API). */
export type Light = 'Green' | 'Yellow' | 'Red';

export interface TargetIndicator {
  level1: string;
  level2: string;
  name: string;
  /** 年度指标值 as written: "≥8000(人)" or a qualitative wording. */
  target: string;
  weight: number;
  scoringMethod: string | null;
}

/** A project's performance targets (绩效目标申报表): header, budget by source (万元), goals, indicators. */
export interface TargetContent {
  header: { projectName: string; competentDepartment: string; implementingUnit: string; fiscalYear: number };
  budget: { total: number | null; currentAppropriation: number | null; carryOver: number | null; other: number | null };
  goals: string;
  executionWeight: number;
  indicators: TargetIndicator[];
}

export interface ApprovedTargets { number: number; content: TargetContent; approvedBy: string; reason: string | null }

export interface TargetAdjustment {
  number: number;
  reason: string;
  content: TargetContent;
  status: 'Pending' | 'Approved' | 'Rejected';
  decidedBy: string | null;
  rejectionReason: string | null;
}

export interface IndicatorProgress { index: number; valueSoFar: string; onTrack: boolean; reason?: string | null; remedy?: string | null }

export interface MonitoringReport { cutOffMonth: number; executedToDate: number; indicators: IndicatorProgress[]; remark?: string | null }

export interface MonitoringAssessment {
  executionRate: number | null; elapsedShare: number; pace: number | null; light: Light; offTrack: number;
}

export interface TargetDeclaration {
  id: string;
  unitId: string;
  departmentId: string;
  fiscalYear: number;
  content: TargetContent;
  status: TargetStatus;
  submissions: number;
  findings: Finding[];
  currentTask: Evaluation['currentTask'];
  comments: ReviewComment[];
  revisionReasons: string[];
  rejectionReason: string | null;
  reviewGrade: string | null;
  versions: ApprovedTargets[];
  adjustments: TargetAdjustment[];
  monitoring: { report: MonitoringReport; assessment: MonitoringAssessment }[];
  approved: ApprovedTargets | null;
  pendingAdjustment: TargetAdjustment | null;
  light: Light | null;
  version: number;
  createdAt: string;
  updatedAt: string;
  projectName: string;
}

export interface MonitoringRow {
  targetId: string;
  projectName: string;
  unitId: string;
  implementingUnit: string;
  departmentId: string;
  competentDepartment: string;
  light: Light | null;
  cutOffMonth: number | null;
  executionRate: number | null;
  elapsedShare: number | null;
  pace: number | null;
  offTrack: number;
  versionNumber: number;
}

export interface MonitoringView { year: number; projects: MonitoringRow[]; red: number; yellow: number; green: number; notReported: number }

/** One locked cell a form changed (the 409 evaluation.locked_cells_changed answer's `cells`). */
export interface LockedCellChange { path: string; cell: string; approved: string; claimed: string }

/** The first broken link of a form's chain: where, what, when, why (`reason`: hash mismatch | missing hash | previous link mismatch). */
export interface BrokenLink { version: number; type: string; summary: string; summaryEn: string; at: string; reason: string; reasonZh: string }

/** `/api/evaluations/{id}/verify`: the form's hash chain recomputed from its stored events. */
export interface ChainVerdict {
  evaluationId: string;
  intact: boolean;
  events: number;
  /** Events written before the chain existed, at the start of the stream. */
  unchained: number;
  chainHead: string | null;
  firstBroken: BrokenLink | null;
  approvals: { version: number; chainHead: string | null; expected: string | null; matches: boolean | null }[];
}

/** One finding across forms and years (GET /api/cross-checks/{year}, GET /api/evaluations/{id}/cross-checks). */
export interface CrossCheckItem {
  evaluationId: string;
  fiscalYear: number;
  projectName: string;
  unitId: string;
  unitName: string;
  departmentId: string;
  code: string;
  severity: 'Error' | 'Warning' | 'Info';
  path: string;
  message: string;
  messageEn: string;
  otherEvaluationId: string | null;
  otherIndicatorIndex: number | null;
  otherProjectName: string | null;
  otherUnitId: string | null;
  otherUnitName: string | null;
  otherFiscalYear: number | null;
  /** The reader may open the other form. */
  otherReadable: boolean;
  /** The checked form's kind (部门整体 for the department-wide form). */
  formKind?: FormKind;
  /** The other form's kind; null when the finding names no other form. */
  otherFormKind?: FormKind | null;
}

export interface FormCrossChecks {
  evaluationId: string;
  checkedAt: string | null;
  findings: CrossCheckItem[];
}

export interface CrossCheckRun {
  runId: string;
  fiscalYear: number;
  status: 'Queued' | 'Running' | 'Completed' | 'Failed';
  requestedAt: string;
  completedAt: string | null;
  forms: number;
  findings: number;
  error: string | null;
}

export interface CrossCheckPage extends Page<CrossCheckItem> {
  byCode: Record<string, number>;
  run: CrossCheckRun | null;
}

/** A draw's filters (抽评): departments (empty for all), amount bounds in 万元, statuses. */
export interface SampleFilters { departmentIds: string[]; minAmount: number | null; maxAmount: number | null; statuses: EvaluationStatus[] }

/** A risk score and the parts it adds up from. */
export interface RiskParts { score: number; base: number; amount: number; scorecard: number; crossForm: number; deviation: number }

/** A drawn form with its risk and re-check task. */
export interface DrawnForm {
  evaluationId: string; version: number; projectName: string; unitId: string; departmentId: string; amount: number | null;
  stratum: string; risk: RiskParts; taskId: string | null; taskStatus: ReviewTaskStatus | null;
  taskAssigneeName: string | null; taskDueDate: string | null;
}

/** A draw (GET /api/sampling/{year}/{drawId}). */
export interface SampleDraw {
  id: string; fiscalYear: number; drawnAt: string; drawnById: string; drawnByName: string; seed: string; seedGiven: boolean;
  filters: SampleFilters; size: { count: number | null; share: number | null }; populationHash: string; populationCount: number;
  sampleCount: number; strata: { departmentId: string; populationCount: number; sampleCount: number }[]; selected: DrawnForm[];
}

/** A line of GET /api/sampling/{year}. */
export interface SampleDrawSummary {
  id: string; fiscalYear: number; drawnAt: string; drawnByName: string; seed: string; filters: SampleFilters;
  size: { count: number | null; share: number | null }; populationCount: number; sampleCount: number; populationHash: string;
}

/** GET /api/sampling/{year}/{drawId}/verify. */
export interface SampleVerification {
  drawId: string; matches: boolean; recordedPopulationHash: string; storedPopulationHash: string; storedPopulationIntact: boolean;
  redrawMatches: boolean; missing: string[]; extra: string[]; currentPopulationHash: string; currentPopulationCount: number;
  currentPopulationSame: boolean; message: string; messageEn: string;
}

/** A field of a published form an admin may withhold from the public site. */
export interface PublicField { key: string; label: string; labelEn: string }

export interface PublicFundsRow { initialBudget?: number; fullYearBudget?: number; executed?: number; rate?: number }

/** A published form as the public site shows it: members of withheld fields are absent. */
export interface PublicForm {
  id: string;
  fiscalYear: number;
  departmentId: string;
  competentDepartment: string;
  implementingUnit?: string;
  projectName: string;
  /** "Project" or "DepartmentWide" (部门整体支出绩效自评表); missing: a project's form. */
  kind?: string;
  funds: { total: PublicFundsRow; currentAppropriation: PublicFundsRow; carryOver: PublicFundsRow; other: PublicFundsRow; weight: number; score?: number };
  goals: { expected?: string; actual?: string };
  indicators: { level1: string; level2: string; name: string; target?: string; actual?: string; weight: number; score?: number; deviationReason?: string }[];
  weightsTotal: number;
  selfTotal?: number;
  finalTotal: number;
  finalGrade: string;
  hiddenFields: PublicField[];
}

export interface PublicFormSummary {
  id: string;
  fiscalYear: number;
  departmentId: string;
  competentDepartment: string;
  implementingUnit?: string;
  projectName: string;
  /** "Project" or "DepartmentWide"; missing: a project's form. */
  kind?: string;
  fullYearBudget?: number;
  finalTotal: number;
  finalGrade: string;
}

export interface PublicList extends Page<PublicFormSummary> { departments: { id: string; name: string }[] }

export interface PublicSettingsView {
  hiddenFields: string[];
  fields: (PublicField & { hidden: boolean })[];
  updatedAt: string | null;
  updatedBy: string | null;
}
/** Where a rectification notice (整改通知) stands. */
export type RectificationStatus = 'Issued' | 'Answered' | 'InReview' | 'Returned' | 'Accepted';

/** One problem of a notice, linked at most to a finding of the form and to a re-checked cell. */
export interface RectificationProblem { description: string; findingCode: string | null; recheckCell: string | null }

/** One answer of the unit and how it was decided. */
export interface RectificationRound {
  round: number;
  measures: string;
  evidence: { evidenceId: string; fileName: string }[];
  answeredByName: string;
  outcome: 'Pending' | 'Accepted' | 'Returned';
  remark: string | null;
  decidedByName: string | null;
}

/** A rectification notice (问题整改) as GET /api/rectifications/{id} answers it. */
export interface RectificationNotice {
  id: string;
  unitId: string;
  departmentId: string;
  fiscalYear: number;
  /** The form it is about; null for a notice about the unit as a whole. */
  evaluationId: string | null;
  /** The form's kind (部门整体 for the department-wide form); null for a notice about the unit. */
  formKind?: FormKind | null;
  subject: string;
  unitName: string;
  problems: RectificationProblem[];
  requirement: string;
  deadline: string;
  issuedById: string;
  issuedByName: string;
  status: RectificationStatus;
  rounds: RectificationRound[];
  currentTask: Evaluation['currentTask'];
  version: number;
  createdAt: string;
  updatedAt: string;
}

/** Next year's budget advice of a project (结果应用). */
export type AdviceKind = 'Priority' | 'Maintain' | 'Cut' | 'CancelOrSuspend';

/** One approved project's row of GET /api/budget-advice/{year}. */
export interface BudgetAdviceRow {
  evaluationId: string;
  projectName: string;
  unitId: string;
  unitName: string;
  departmentId: string;
  departmentName: string;
  budget: number | null;
  finalTotal: number | null;
  finalGrade: string | null;
  deviation: number | null;
  rectification: 'None' | 'Completed' | 'Open' | 'Overdue';
  computed: { kind: AdviceKind; cutPercent: number | null; reasons: string[]; reasonsEn: string[]; label: string };
  override: { advice: AdviceKind; cutPercent: number | null; reason: string; managerName: string } | null;
  advice: AdviceKind;
  cutPercent: number | null;
  adviceLabel: string;
  referenceAmount: number | null;
}

export interface BudgetAdviceView { fiscalYear: number; departmentId: string | null; cutPercent: number; deviationThreshold: number; rows: BudgetAdviceRow[] }

/** POST /api/evaluations/import: what became of each form found in the document (preview, per-form or all). */
export type ImportFormStatus = 'Read' | 'Incomplete' | 'Refused';

export interface ImportFormReport {
  index: number;
  status: ImportFormStatus;
  layout: string;
  location: string;
  projectName: string | null;
  fiscalYear: number | null;
  id: string | null;
  problems: ImportError[];
  findings: Finding[];
  form: EvaluationForm | null;
}

export interface ImportResponse {
  format: string;
  mode: 'all' | 'per-form' | 'preview';
  created: { id: string; projectName: string; fiscalYear: number; etag: string }[];
  forms: ImportFormReport[];
  skipped: { location: string; text: string }[];
}
