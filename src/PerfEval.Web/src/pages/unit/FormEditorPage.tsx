import { Alert, Button, Card, Input, InputNumber, Radio, Select, Space, Spin, Statistic, Table, Tag, Tooltip, Typography } from 'antd';
import { DeleteOutlined, LockOutlined, PlusOutlined } from '@ant-design/icons';
import type { ColumnsType } from 'antd/es/table';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useBlocker, useNavigate, useParams, useSearchParams } from 'react-router-dom';
import { ApiError, etagOf, send } from '../../api/client';
import { useDirectoryNames, useEvaluation, useFormYears, useMe } from '../../api/hooks';
import { prefillHeader } from '../../lib/directory';
import type { DepartmentFacts, EvaluationForm, Finding, FormKind, FundsRow, IndicatorRow, Scorecard } from '../../api/types';
import EvidencePanel from '../../components/EvidencePanel';
import FindingsList from '../../components/FindingsList';
import ProblemAlert from '../../components/ProblemAlert';
import { cellOf, findingsByIndicator, fundsFindings, messageOf, worstSeverity } from '../../lib/findings';
import { type ChangedCell, blankForm, changedCells, gradeBands, insertRowAfter, removeRow, renameGroup, totals, weightsTotal, withIndicator } from '../../lib/formDraft';
import { amount, grade, percent, score } from '../../lib/format';
import { groupRows, mergedSpans } from '../../lib/indicatorTable';
import { useDebounced } from '../../lib/useDebounced';
import { withYear, yearFrom } from '../../lib/years';
import { lockedPaths } from '../../lib/targets';
import { message, modal } from '../../components/feedback';
import { departmentFields, departmentRates, emptyDepartment, isDepartmentWide, kindOfForm, prefillDepartmentHeader } from '../../lib/departmentWide';

/** A cell the approved targets fix: its value with a lock, read-only. */
function LockedValue({ value, testId }: { value: React.ReactNode; testId?: string }) {
  const { t } = useTranslation();
  return (
    <span className="locked-value" data-testid={testId} data-locked="true">
      <LockOutlined aria-label={t('locked.tag')} />
      <span>{value}</span>
    </span>
  );
}

const cls = (s: Finding['severity'] | null) => (s === 'Error' ? 'cell-error' : s === 'Warning' ? 'cell-warning' : undefined);
type FundsKey = 'total' | 'currentAppropriation' | 'carryOver' | 'other';

/** The form editor: the official layout with inputs, and the rules' live figures and findings beside the claims. */
/**
 * A new form without ?year= opens on the latest year with the unit's forms (last year when it has none): the
 * address gets the year first, and the editor starts from it.
 */
export default function FormEditorPage() {
  const { id } = useParams();
  const [params] = useSearchParams();
  const years = useFormYears();
  if (!id && !params.get('year')) {
    if (years.isPending) return <Spin />;
    return <Navigate replace to={`?${withYear(params, years.data?.latest ?? new Date().getFullYear() - 1).toString()}`} />;
  }
  // A new form's kind comes from ?kind= (a project's form without it); changing it starts the editor afresh.
  const kind = kindOfForm(params.get('kind'));
  return <FormEditor key={id ?? kind} kind={kind} />;
}

function FormEditor({ kind }: { kind: FormKind }) {
  const { id } = useParams();
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const existing = useEvaluation(id);
  // A new form's fiscal year comes from the URL's `?year=` (last year without it), and the URL follows the year typed.
  const [params, setParams] = useSearchParams();
  const [blank] = useState<EvaluationForm | null>(() =>
    id ? null : blankForm(yearFrom(params.get('year'), new Date().getFullYear() - 1), kind));
  const [edited, setForm] = useState<EvaluationForm | null>(blank);
  // An existing form is shown as loaded until the first edit; from then on the edited copy. A new form's 主管部门 and
  // 实施单位 come from the directory for the signed-in unit user while those cells are empty.
  const names = useDirectoryNames().data;
  const me = useMe().data;
  const loaded = edited ?? existing.data?.form ?? null;
  // A department-wide form's 主管部门 and 实施单位 are both the unit's department.
  const department = me?.departments[0];
  const departmentName = department ? names?.departments[department.id] ?? department.name : null;
  const form = !id && loaded
    ? (isDepartmentWide(loaded) ? prefillDepartmentHeader(loaded, departmentName) : prefillHeader(loaded, names, me?.unitId, department?.id))
    : loaded;
  const dw = isDepartmentWide(form);
  const [saveError, setSaveError] = useState<unknown>(null);
  const [saving, setSaving] = useState(false);

  // Unsaved edits: the cells that differ from the form as loaded (a new form: from the blank one). Leaving the page
  // asks first, naming them; a reload or a closed tab gets the browser's own prompt.
  const original = id ? existing.data?.form ?? null : blank;
  const unsaved = edited && original ? changedCells(original, edited) : [];
  const leaving = useRef(false);
  const blocker = useBlocker(({ currentLocation, nextLocation }) =>
    unsaved.length > 0 && !leaving.current && currentLocation.pathname !== nextLocation.pathname);
  const cellName = (c: ChangedCell) => {
    if (c.area === 'header') return t(c.field === 'fiscalYear' ? 'common.year' : `form.${c.field}`);
    if (c.area === 'goals') return t(`form.${c.field}`);
    if (c.area === 'department') return t(`dept.${c.field}`);
    if (c.area === 'total') return t(c.field === 'claimedTotal' ? 'form.totalScore' : 'form.grade');
    if (c.area === 'funds') {
      const field = c.field === 'claimedRate' ? 'form.rate' : c.field === 'claimedScore' ? 'form.score' : `form.${c.field}`;
      return `${fundsLabel(c.row)} ${t(field)}`;
    }
    const label = { name: 'form.level3', target: 'form.target', actual: 'form.actualValue', claimedScore: 'form.score', deviationReason: 'form.deviation', row: 'form.level3' }[c.field] ?? `form.${c.field}`;
    return `${t('sheet.row', { n: c.row + 1 })} ${t(label)}`;
  };
  const fundsLabel = (row: string) => t(dw && (row === 'currentAppropriation' || row === 'carryOver') ? `dept.${row}` : `form.${row}`);
  const unsavedText = unsaved.slice(0, 6).map(cellName).join('、') + (unsaved.length > 6 ? ` ${t('sheet.unsavedMore')}` : '');
  const asked = useRef(false);
  useEffect(() => {
    if (blocker.state !== 'blocked' || asked.current) return;
    asked.current = true;
    void modal.confirm({
      title: t('sheet.unsavedTitle'),
      content: <span data-testid="unsaved-confirm">{t('sheet.unsavedBody', { n: unsaved.length, cells: unsavedText })}</span>,
      okText: t('sheet.leave'), okButtonProps: { danger: true }, cancelText: t('sheet.stay'),
      onOk: () => { asked.current = false; blocker.proceed(); },
      onCancel: () => { asked.current = false; blocker.reset(); },
    });
  }, [blocker, t, unsaved.length, unsavedText]);
  const dirty = unsaved.length > 0;
  useEffect(() => {
    if (!dirty) return undefined;
    const warn = (e: BeforeUnloadEvent) => { e.preventDefault(); e.returnValue = ''; };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [dirty]);

  const settled = useDebounced(form, 400);
  const preview = useQuery({
    queryKey: ['score-preview', settled],
    queryFn: async () => (await send<Scorecard>('/api/evaluations/score-preview', { method: 'POST', json: settled })).body,
    enabled: settled != null,
    retry: false,
    placeholderData: (previous) => previous,
  });

  if (id && existing.isLoading) return <Spin />;
  if (id && existing.error) return <ProblemAlert error={existing.error} />;
  if (!form) return <Spin />;

  const card = preview.data && !preview.isError ? preview.data : null;
  const findings = card?.findings ?? [];
  const byIndicator = findingsByIndicator(findings);
  const spans = mergedSpans(form.indicators);
  const set = (next: EvaluationForm) => setForm(next);
  // A form made from approved targets: their cells are read-only (the API refuses a change with 409).
  const fromTargets = existing.data?.fromTargets ?? null;
  const locked = fromTargets ? lockedPaths(form) : new Set<string>();
  const isLocked = (path: string) => locked.has(path);
  const lockedInput = (path: string) => (isLocked(path)
    ? { readOnly: true, prefix: <LockOutlined aria-label={t('locked.tag')} />, className: 'cell-locked', 'data-locked': 'true' }
    : {});
  const setFunds = (row: FundsKey, change: Partial<FundsRow>) =>
    set({ ...form, funds: { ...form.funds, [row]: { ...form.funds[row], ...change } } });

  async function save() {
    setSaving(true);
    setSaveError(null);
    try {
      if (id && existing.data) {
        await send(`/api/evaluations/${id}`, { method: 'PUT', json: form, ifMatch: etagOf(existing.data.version) });
        await queryClient.invalidateQueries({ queryKey: ['evaluation', id] });
        void message.success(t('sheet.saved'));
        leaving.current = true;
        void navigate(`/forms/${id}`);
      } else {
        const { body } = await send<{ id: string }>('/api/evaluations', { method: 'POST', json: form });
        void message.success(t('sheet.saved'));
        leaving.current = true;
        void navigate(`/forms/${body.id}`);
      }
      await queryClient.invalidateQueries({ queryKey: ['evaluations'] });
    } catch (e) {
      setSaveError(e instanceof ApiError && e.problem.status === 412 ? new Error(t('form.conflict')) : e);
    } finally {
      setSaving(false);
    }
  }

  // Amounts, weights and scores keep two decimals as the official form prints them; a rate shows its percent sign.
  const numberInput = (label: string, value: number | null, onChange: (v: number | null) => void, testId?: string, rate = false) => (
    <InputNumber aria-label={label} value={value} onChange={(v) => onChange(v == null ? null : Number(v))} style={{ width: '100%' }}
      data-testid={testId} precision={2} suffix={rate ? '%' : undefined} />
  );
  const sums = totals(form);

  // The kind of a new form: a change starts from that kind's blank form, after asking when cells were filled in.
  const chooseKind = (next: FormKind) => {
    const go = () => setParams((p) => {
      const q = new URLSearchParams(p);
      if (next === 'project') q.delete('kind'); else q.set('kind', next);
      return q;
    }, { replace: true });
    if (!dirty) {
      go();
      return;
    }
    void modal.confirm({
      title: t('formKind.switchTitle'), content: <span data-testid="kind-confirm">{t('formKind.switchBody', { n: unsaved.length })}</span>,
      okText: t('formKind.switch'), okButtonProps: { danger: true }, cancelText: t('common.cancel'), onOk: go,
    });
  };
  const facts = form.department ?? emptyDepartment();
  const setFact = (key: keyof DepartmentFacts, value: number | null) => set({ ...form, department: { ...facts, [key]: value } });
  const rates = departmentRates(form.department);

  const fundsRows: { key: FundsKey; label: string }[] = (['total', 'currentAppropriation', 'carryOver', 'other'] as const)
    .map((key) => ({ key, label: fundsLabel(key) }));
  const fundsAt = (row: string) => fundsFindings(findings).filter((f) => { const c = cellOf(f.path); return c.area === 'funds' && c.row === row; });
  const fundsColumns: ColumnsType<(typeof fundsRows)[number]> = [
    { title: t(dw ? 'dept.funds' : 'form.funds'), dataIndex: 'label', key: 'label', width: 150 },
    ...(['initialBudget', 'fullYearBudget', 'executed', 'claimedRate'] as const).map((field) => ({
      title: t(field === 'claimedRate' ? 'form.rate' : `form.${field}`), key: field,
      onCell: (r: (typeof fundsRows)[number]) => ({
        className: isLocked(`funds.${r.key}.${field}`) ? 'cell-locked'
          : field === 'claimedRate' ? cls(worstSeverity(fundsAt(r.key).filter((f) => cellOf(f.path).field === 'rate'))) : undefined,
      }),
      render: (_: unknown, r: (typeof fundsRows)[number]) => isLocked(`funds.${r.key}.${field}`)
        ? <LockedValue value={field === 'claimedRate' ? percent(form.funds[r.key][field]) : amount(form.funds[r.key][field])} testId={`locked-funds-${r.key}`} />
        : numberInput(`${r.label} ${t(field === 'claimedRate' ? 'form.rate' : `form.${field}`)}`, form.funds[r.key][field], (v) => setFunds(r.key, { [field]: v }),
          `funds-${r.key}-${field}`, field === 'claimedRate'),
    })),
    {
      title: t('form.score'), key: 'score', width: 130,
      onCell: (r) => ({ className: r.key === 'total' ? cls(worstSeverity(fundsAt('total').filter((f) => cellOf(f.path).field !== 'rate'))) : undefined }),
      render: (_, r) => r.key === 'total' ? (
        <>
          {numberInput(`${t('form.execution')} ${t('form.score')}`, form.funds.claimedScore, (v) => set({ ...form, funds: { ...form.funds, claimedScore: v } }))}
          {card && <span className="computed">{t('form.computed')} {score(card.execution.computedScore)}</span>}
        </>
      ) : '—',
    },
  ];

  type Row = IndicatorRow & { index: number };
  const rowFindings = (i: number, fields: string[] | null) =>
    (byIndicator.get(i) ?? []).filter((f) => fields == null || fields.includes(cellOf(f.path).field));
  const columns: ColumnsType<Row> = [
    {
      title: t('form.level1'), key: 'l1', width: 120,
      onCell: (r, i) => ({ rowSpan: spans[i ?? 0]?.level1, className: isLocked(`indicators[${r.index}].level1`) ? 'cell-locked' : undefined }),
      render: (_, r) => isLocked(`indicators[${r.index}].level1`) ? <LockedValue value={r.level1} /> : <Input.TextArea autoSize aria-label={`${t('form.level1')} ${r.index + 1}`} value={r.level1}
        onChange={(e) => set(renameGroup(form, groupRows(form.indicators, r.index, 1), 1, e.target.value))} />,
    },
    {
      title: t('form.level2'), key: 'l2', width: 130,
      onCell: (r, i) => ({ rowSpan: spans[i ?? 0]?.level2, className: isLocked(`indicators[${r.index}].level2`) ? 'cell-locked' : undefined }),
      render: (_, r) => isLocked(`indicators[${r.index}].level2`) ? <LockedValue value={r.level2} /> : <Input.TextArea autoSize aria-label={`${t('form.level2')} ${r.index + 1}`} value={r.level2}
        onChange={(e) => set(renameGroup(form, groupRows(form.indicators, r.index, 2), 2, e.target.value))} />,
    },
    ...(['name', 'target', 'actual'] as const).map((field) => ({
      title: t(field === 'name' ? 'form.level3' : field === 'actual' ? 'form.actualValue' : 'form.target'), key: field,
      width: field === 'name' ? 180 : 140,
      onCell: (r: Row) => ({ className: isLocked(`indicators[${r.index}].${field}`) ? 'cell-locked' : undefined }),
      render: (_: unknown, r: Row) => isLocked(`indicators[${r.index}].${field}`)
        ? <LockedValue value={r[field]} testId={`locked-${field}-${r.index}`} />
        : <Input.TextArea autoSize aria-label={`${t(field === 'name' ? 'form.level3' : field === 'actual' ? 'form.actualValue' : 'form.target')} ${r.index + 1}`}
        value={r[field]} onChange={(e) => set(withIndicator(form, r.index, { [field]: e.target.value }))} />,
    })),
    {
      title: t('form.weight'), key: 'w', width: 80,
      onCell: (r) => ({ className: isLocked(`indicators[${r.index}].weight`) ? 'cell-locked' : undefined }),
      render: (_, r) => isLocked(`indicators[${r.index}].weight`) ? <LockedValue value={score(r.weight)} testId={`locked-weight-${r.index}`} /> : numberInput(`${t('form.weight')} ${r.index + 1}`, r.weight, (v) => set(withIndicator(form, r.index, { weight: v ?? 0 }))),
    },
    {
      title: t('form.score'), key: 's', width: 110,
      onCell: (r) => ({ className: cls(worstSeverity(rowFindings(r.index, ['claimedScore', 'score']))) }),
      render: (_, r) => (
        <Tooltip title={rowFindings(r.index, ['claimedScore', 'score']).map((f) => messageOf(f, i18n.language)).join('\n') || undefined}>
          <div>
            {numberInput(`${t('form.score')} ${r.index + 1}`, r.claimedScore, (v) => set(withIndicator(form, r.index, { claimedScore: v })), `claimed-${r.index}`)}
            {card?.indicators[r.index] && (
              <span className="computed" data-testid={`live-${r.index}`}>{t('form.computed')} {score(card.indicators[r.index].computedScore)}</span>
            )}
          </div>
        </Tooltip>
      ),
    },
    {
      title: t('form.deviation'), key: 'd', width: 240,
      onCell: (r) => ({ className: cls(worstSeverity(rowFindings(r.index, ['deviationReason']))) }),
      render: (_, r) => <Input.TextArea autoSize aria-label={`${t('form.deviation')} ${r.index + 1}`} value={r.deviationReason ?? ''}
        onChange={(e) => set(withIndicator(form, r.index, { deviationReason: e.target.value || null }))} />,
    },
    {
      title: t('common.actions'), key: 'x', width: 90, fixed: 'right',
      render: (_, r) => (
        <Space size={0}>
          <Button type="text" icon={<PlusOutlined />} aria-label={`${t('form.addRow')} ${r.index + 1}`} disabled={isLocked('indicators')} onClick={() => set(insertRowAfter(form, r.index))} />
          <Button type="text" danger icon={<DeleteOutlined />} aria-label={`${t('form.removeRow')} ${r.index + 1}`} disabled={form.indicators.length <= 1 || isLocked('indicators')}
            onClick={() => set(removeRow(form, r.index))} />
        </Space>
      ),
    },
  ];

  return (
    <div>
      <Typography.Title level={2}>{id ? t('form.edit') : t('form.create')}</Typography.Title>
      <div className="editor-layout form-editor">
        <Space orientation="vertical" size="middle" style={{ width: '100%', minWidth: 0 }}>
          {fromTargets && (
            <Alert type="info" showIcon icon={<LockOutlined />} data-testid="locked-notice"
              title={t('locked.notice', { n: fromTargets.versionNumber })} />
          )}
          {!id && (
            <Card size="small">
              <Space wrap>
                <span id="form-kind-label">{t('formKind.choose')}</span>
                <Radio.Group aria-labelledby="form-kind-label" optionType="button" buttonStyle="solid" value={kind} data-testid="form-kind"
                  onChange={(e) => chooseKind(e.target.value as FormKind)}
                  options={(['project', 'departmentWide'] as const).map((k) => ({ value: k, label: t(`formKind.${k}`) }))} />
              </Space>
            </Card>
          )}
          <Card size="small" title={t(dw ? 'formKind.departmentWide' : 'form.sheetTitle')} data-testid="sheet-card">
            <Space wrap style={{ width: '100%' }}>
              <label>{t('form.projectName')}<Input value={form.header.projectName} style={{ width: 320, display: 'flex' }}
                {...(dw ? { readOnly: true, title: t('formKind.projectFixed'), prefix: <LockOutlined aria-label={t('formKind.projectFixed')} />, className: 'cell-locked' } : lockedInput('header.projectName'))}
                data-testid="header-projectName"
                onChange={(e) => set({ ...form, header: { ...form.header, projectName: e.target.value } })} /></label>
              <label>{t('common.year')}<InputNumber value={form.header.fiscalYear} min={2000} max={2100} style={{ width: fromTargets ? 120 : 100, display: fromTargets ? 'flex' : 'block' }} {...lockedInput('header.fiscalYear')}
                onChange={(v) => {
                  const fiscalYear = Number(v ?? 0);
                  set({ ...form, header: { ...form.header, fiscalYear } });
                  if (!id && yearFrom(String(fiscalYear), 0) === fiscalYear) setParams((p) => withYear(p, fiscalYear), { replace: true });
                }} /></label>
              <label>{t('form.competentDepartment')}<Input value={form.header.competentDepartment} style={{ width: 260, display: 'flex' }} {...lockedInput('header.competentDepartment')}
                onChange={(e) => set({ ...form, header: { ...form.header, competentDepartment: e.target.value } })} /></label>
              <label>{t('form.implementingUnit')}<Input value={form.header.implementingUnit} style={{ width: 260, display: 'flex' }} {...lockedInput('header.implementingUnit')}
                onChange={(e) => set({ ...form, header: { ...form.header, implementingUnit: e.target.value } })} /></label>
            </Space>
          </Card>
          <Table size="small" bordered pagination={false} rowKey="key" columns={fundsColumns} dataSource={fundsRows} scroll={{ x: 800 }} />
          {dw && (
            <Card size="small" title={t('dept.title')} data-testid="department-facts">
              <div className="department-facts">
                {departmentFields.map(({ key, staff }) => (
                  <label key={key}>{t(`dept.${key}`)}
                    <InputNumber aria-label={t(`dept.${key}`)} value={facts[key]} min={0} precision={staff ? 0 : 2} style={{ width: '100%', display: 'flex' }}
                      suffix={staff ? t('dept.staffUnit') : t('dept.amountUnit')} data-testid={`dept-${key}`}
                      onChange={(v) => setFact(key, v == null ? null : Number(v))} />
                  </label>
                ))}
              </div>
              <div className="department-rates" aria-label={t('dept.rates')} role="group">
                {([['staffControl', rates.staffControl], ['threePublicChange', rates.threePublicChange], ['keyExpenditureRate', rates.keyExpenditure]] as const).map(([key, value]) => (
                  <div key={key} data-testid={`dept-rate-${key}`}><Statistic title={t(`dept.${key}`)} value={percent(value)} /></div>
                ))}
              </div>
              <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>{t('dept.ratesHint')}</Typography.Paragraph>
            </Card>
          )}
          <Card size="small" title={t('form.goals')}>
            <label>{t('form.expected')}<Input.TextArea autoSize={{ minRows: 2 }} value={form.goals.expected} readOnly={isLocked('goals.expected')}
              className={isLocked('goals.expected') ? 'cell-locked' : undefined} data-locked={isLocked('goals.expected') ? 'true' : undefined}
              onChange={(e) => set({ ...form, goals: { ...form.goals, expected: e.target.value } })} /></label>
            <label>{t('form.actual')}<Input.TextArea autoSize={{ minRows: 2 }} value={form.goals.actual}
              onChange={(e) => set({ ...form, goals: { ...form.goals, actual: e.target.value } })} /></label>
          </Card>
          <Table<Row> size="small" bordered pagination={false} rowKey="index" columns={columns} scroll={{ x: 1230 }} className="indicator-editor"
            dataSource={form.indicators.map((r, index) => ({ ...r, index }))} />
          <Card size="small" data-testid="editor-totals">
            <Space orientation="vertical" style={{ width: '100%' }}>
              <div className="total-line">
                <span className="total-label">{t('sheet.weightsTotal')}</span>
                <span data-testid="editor-weights-total">{score(weightsTotal(form))}</span>
              </div>
              <div className="total-line">
                <label className="total-label" htmlFor="claimed-total">{t('form.totalScore')}</label>
                <InputNumber id="claimed-total" aria-label={t('form.totalScore')} value={form.claimedTotal} precision={2} style={{ width: 140 }}
                  onChange={(v) => set({ ...form, claimedTotal: v == null ? null : Number(v) })} data-testid="claimed-total" />
                <span data-testid="editor-sum">{t('sheet.cellsSum')} {score(sums.sum)}</span>
                {sums.totalDiffers && <Tag color="error" data-testid="editor-sum-differs">{t('sheet.sumDiffers')}</Tag>}
                {(sums.totalDiffers || form.claimedTotal == null) && (
                  <Button size="small" onClick={() => set({ ...form, claimedTotal: sums.sum })} data-testid="use-sum">{t('sheet.useSum')}</Button>
                )}
              </div>
              <div className="total-line">
                <label className="total-label" htmlFor="claimed-grade">{t('form.grade')}</label>
                <Select id="claimed-grade" aria-label={t('form.grade')} value={form.claimedGrade ?? undefined} allowClear placeholder={t('sheet.chooseGrade')}
                  style={{ width: 140 }} options={gradeBands.map((b) => ({ value: b.grade, label: b.grade }))} data-testid="claimed-grade"
                  onChange={(v: string | undefined) => set({ ...form, claimedGrade: v ?? null })} />
                <span data-testid="editor-grade">{t('sheet.gradeByTotal', { grade: sums.grade })}</span>
                {form.claimedGrade !== sums.grade && (
                  <Button size="small" onClick={() => set({ ...form, claimedGrade: sums.grade })} data-testid="use-grade">{t('sheet.useGrade')}</Button>
                )}
              </div>
            </Space>
          </Card>
          {existing.data && <EvidencePanel evaluation={existing.data} owner />}
          <ProblemAlert error={saveError} />
          <div className="save-bar" data-testid="save-bar">
            <Space>
              <Button type="primary" loading={saving} onClick={() => void save()} data-testid="save-form">{t('form.saveDraft')}</Button>
              <Button onClick={() => void navigate(-1)}>{t('common.cancel')}</Button>
              {dirty && <Typography.Text type="warning" data-testid="unsaved-count">{t('sheet.unsavedTitle')}（{unsaved.length}）</Typography.Text>}
            </Space>
          </div>
        </Space>
        <aside className="editor-side" aria-label={t('form.liveTitle')}>
          <Card size="small" title={t('form.liveTitle')} extra={preview.isFetching ? <Spin size="small" /> : null}>
            <Typography.Paragraph type="secondary">{t('form.liveHint')}</Typography.Paragraph>
            {preview.isError ? (
              <>
                <Typography.Paragraph>{t('form.liveInvalid')}</Typography.Paragraph>
                <ProblemAlert error={preview.error} />
              </>
            ) : card ? (
              <Space orientation="vertical" style={{ width: '100%' }}>
                <Space size="large">
                  <Statistic title={t('form.claimedSum')} value={score(card.claimedSum)} />
                  <div data-testid="live-total"><Statistic title={t('unit.computedTotal')} value={score(card.computedTotal)} /></div>
                  <Statistic title={t('form.computedGrade')} value={grade(card.computedGrade, i18n.language)} />
                </Space>
                {card.incomplete && card.incomplete.length > 0 && (
                  <Alert type="info" showIcon title={t('form.incomplete')} data-testid="form-incomplete"
                    description={<ul>{card.incomplete.map((f) => <li key={f.path} data-path={f.path}>{f.message}</li>)}</ul>} />
                )}
                <FindingsList findings={findings} />
              </Space>
            ) : <Spin />}
          </Card>
        </aside>
      </div>
    </div>
  );
}
