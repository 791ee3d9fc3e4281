import { Button, Descriptions, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import type { EvaluationForm, EvidenceRef, FundsRow, IndicatorRow, ScoreAdjustment, Scorecard } from '../api/types';
import { cellOf, findingsByIndicator, fundsFindings, worstSeverity } from '../lib/findings';
import { amount, differs, grade, percent, score } from '../lib/format';
import { weightsTotal } from '../lib/formDraft';
import { departmentFields, departmentRates, isDepartmentWide } from '../lib/departmentWide';
import { mergedSpans } from '../lib/indicatorTable';
import EvidenceLinks from './EvidenceLinks';
import { Marked, severityClass } from './FindingMark';

interface Props {
  form: EvaluationForm;
  scorecard?: Scorecard | null;
  adjustments?: ScoreAdjustment[];
  /** The form's supporting files: each indicator row shows its own (a column of its own). */
  evidence?: { evaluationId: string; items: EvidenceRef[] };
  /** Given on the review screen while the reviewer may re-check: each score cell offers to start a re-check of it. */
  onAdjust?: (cell: number | null) => void;
}

/** Figures of one score cell: the claim, the rule's figure when it differs, the reviewer's when adjusted. */
export function ScoreFigures({ claimed, computed, reviewed }: { claimed: number | null; computed?: number | null; reviewed?: number | null }) {
  const { t } = useTranslation();
  return (
    <>
      <span>{score(claimed)}</span>
      {computed != null && (
        <span className="computed" title={t('form.computed')}>
          {t('form.computed')} {score(computed)}{differs(claimed, computed) ? ' ≠' : ''}
        </span>
      )}
      {reviewed != null && <span className="reviewed">{t('form.reviewed')} {score(reviewed)}</span>}
    </>
  );
}

/** The form laid out like the official 自评表: header, funds table, goals, the three-level indicator table, total. */
export default function FormSheet({ form, scorecard, adjustments = [], evidence, onAdjust }: Props) {
  const { t, i18n } = useTranslation();
  const findings = scorecard?.findings ?? [];
  const byIndicator = findingsByIndicator(findings);
  const funds = fundsFindings(findings);
  const spans = mergedSpans(form.indicators);
  const adjustButton = (cell: number | null) => onAdjust && (
    <Button type="link" size="small" className="adjust-link" data-testid={cell == null ? 'adjust-execution' : `adjust-${cell}`}
      aria-label={`${t('sheet.adjustHere')} ${cell == null ? t('form.execution') : `${cell + 1}. ${form.indicators[cell]?.name ?? ''}`}`}
      onClick={() => onAdjust(cell)}>{t('sheet.adjustHere')}</Button>
  );
  const adjusted = (index: number | null) =>
    [...adjustments].reverse().find((a) => (index == null ? a.target.kind === 'Execution' : a.target.indicatorIndex === index))?.newScore;

  // The department-wide form (部门整体支出绩效自评表) names its funds rows as the department's budget has them.
  const dw = isDepartmentWide(form);
  const fundsLabel = (row: string) => t(dw && (row === 'currentAppropriation' || row === 'carryOver') ? `dept.${row}` : `form.${row}`);
  const fundsRows: { key: string; label: string; row: FundsRow; main: boolean }[] = (['total', 'currentAppropriation', 'carryOver', 'other'] as const)
    .map((key) => ({ key, label: fundsLabel(key), row: form.funds[key], main: key === 'total' }));
  const rates = departmentRates(form.department);
  const fundsAt = (row: string, fields: string[]) =>
    funds.filter((f) => { const c = cellOf(f.path); return c.area === 'funds' && c.row === row && fields.includes(c.field); });
  const fundsColumns: ColumnsType<(typeof fundsRows)[number]> = [
    { title: t(dw ? 'dept.funds' : 'form.funds'), dataIndex: 'label', key: 'label' },
    { title: t('form.initialBudget'), key: 'i', align: 'right', render: (_, r) => amount(r.row.initialBudget) },
    { title: t('form.fullYearBudget'), key: 'f', align: 'right', render: (_, r) => amount(r.row.fullYearBudget) },
    { title: t('form.executed'), key: 'e', align: 'right', render: (_, r) => amount(r.row.executed) },
    { title: t('form.weight'), key: 'w', align: 'right', render: (_, r) => (r.main ? score(form.funds.weight) : '—') },
    {
      title: t('form.rate'), key: 'r', align: 'right',
      onCell: (r) => ({ className: severityClass(worstSeverity(fundsAt(r.key, ['rate']))) }),
      render: (_, r) => (
        <Marked findings={fundsAt(r.key, ['rate'])}>
          {percent(r.row.claimedRate)}
          {r.main && scorecard?.execution.rate != null && differs(r.row.claimedRate, scorecard.execution.rate) && (
            <span className="computed">{t('form.computed')} {percent(scorecard.execution.rate)}</span>
          )}
        </Marked>
      ),
    },
    {
      title: t('form.score'), key: 's', align: 'right',
      onCell: (r) => ({ className: r.main ? severityClass(worstSeverity(fundsAt('total', ['score', 'claimedScore']))) : undefined }),
      render: (_, r) => (r.main ? (
        <>
          <Marked findings={fundsAt('total', ['score', 'claimedScore'])}>
            <ScoreFigures claimed={form.funds.claimedScore} computed={scorecard?.execution.computedScore} reviewed={adjusted(null)} />
          </Marked>
          {adjustButton(null)}
        </>
      ) : '—'),
    },
  ];

  type Row = IndicatorRow & { index: number };
  const at = (index: number, fields: string[]) =>
    (byIndicator.get(index) ?? []).filter((f) => fields.includes(cellOf(f.path).field));
  const other = (index: number) =>
    (byIndicator.get(index) ?? []).filter((f) => !['claimedScore', 'score', 'deviationReason'].includes(cellOf(f.path).field));
  const columns: ColumnsType<Row> = [
    { title: t('form.level1'), dataIndex: 'level1', key: 'l1', width: 96, onCell: (_, i) => ({ rowSpan: spans[i ?? 0]?.level1, className: 'merged' }) },
    { title: t('form.level2'), dataIndex: 'level2', key: 'l2', width: 110, onCell: (_, i) => ({ rowSpan: spans[i ?? 0]?.level2, className: 'merged' }) },
    {
      title: t('form.level3'), key: 'name',
      onCell: (r) => ({ className: severityClass(worstSeverity(other(r.index))) }),
      render: (_, r) => <Marked findings={other(r.index)}>{r.name}</Marked>,
    },
    { title: t('form.target'), dataIndex: 'target', key: 'target' },
    { title: t('form.actualValue'), dataIndex: 'actual', key: 'actual' },
    { title: t('form.weight'), key: 'weight', align: 'right', width: 64, render: (_, r) => score(r.weight) },
    {
      title: t('form.score'), key: 'score', align: 'right', width: 96,
      onCell: (r) => ({ className: severityClass(worstSeverity(at(r.index, ['claimedScore', 'score']))), 'data-testid': `score-${r.index}` } as React.TdHTMLAttributes<HTMLTableCellElement>),
      render: (_, r) => (
        <>
          <Marked findings={at(r.index, ['claimedScore', 'score'])}>
            <ScoreFigures claimed={r.claimedScore} computed={scorecard?.indicators[r.index]?.computedScore} reviewed={adjusted(r.index)} />
          </Marked>
          {adjustButton(r.index)}
        </>
      ),
    },
    {
      title: t('form.deviation'), key: 'dev',
      onCell: (r) => ({ className: severityClass(worstSeverity(at(r.index, ['deviationReason']))) }),
      render: (_, r) => <Marked findings={at(r.index, ['deviationReason'])}>{r.deviationReason ?? ''}</Marked>,
    },
    ...(evidence ? [{
      title: t('evidence.title'), key: 'evidence', width: 180,
      onCell: (r: Row) => ({ 'data-testid': `evidence-${r.index}` } as React.TdHTMLAttributes<HTMLTableCellElement>),
      render: (_: unknown, r: Row) => (
        <EvidenceLinks evaluationId={evidence.evaluationId} items={evidence.items.filter((x) => x.indicatorIndex === r.index)} />
      ),
    }] : []),
  ];

  return (
    <div>
      <Typography.Title level={2} className="sheet-title">{t(dw ? 'formKind.departmentWide' : 'form.sheetTitle')}</Typography.Title>
      <div className="sheet-subtitle">{t('form.yearTitle', { year: form.header.fiscalYear })}</div>
      <Descriptions bordered size="small" column={{ xs: 1, md: 2 }} items={[
        { key: 'p', label: t('form.projectName'), children: form.header.projectName, span: 2 },
        { key: 'd', label: t('form.competentDepartment'), children: form.header.competentDepartment },
        { key: 'u', label: t('form.implementingUnit'), children: form.header.implementingUnit },
      ]} />
      <Table size="small" bordered pagination={false} rowKey="key" columns={fundsColumns} dataSource={fundsRows}
        style={{ marginTop: 12 }} aria-label={t(dw ? 'dept.funds' : 'form.funds')} />
      {/* The public site's copy carries no department figures: the block is left out there, not drawn blank. */}
      {dw && form.department && (
        <Descriptions bordered size="small" column={{ xs: 1, md: 3 }} style={{ marginTop: 12 }} title={t('dept.title')} data-testid="sheet-department" items={[
          ...departmentFields.map(({ key, staff }) => {
            const value = form.department?.[key];
            return { key, label: t(`dept.${key}`), children: value == null ? '—' : staff ? String(value) : amount(value) };
          }),
          { key: 'rs', label: t('dept.staffControl'), children: percent(rates.staffControl) },
          { key: 'rt', label: t('dept.threePublicChange'), children: percent(rates.threePublicChange) },
          { key: 'rk', label: t('dept.keyExpenditureRate'), children: percent(rates.keyExpenditure) },
        ]} />
      )}
      <Descriptions bordered size="small" column={1} style={{ marginTop: 12 }} title={t('form.goals')} items={[
        { key: 'e', label: t('form.expected'), children: <span style={{ whiteSpace: 'pre-wrap' }}>{form.goals.expected}</span> },
        { key: 'a', label: t('form.actual'), children: <span style={{ whiteSpace: 'pre-wrap' }}>{form.goals.actual}</span> },
      ]} />
      <Table<Row> size="small" bordered pagination={false} rowKey="index" columns={columns} style={{ marginTop: 12 }}
        dataSource={form.indicators.map((r, index) => ({ ...r, index }))} aria-label={t('form.level3')}
        summary={() => (
          <>
            <Table.Summary.Row>
              <Table.Summary.Cell index={0} colSpan={5}>{t('form.totalScore')}</Table.Summary.Cell>
              <Table.Summary.Cell index={5} align="right"><span data-testid="weights-total">{score(weightsTotal(form))}</span></Table.Summary.Cell>
              <Table.Summary.Cell index={6} align="right">
                <span data-testid="total-figures">
                  <ScoreFigures claimed={form.claimedTotal} computed={scorecard?.computedTotal} />
                </span>
              </Table.Summary.Cell>
              <Table.Summary.Cell index={7} />
              {evidence && <Table.Summary.Cell index={8} />}
            </Table.Summary.Row>
            <Table.Summary.Row>
              <Table.Summary.Cell index={0} colSpan={5}>{t('form.grade')}</Table.Summary.Cell>
              <Table.Summary.Cell index={5} colSpan={evidence ? 4 : 3}>
                <span data-testid="grade-figures">
                  {grade(form.claimedGrade, i18n.language)}{scorecard ? ` · ${t('form.computedGrade')} ${grade(scorecard.computedGrade, i18n.language)}` : ''}
                </span>
              </Table.Summary.Cell>
            </Table.Summary.Row>
          </>
        )} />
    </div>
  );
}
