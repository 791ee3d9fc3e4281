import { Descriptions, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import type { Finding, TargetContent, TargetIndicator } from '../api/types';
import { cellOf, findingsByIndicator, worstSeverity } from '../lib/findings';
import { mergedSpans } from '../lib/indicatorTable';
import { Marked, severityClass } from './FindingMark';
import { amount, weightsTotal } from '../lib/targets';
import { num } from '../lib/format';

interface Props {
  content: TargetContent;
  findings?: Finding[];
  /** Paths of cells to highlight as changed (an adjustment beside the approved version). */
  changed?: Set<string>;
  testId?: string;
}

/** A declaration laid out like the official 绩效目标申报表: header, funds by source, goals, indicators, weights. */
export default function TargetSheet({ content, findings = [], changed, testId }: Props) {
  const { t } = useTranslation();
  const byIndicator = findingsByIndicator(findings);
  const spans = mergedSpans(content.indicators);
  const mark = (path: string) => (changed?.has(path) ? 'cell-changed' : undefined);
  const join = (...names: (string | undefined)[]) => names.filter(Boolean).join(' ') || undefined;

  const budgetRows = [
    { key: 'total', label: t('form.total') },
    { key: 'currentAppropriation', label: t('form.currentAppropriation') },
    { key: 'carryOver', label: t('form.carryOver') },
    { key: 'other', label: t('form.other') },
  ] as const;

  type Row = TargetIndicator & { index: number };
  const at = (index: number, field: string) => (byIndicator.get(index) ?? []).filter((f) => cellOf(f.path).field === field);
  const rowChanged = (r: Row) => changed?.has(`indicators[${r.index}]`);
  const textColumn = (field: 'name' | 'target' | 'scoringMethod', title: string): ColumnsType<Row>[number] => ({
    title, key: field,
    onCell: (r) => ({
      className: join(severityClass(worstSeverity(at(r.index, field))), rowChanged(r) ? 'cell-changed' : mark(`indicators[${r.index}].${field}`)),
      'data-testid': `t-${field}-${r.index}`,
    } as React.TdHTMLAttributes<HTMLTableCellElement>),
    render: (_, r) => <Marked findings={at(r.index, field)}>{r[field] ?? ''}</Marked>,
  });
  const columns: ColumnsType<Row> = [
    {
      title: t('form.level1'), dataIndex: 'level1', key: 'l1', width: 96,
      onCell: (r, i) => ({ rowSpan: spans[i ?? 0]?.level1, className: join('merged', mark(`indicators[${r.index}].level1`)) }),
    },
    {
      title: t('form.level2'), dataIndex: 'level2', key: 'l2', width: 120,
      onCell: (r, i) => ({ rowSpan: spans[i ?? 0]?.level2, className: join('merged', mark(`indicators[${r.index}].level2`)) }),
    },
    textColumn('name', t('form.level3')),
    textColumn('target', t('form.target')),
    {
      title: t('form.weight'), key: 'weight', align: 'right', width: 70,
      onCell: (r) => ({ className: rowChanged(r) ? 'cell-changed' : mark(`indicators[${r.index}].weight`) }),
      render: (_, r) => num(r.weight),
    },
    textColumn('scoringMethod', t('targets.scoringMethod')),
  ];
  const weightFindings = findings.filter((f) => f.path === 'weights' || f.path === 'indicators');

  return (
    <div data-testid={testId}>
      <Typography.Title level={2} className="sheet-title">{t('targets.sheetTitle')}</Typography.Title>
      <div className="sheet-subtitle">{t('form.yearTitle', { year: content.header.fiscalYear })}</div>
      <Descriptions bordered size="small" column={{ xs: 1, md: 2 }} items={[
        { key: 'p', label: t('form.projectName'), children: <span className={mark('header.projectName')}>{content.header.projectName}</span>, span: 2 },
        { key: 'd', label: t('form.competentDepartment'), children: <span className={mark('header.competentDepartment')}>{content.header.competentDepartment}</span> },
        { key: 'u', label: t('form.implementingUnit'), children: <span className={mark('header.implementingUnit')}>{content.header.implementingUnit}</span> },
      ]} />
      <Table size="small" bordered pagination={false} rowKey="key" dataSource={[...budgetRows]} style={{ marginTop: 12 }}
        aria-label={t('targets.budget')}
        columns={[
          { title: t('targets.budget'), dataIndex: 'label', key: 'label' },
          {
            title: t('form.initialBudget'), key: 'a', align: 'right',
            onCell: (r) => ({ className: mark(`budget.${r.key}`), 'data-testid': `budget-${r.key}` } as React.TdHTMLAttributes<HTMLTableCellElement>),
            render: (_, r) => amount(content.budget[r.key]),
          },
        ]} />
      <Descriptions bordered size="small" column={1} style={{ marginTop: 12 }} items={[
        { key: 'g', label: t('targets.goals'), children: <span style={{ whiteSpace: 'pre-wrap' }} className={mark('goals')}>{content.goals}</span> },
      ]} />
      <Table<Row> size="small" bordered pagination={false} rowKey="index" columns={columns} style={{ marginTop: 12 }}
        dataSource={content.indicators.map((r, index) => ({ ...r, index }))} aria-label={t('form.level3')}
        summary={() => (
          <>
            <Table.Summary.Row>
              <Table.Summary.Cell index={0} colSpan={4}>{t('targets.executionWeight')}</Table.Summary.Cell>
              <Table.Summary.Cell index={4} align="right" className={mark('executionWeight')}>{num(content.executionWeight)}</Table.Summary.Cell>
              <Table.Summary.Cell index={5} />
            </Table.Summary.Row>
            <Table.Summary.Row>
              <Table.Summary.Cell index={0} colSpan={4}>{t('targets.weightsTotal')}</Table.Summary.Cell>
              <Table.Summary.Cell index={4} align="right" className={severityClass(worstSeverity(weightFindings))}>
                <Marked findings={weightFindings}><span data-testid="weights-total">{num(weightsTotal(content))}</span></Marked>
              </Table.Summary.Cell>
              <Table.Summary.Cell index={5} />
            </Table.Summary.Row>
          </>
        )} />
    </div>
  );
}
