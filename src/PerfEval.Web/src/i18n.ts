import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';

const zh = {
  app: { title: '财政项目支出绩效自评平台', short: '绩效自评', language: 'English', signOut: '退出', skip: '跳到主要内容' },
  nav: { myForms: '我的自评表', newForm: '新建自评表', inbox: '审核任务', dashboard: '年度看板', reports: '报表', calendar: '截止日期设置' },
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
    event: '事件', at: '时间', showState: '查看当时状态', units: '各单位', noData: '该年度暂无数据',
  },
  reports: { title: '年度报表', request: '生成报表', requested: '已提交生成请求', requestedAt: '申请时间', completedAt: '完成时间', forms: '表数', xlsx: 'xlsx', json: 'json', status: { Queued: '排队中', Running: '生成中', Completed: '已完成', Failed: '失败' } },
  calendar: {
    title: '截止日期设置', selfDue: '自评截止日期', reviewDue: '审核截止日期', offsets: '提前提醒天数', timeZone: '时区',
    notSet: '该年度尚未设置截止日期', ofYear: '{{year}}年度截止日期', saved: '截止日期已保存', adminOnly: '仅管理员可修改。',
  },
  errors: { forbidden: '无权访问', notFound: '未找到', network: '无法连接到平台', field: '字段', location: '位置', expected: '应为', found: '实际' },
};

type Resources = typeof zh;

const en: Resources = {
  app: { title: 'Project Expenditure Performance Self-Evaluation', short: 'PerfEval', language: '中文', signOut: 'Sign out', skip: 'Skip to main content' },
  nav: { myForms: 'My forms', newForm: 'New form', inbox: 'Review tasks', dashboard: 'Yearly dashboard', reports: 'Reports', calendar: 'Due dates' },
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
    event: 'What', at: 'When', showState: 'Show state then', units: 'Units', noData: 'No figures for this year yet',
  },
  reports: { title: 'Yearly reports', request: 'Build report', requested: 'Report requested', requestedAt: 'Requested', completedAt: 'Completed', forms: 'Forms', xlsx: 'xlsx', json: 'json', status: { Queued: 'Queued', Running: 'Running', Completed: 'Completed', Failed: 'Failed' } },
  calendar: {
    title: 'Due dates', selfDue: 'Self-evaluation due', reviewDue: 'Review due', offsets: 'Reminder days before', timeZone: 'Time zone',
    notSet: 'No due dates are set for this year', ofYear: 'Due dates of {{year}}', saved: 'Due dates saved', adminOnly: 'Only administrators can change them.',
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
