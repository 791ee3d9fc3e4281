import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';

const zh = {
  app: { title: '财政项目支出绩效自评平台', short: '绩效自评', language: 'English', signOut: '退出', skip: '跳到主要内容' },
  nav: { myForms: '我的自评表', newForm: '新建自评表', inbox: '审核任务', dashboard: '年度看板', reports: '报表', sampling: '抽评', calendar: '截止日期设置', targets: '绩效目标', monitoring: '运行监控' },
  roles: { unit: '填报单位', reviewer: '审核人', manager: '管理处', admin: '管理员' },
  signIn: {
    title: '登录', devTitle: '演示用户（仅限开发环境）',
    devNote: '本地运行时可直接选择演示用户登录，由平台签发开发令牌。生产环境不提供此功能。',
    as: '以此身份登录', oidc: '使用统一身份认证登录', oidcMissing: '未配置统一身份认证（OpenID Connect），且开发令牌已关闭。请联系系统管理员。',
    callback: '正在完成登录…', failed: '登录失败',
  },
  status: { Draft: '草稿', Submitted: '已提交', InReview: '审核中', RevisionRequested: '退回修改', Approved: '已通过', Rejected: '未通过', Published: '已公开' },
  taskStatus: { Open: '待领取', Claimed: '已领取', Done: '已完成' },
  common: {
    year: '年度', status: '状态', all: '全部', project: '项目名称', unit: '实施单位', department: '主管部门', actions: '操作',
    open: '打开', save: '保存', cancel: '取消', loading: '加载中…', none: '暂无', refresh: '刷新', confirm: '确定',
    updated: '更新时间', created: '创建时间', download: '下载', reason: '理由', version: '版本', error: '出错了',
    saved: '已保存', back: '返回',
  },
  unit: {
    myForms: '我的自评表', import: '导入文件', importHint: '支持 .txt（PDF 文本）、.xlsx（官方版式）、.json；导入后为草稿。',
    imported: '已导入 {{count}} 份草稿', importFailed: '文件无法导入，未保存任何自评表', template: '下载空白模板',
    newForm: '新建', submit: '提交审核', submitted: '已提交审核', downloadXlsx: '下载 xlsx', edit: '编辑', view: '查看',
    resubmit: '修改后重新提交', claimedTotal: '自评总分', computedTotal: '规则得分', finalTotal: '审定得分',
  },
  form: {
    sheetTitle: '财政项目支出绩效自评表', yearTitle: '（{{year}}年度）', projectName: '项目名称', competentDepartment: '主管部门',
    implementingUnit: '实施单位', funds: '项目资金（万元）', initialBudget: '年初预算数', fullYearBudget: '全年预算数',
    executed: '全年执行数', weight: '分值', rate: '执行率(%)', score: '得分', total: '年度资金总额',
    currentAppropriation: '其中：当年财政拨款', carryOver: '上年结转资金', other: '其他资金',
    goals: '年度总体目标', expected: '预期目标', actual: '实际完成情况',
    level1: '一级指标', level2: '二级指标', level3: '三级指标', target: '年度指标值', actualValue: '实际完成值',
    deviation: '偏差原因分析及改进措施', totalScore: '总分', grade: '自评等级', claimed: '自评', computed: '规则',
    reviewed: '审核', addRow: '在下方加一行', removeRow: '删除此行', liveTitle: '实时规则评分', liveHint: '编辑时按评分规则即时计算（不保存）。',
    liveInvalid: '表格尚不完整，补全后显示规则评分：', findings: '发现的问题', noFindings: '未发现问题', computedGrade: '规则等级',
    claimedSum: '自评分合计', edit: '编辑自评表', create: '新建自评表', saveDraft: '保存草稿', conflict: '该表已被他人修改，请刷新后再试。',
    comments: '审核意见', adjustments: '审核调整', revisionReasons: '退回修改理由', rejection: '不通过理由', indicatorN: '第 {{n}} 项指标',
    execution: '预算执行率', adjustedTo: '调整为 {{score}}', formComment: '对整表',
  },
  reviewer: {
    inbox: '审核任务', onlyMine: '只看我领取的', claim: '领取', release: '放回', openReview: '审核', due: '截止日期', opened: '提交时间',
    overdue: '已逾期', daysLeft: '剩 {{n}} 天', noDue: '未设截止', assignee: '领取人', submission: '第 {{n}} 次提交',
    comment: '添加意见', commentText: '意见内容', target: '针对', adjust: '调整得分', newScore: '调整后得分', reason: '调整理由',
    requestRevision: '退回修改', revisionReasons: '退回理由（每行一条）', approve: '审核通过', reject: '不通过', rejectReason: '不通过理由',
    claimedVsComputed: '自评与规则对照', claimFirst: '请先在任务列表中领取此任务，才能审核。', done: '操作成功',
  },
  manager: {
    dashboard: '年度看板', forms: '自评表数', executionRate: '预算执行率', avgClaimed: '平均自评分', avgComputed: '平均规则分',
    avgFinal: '平均审定分', gradeDistribution: '等级分布', gradeBasis: { final: '（审定等级）', computed: '（规则等级）' },
    executionByDept: '各部门预算执行率(%)', averages: '平均得分', findingsByCode: '问题类型统计', formsByStatus: '各状态表数',
    workload: '审核工作量', open: '待领取', claimed: '审核中', overdue: '逾期', department: '部门', drill: '查看部门',
    departmentForms: '部门 {{id}} 的自评表', timeline: '审计时间线', stateAsOf: '该时刻的表单状态', actor: '操作人',
    event: '事件', at: '时间', showState: '查看当时状态', units: '各单位',
    noForms: '该年度暂无自评表', platform: '平台',
    targets: {
      title: '绩效目标', declarations: '申报数', byStatus: '各状态申报数', grades: '审核等级', adjustments: '调整申请',
      lights: '监控灯（已批复）', none: '该年度暂无绩效目标申报', noGrades: '尚无批复', requested: '申请', approved: '已批准',
      rejected: '未批准', pending: '审核中', departments: '各部门绩效目标',
    },
  },
  sampling: {
    title: '抽评', draw: '抽取', drawn: '已抽取', departments: '部门（可多选，留空为全部）', minAmount: '金额下限（万元）', maxAmount: '金额上限（万元）',
    statuses: '状态', sizeBy: '样本量', byCount: '按数量', byShare: '按比例', count: '数量', share: '比例（0–1）', seed: '随机种子（可选）',
    result: '样本', population: '总体', populationHash: '总体哈希', strata: '分层（部门）', amount: '金额（万元）', risk: '风险分', riskParts: '构成',
    parts: { base: '基础', amount: '金额', scorecard: '评分发现', crossForm: '跨表检查', deviation: '上年偏离度' },
    task: '复核任务', noTask: '未开任务', verify: '验证', verified: '验证通过：重新抽取的样本与记录一致', notVerified: '验证未通过',
    currentSame: '当前总体与抽取时一致', currentChanged: '当前总体已变化（仅供参考）', past: '历次抽评', drawnAt: '抽取时间', drawnBy: '抽取人',
    open: '查看', export: '导出（JSON）', seedGiven: '指定', seedGenerated: '系统生成',
  },
  reports: { title: '年度报表', request: '生成报表', requested: '已提交生成请求', requestedAt: '申请时间', completedAt: '完成时间', forms: '表数', xlsx: 'xlsx', json: 'json', status: { Queued: '排队中', Running: '生成中', Completed: '已完成', Failed: '失败' } },
  calendar: {
    title: '截止日期设置', selfDue: '自评截止日期', reviewDue: '审核截止日期', offsets: '提前提醒天数', timeZone: '时区',
    notSet: '该年度尚未设置截止日期', ofYear: '{{year}}年度截止日期', saved: '截止日期已保存', adminOnly: '仅管理员可修改。',
    monitoring: '运行监控报送（可选）', cutOffMonth: '监控截止月份', monitoringDue: '监控报送截止日期',
    monitoringHint: '两项须同时填写或同时留空；报送截止日期应在截止月份结束之后、自评截止日期之前。截止前每日提醒填报单位。',
    monitoringRound: '截至 {{month}} 月，{{due}} 前报送', noMonitoring: '未设置',
    invalid: {
      selfEvaluationDue: '请填写自评截止日期', reviewDue: '请填写审核截止日期', timeZone: '未知的时区（例如 Asia/Shanghai）',
      reminderOffsetsDays: '提前提醒天数应为 0 到 366 之间互不相同的整数，最多 20 个', year: '年度超出可设置的范围',
    },
  },
  targets: {
    title: '绩效目标', declare: '申报绩效目标', sheetTitle: '项目支出绩效目标申报表', edit: '编辑绩效目标', view: '查看',
    budget: '项目资金（万元）', source: '资金来源', amount: '金额', goals: '年度总体目标', executionWeight: '预算执行率分值',
    scoringMethod: '评分方法', weightsTotal: '分值合计', grade: '审核等级', light: '监控灯', versions: '已批复版本',
    versionN: '第 {{n}} 版', approvedBy: '批复人', adjustReason: '调整理由', adjust: '申请调整', adjustments: '调整申请',
    adjustSubmit: '提交调整申请', adjustPending: '调整申请审核中', adjustStatus: { Pending: '审核中', Approved: '已批准', Rejected: '未批准' },
    monitoring: '运行监控', reportMonitoring: '填报运行监控', cutOffMonth: '截止月份', executedToDate: '截至目前执行数（万元）',
    valueSoFar: '截至目前完成值', onTrack: '能否完成', yes: '能', no: '不能', reason: '原因', remedy: '纠偏措施', remark: '其他说明',
    monitoringSaved: '运行监控已填报', latestLight: '最新监控结果', noMonitoring: '尚未填报运行监控',
    createEvaluation: '从绩效目标创建自评表', submitConfirm: '申报表仍有 {{n}} 个错误，确定提交审核？', submitted: '已提交审核',
    checks: '申报检查', checksHint: '保存后按申报规则检查（年度指标值、分值、指标类别）。', saveFirst: '保存草稿后显示检查结果。',
    none: '该年度暂无绩效目标申报表', alreadyDeclared: '该项目本年度已申报，请打开已有的申报表。', approvedVersion: '已批复版本（第 {{n}} 版）',
    requestedVersion: '申请调整为', changedHint: '有底色的单元格为调整内容。', month: '{{n}} 月', monthUnit: '月',
    reportDue: '报送截止日期 {{due}}', history: '历史记录', stateAsOf: '该时刻的申报表状态',
  },
  targetStatus: { Draft: '草稿', Submitted: '已提交', InReview: '审核中', RevisionRequested: '退回修改', Approved: '已批复', Rejected: '不予通过' },
  light: { Red: '红灯', Yellow: '黄灯', Green: '绿灯', none: '未填报' },
  kind: { SelfEvaluation: '自评表', Targets: '绩效目标', TargetAdjustment: '目标调整', Recheck: '复核' },
  targetReview: {
    approve: '批复通过', approveConfirm: '以“{{grade}}”等级批复通过？', reject: '不予通过', grade: '审核等级', choose: '请选择',
    approveAdjustment: '批准调整', rejectAdjustment: '不批准调整', adjustmentN: '第 {{n}} 次调整申请', kind: '类型',
  },
  monitoringView: {
    title: '运行监控', red: '红灯', yellow: '黄灯', green: '绿灯', notReported: '未填报', executionRate: '预算执行率',
    elapsedShare: '时间进度', pace: '执行进度比', offTrack: '不能完成的指标', cutOff: '截止月份', version: '批复版本', allDepartments: '全部部门',
    none: '该年度暂无已批复的绩效目标',
  },
  locked: {
    notice: '以下单元格来自已批复的绩效目标（第{{n}}版），不可修改', cell: '单元格', approved: '批复值', claimed: '填报值',
    changed: '以下单元格来自已批复的绩效目标，不能修改：', tag: '已锁定',
  },
  errors: { forbidden: '无权访问', notFound: '未找到', network: '无法连接到平台', field: '字段', location: '位置', expected: '应为', found: '实际' },
};

type Resources = typeof zh;

const en: Resources = {
  app: { title: 'Project Expenditure Performance Self-Evaluation', short: 'PerfEval', language: '中文', signOut: 'Sign out', skip: 'Skip to main content' },
  nav: { myForms: 'My forms', newForm: 'New form', inbox: 'Review tasks', dashboard: 'Yearly dashboard', reports: 'Reports', sampling: 'Sampling', calendar: 'Due dates', targets: 'Targets', monitoring: 'Monitoring' },
  roles: { unit: 'Unit', reviewer: 'Reviewer', manager: 'Management', admin: 'Admin' },
  signIn: {
    title: 'Sign in', devTitle: 'Demo users (development only)',
    devNote: 'In local runs you can sign in as a demo user; the platform issues a development token. Production has no such feature.',
    as: 'Sign in as this user', oidc: 'Sign in with your organisation account', oidcMissing: 'No OpenID Connect authority is configured and dev tokens are off. Ask your administrator.',
    callback: 'Completing sign-in…', failed: 'Sign-in failed',
  },
  status: { Draft: 'Draft', Submitted: 'Submitted', InReview: 'In review', RevisionRequested: 'Revision requested', Approved: 'Approved', Rejected: 'Rejected', Published: 'Published' },
  taskStatus: { Open: 'Open', Claimed: 'Claimed', Done: 'Done' },
  common: {
    year: 'Year', status: 'Status', all: 'All', project: 'Project', unit: 'Implementing unit', department: 'Department', actions: 'Actions',
    open: 'Open', save: 'Save', cancel: 'Cancel', loading: 'Loading…', none: 'None', refresh: 'Refresh', confirm: 'OK',
    updated: 'Updated', created: 'Created', download: 'Download', reason: 'Reason', version: 'Version', error: 'Something went wrong',
    saved: 'Saved', back: 'Back',
  },
  unit: {
    myForms: 'My forms', import: 'Import a file', importHint: '.txt (PDF text), .xlsx (official layout) or .json; imported forms are drafts.',
    imported: '{{count}} draft(s) imported', importFailed: 'The file could not be imported; no form was stored', template: 'Blank template',
    newForm: 'New', submit: 'Submit for review', submitted: 'Submitted for review', downloadXlsx: 'Download xlsx', edit: 'Edit', view: 'View',
    resubmit: 'Revise and resubmit', claimedTotal: 'Claimed total', computedTotal: 'Rule total', finalTotal: 'Final total',
  },
  form: {
    sheetTitle: 'Project expenditure performance self-evaluation form', yearTitle: '(fiscal year {{year}})', projectName: 'Project',
    competentDepartment: 'Competent department', implementingUnit: 'Implementing unit', funds: 'Funds (10k yuan)',
    initialBudget: 'Initial budget', fullYearBudget: 'Full-year budget', executed: 'Executed', weight: 'Weight', rate: 'Rate (%)',
    score: 'Score', total: 'Total funds', currentAppropriation: 'of which: appropriation', carryOver: 'Carried over', other: 'Other funds',
    goals: 'Annual goals', expected: 'Expected', actual: 'Achieved',
    level1: 'Level 1', level2: 'Level 2', level3: 'Indicator', target: 'Target', actualValue: 'Actual',
    deviation: 'Deviation reason and improvement', totalScore: 'Total', grade: 'Claimed grade', claimed: 'Claimed', computed: 'Rule',
    reviewed: 'Reviewed', addRow: 'Add a row below', removeRow: 'Remove this row', liveTitle: 'Live rule scoring', liveHint: 'Computed by the scoring rules as you edit (not stored).',
    liveInvalid: 'The form is not complete yet; rule scores appear once it is:', findings: 'Findings', noFindings: 'No findings', computedGrade: 'Rule grade',
    claimedSum: 'Sum of claims', edit: 'Edit form', create: 'New form', saveDraft: 'Save draft', conflict: 'Someone else changed this form; reload and try again.',
    comments: 'Reviewer comments', adjustments: 'Reviewer adjustments', revisionReasons: 'Revision reasons', rejection: 'Rejection reason', indicatorN: 'Indicator {{n}}',
    execution: 'Budget execution', adjustedTo: 'adjusted to {{score}}', formComment: 'Whole form',
  },
  reviewer: {
    inbox: 'Review tasks', onlyMine: 'Only mine', claim: 'Claim', release: 'Release', openReview: 'Review', due: 'Due', opened: 'Submitted',
    overdue: 'Overdue', daysLeft: '{{n}} day(s) left', noDue: 'No due date', assignee: 'Assignee', submission: 'Submission {{n}}',
    comment: 'Add comment', commentText: 'Comment', target: 'About', adjust: 'Adjust score', newScore: 'New score', reason: 'Reason',
    requestRevision: 'Request revision', revisionReasons: 'Reasons (one per line)', approve: 'Approve', reject: 'Reject', rejectReason: 'Rejection reason',
    claimedVsComputed: 'Claimed vs computed', claimFirst: 'Claim this task in the inbox before reviewing it.', done: 'Done',
  },
  manager: {
    dashboard: 'Yearly dashboard', forms: 'Forms', executionRate: 'Execution rate', avgClaimed: 'Average claimed', avgComputed: 'Average rule score',
    avgFinal: 'Average final', gradeDistribution: 'Grade distribution', gradeBasis: { final: '(final grades)', computed: '(rule grades)' },
    executionByDept: 'Execution rate by department (%)', averages: 'Average scores', findingsByCode: 'Findings by code', formsByStatus: 'Forms by status',
    workload: 'Review workload', open: 'Open', claimed: 'In review', overdue: 'Overdue', department: 'Department', drill: 'Open department',
    departmentForms: 'Forms of department {{id}}', timeline: 'Audit timeline', stateAsOf: 'The form as of this event', actor: 'Who',
    event: 'What', at: 'When', showState: 'Show state then', units: 'Units',
    noForms: 'No self-evaluation forms for this year yet', platform: 'Platform',
    targets: {
      title: 'Targets', declarations: 'Declarations', byStatus: 'Declarations by status', grades: 'Review grades', adjustments: 'Adjustments',
      lights: 'Monitoring lights (approved)', none: 'No target declarations for this year yet', noGrades: 'None approved yet', requested: 'Requested',
      approved: 'Approved', rejected: 'Rejected', pending: 'Pending', departments: 'Targets by department',
    },
  },
  sampling: {
    title: 'Sampling', draw: 'Draw', drawn: 'Drawn', departments: 'Departments (empty for all)', minAmount: 'Least amount (10k CNY)', maxAmount: 'Greatest amount (10k CNY)',
    statuses: 'Statuses', sizeBy: 'Size', byCount: 'Count', byShare: 'Share', count: 'Count', share: 'Share (0–1)', seed: 'Seed (optional)',
    result: 'Sample', population: 'Population', populationHash: 'Population hash', strata: 'Strata (departments)', amount: 'Amount (10k CNY)', risk: 'Risk', riskParts: 'Parts',
    parts: { base: 'base', amount: 'amount', scorecard: 'scorecard findings', crossForm: 'cross-form checks', deviation: 'previous deviation' },
    task: 'Re-check task', noTask: 'no task', verify: 'Verify', verified: 'Verified: the redraw matches the recorded sample', notVerified: 'Not verified',
    currentSame: "Today's population is the same as at the draw", currentChanged: "Today's population has changed (for information)", past: 'Past draws', drawnAt: 'Drawn at', drawnBy: 'Drawn by',
    open: 'Open', export: 'Export (JSON)', seedGiven: 'given', seedGenerated: 'generated',
  },
  reports: { title: 'Yearly reports', request: 'Build report', requested: 'Report requested', requestedAt: 'Requested', completedAt: 'Completed', forms: 'Forms', xlsx: 'xlsx', json: 'json', status: { Queued: 'Queued', Running: 'Running', Completed: 'Completed', Failed: 'Failed' } },
  calendar: {
    title: 'Due dates', selfDue: 'Self-evaluation due', reviewDue: 'Review due', offsets: 'Reminder days before', timeZone: 'Time zone',
    notSet: 'No due dates are set for this year', ofYear: 'Due dates of {{year}}', saved: 'Due dates saved', adminOnly: 'Only administrators can change them.',
    monitoring: 'Monitoring round (optional)', cutOffMonth: 'Monitoring cut-off month', monitoringDue: 'Monitoring reports due',
    monitoringHint: 'Both or neither; reports fall due after the cut-off month ends and before the self-evaluations. Units are reminded daily until then.',
    monitoringRound: 'to month {{month}}, due {{due}}', noMonitoring: 'Not set',
    invalid: {
      selfEvaluationDue: 'Enter the self-evaluation due date', reviewDue: 'Enter the review due date', timeZone: 'Unknown time zone (e.g. Asia/Shanghai)',
      reminderOffsetsDays: 'Reminder days are distinct whole numbers from 0 to 366, at most 20', year: 'The year is out of range',
    },
  },
  targets: {
    title: 'Targets', declare: 'Declare targets', sheetTitle: 'Project expenditure performance targets', edit: 'Edit targets', view: 'View',
    budget: 'Funds (10k yuan)', source: 'Source', amount: 'Amount', goals: 'Annual goals', executionWeight: 'Budget execution weight',
    scoringMethod: 'Scoring method', weightsTotal: 'Weights total', grade: 'Review grade', light: 'Light', versions: 'Approved versions',
    versionN: 'Version {{n}}', approvedBy: 'Approved by', adjustReason: 'Reason for the adjustment', adjust: 'Request an adjustment', adjustments: 'Adjustments',
    adjustSubmit: 'Submit the adjustment', adjustPending: 'Adjustment under review', adjustStatus: { Pending: 'Pending', Approved: 'Approved', Rejected: 'Rejected' },
    monitoring: 'Monitoring', reportMonitoring: 'Report monitoring', cutOffMonth: 'Cut-off month', executedToDate: 'Executed to date (10k yuan)',
    valueSoFar: 'Value so far', onTrack: 'On track', yes: 'Yes', no: 'No', reason: 'Reason', remedy: 'Remedy', remark: 'Remark',
    monitoringSaved: 'Monitoring reported', latestLight: 'Latest monitoring', noMonitoring: 'No monitoring reported yet',
    createEvaluation: 'Start the self-evaluation from these targets', submitConfirm: 'The declaration still has {{n}} error(s). Submit anyway?', submitted: 'Submitted for review',
    checks: 'Declaration checks', checksHint: 'Checked by the declaration rules after saving (target values, weights, categories).', saveFirst: 'Save the draft to see the checks.',
    none: 'No declarations for this year', alreadyDeclared: 'This project is already declared for the year; open the existing declaration.', approvedVersion: 'Approved (version {{n}})',
    requestedVersion: 'Requested', changedHint: 'Shaded cells are the requested changes.', month: 'month {{n}}', monthUnit: '',
    reportDue: 'Reports due {{due}}', history: 'History', stateAsOf: 'The declaration as of this event',
  },
  targetStatus: { Draft: 'Draft', Submitted: 'Submitted', InReview: 'In review', RevisionRequested: 'Revision requested', Approved: 'Approved', Rejected: 'Rejected' },
  light: { Red: 'Red', Yellow: 'Yellow', Green: 'Green', none: 'Not reported' },
  kind: { SelfEvaluation: 'Self-evaluation', Targets: 'Targets', TargetAdjustment: 'Target adjustment', Recheck: 'Re-check' },
  targetReview: {
    approve: 'Approve', approveConfirm: 'Approve with grade "{{grade}}"?', reject: 'Reject', grade: 'Review grade', choose: 'Choose',
    approveAdjustment: 'Approve the adjustment', rejectAdjustment: 'Reject the adjustment', adjustmentN: 'Adjustment {{n}}', kind: 'Kind',
  },
  monitoringView: {
    title: 'Monitoring', red: 'Red', yellow: 'Yellow', green: 'Green', notReported: 'Not reported', executionRate: 'Execution rate',
    elapsedShare: 'Year elapsed', pace: 'Pace', offTrack: 'Off-track indicators', cutOff: 'Cut-off month', version: 'Version', allDepartments: 'All departments',
    none: 'No approved targets for this year',
  },
  locked: {
    notice: 'These cells come from the approved targets (version {{n}}) and cannot be changed', cell: 'Cell', approved: 'Approved', claimed: 'Entered',
    changed: 'These cells come from the approved targets and cannot change:', tag: 'Locked',
  },
  errors: { forbidden: 'Not allowed', notFound: 'Not found', network: 'Cannot reach the platform', field: 'Field', location: 'Where', expected: 'Expected', found: 'Found' },
};

const stored = typeof localStorage !== 'undefined' ? localStorage.getItem('perfeval.lang') : null;

void i18n.use(initReactI18next).init({
  resources: { 'zh-CN': { translation: zh }, en: { translation: en } },
  lng: stored === 'en' ? 'en' : 'zh-CN',
  fallbackLng: 'zh-CN',
  interpolation: { escapeValue: false },
});

export function switchLanguage() {
  const next = i18n.language === 'en' ? 'zh-CN' : 'en';
  localStorage.setItem('perfeval.lang', next === 'en' ? 'en' : 'zh');
  void i18n.changeLanguage(next);
  document.documentElement.lang = next;
}

export default i18n;
