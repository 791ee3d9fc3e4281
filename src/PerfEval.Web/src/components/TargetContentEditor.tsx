import { Button, Card, Input, InputNumber, Space, Table, Tooltip, Typography } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import type { Finding, TargetContent, TargetIndicator } from '../api/types';
import { cellOf, findingsByIndicator, messageOf, worstSeverity } from '../lib/findings';
import { num } from '../lib/format';
import { groupRows, mergedSpans } from '../lib/indicatorTable';
import { insertTargetRowAfter, removeTargetRow, renameTargetGroup, weightsTotal, withTargetIndicator } from '../lib/targets';

interface Props {
  content: TargetContent;
  onChange: (next: TargetContent) => void;
  findings?: Finding[];
  /** The project name and year are the declaration's identity: fixed once declared. */
  identityFixed?: boolean;
  onYearChange?: (year: number) => void;
}

const cls = (s: Finding['severity'] | null) => (s === 'Error' ? 'cell-error' : s === 'Warning' ? 'cell-warning' : undefined);
type BudgetKey = 'total' | 'currentAppropriation' | 'carryOver' | 'other';

/** The declaration in the official layout with inputs; the checks' findings colour the cells they name. */
export default function TargetContentEditor({ content, onChange, findings = [], identityFixed, onYearChange }: Props) {
  const { t, i18n } = useTranslation();
  const byIndicator = findingsByIndicator(findings);
  const spans = mergedSpans(content.indicators);
  const set = onChange;
  const header = (change: Partial<TargetContent['header']>) => set({ ...content, header: { ...content.header, ...change } });
  const at = (i: number, field: string) => (byIndicator.get(i) ?? []).filter((f) => cellOf(f.path).field === field);
  const tip = (list: Finding[]) => list.map((f) => messageOf(f, i18n.language)).join('\n') || undefined;

  const budgetRows: { key: BudgetKey; label: string }[] = [
    { key: 'total', label: t('form.total') },
    { key: 'currentAppropriation', label: t('form.currentAppropriation') },
    { key: 'carryOver', label: t('form.carryOver') },
    { key: 'other', label: t('form.other') },
  ];

  type Row = TargetIndicator & { index: number };
  const text = (field: 'name' | 'target' | 'scoringMethod', title: string): ColumnsType<Row>[number] => ({
    title, key: field,
    onCell: (r) => ({ className: cls(worstSeverity(at(r.index, field))) }),
    render: (_, r) => (
      <Tooltip title={tip(at(r.index, field))}>
        <Input.TextArea autoSize aria-label={`${title} ${r.index + 1}`} value={r[field] ?? ''}
          onChange={(e) => set(withTargetIndicator(content, r.index, { [field]: field === 'scoringMethod' ? e.target.value || null : e.target.value }))} />
      </Tooltip>
    ),
  });
  const columns: ColumnsType<Row> = [
    {
      title: t('form.level1'), key: 'l1', width: 120, onCell: (_, i) => ({ rowSpan: spans[i ?? 0]?.level1 }),
      render: (_, r) => <Input.TextArea autoSize aria-label={`${t('form.level1')} ${r.index + 1}`} value={r.level1}
        onChange={(e) => set(renameTargetGroup(content, groupRows(content.indicators, r.index, 1), 1, e.target.value))} />,
    },
    {
      title: t('form.level2'), key: 'l2', width: 130, onCell: (_, i) => ({ rowSpan: spans[i ?? 0]?.level2 }),
      render: (_, r) => <Input.TextArea autoSize aria-label={`${t('form.level2')} ${r.index + 1}`} value={r.level2}
        onChange={(e) => set(renameTargetGroup(content, groupRows(content.indicators, r.index, 2), 2, e.target.value))} />,
    },
    text('name', t('form.level3')),
    text('target', t('form.target')),
    {
      title: t('form.weight'), key: 'w', width: 90,
      render: (_, r) => <InputNumber aria-label={`${t('form.weight')} ${r.index + 1}`} value={r.weight} min={0} max={100} style={{ width: '100%' }}
        onChange={(v) => set(withTargetIndicator(content, r.index, { weight: v == null ? 0 : Number(v) }))} />,
    },
    text('scoringMethod', t('targets.scoringMethod')),
    {
      title: t('common.actions'), key: 'x', width: 90,
      render: (_, r) => (
        <Space size={0}>
          <Button type="text" icon={<PlusOutlined />} aria-label={`${t('form.addRow')} ${r.index + 1}`} onClick={() => set(insertTargetRowAfter(content, r.index))} />
          <Button type="text" danger icon={<DeleteOutlined />} aria-label={`${t('form.removeRow')} ${r.index + 1}`} disabled={content.indicators.length <= 1}
            onClick={() => set(removeTargetRow(content, r.index))} />
        </Space>
      ),
    },
  ];
  const weightFindings = findings.filter((f) => f.path === 'weights' || f.path === 'indicators');

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%', minWidth: 0 }}>
      <Card size="small" title={t('targets.sheetTitle')}>
        <Space wrap style={{ width: '100%' }}>
          <label>{t('form.projectName')}<Input value={content.header.projectName} style={{ width: 320, display: 'block' }} disabled={identityFixed}
            onChange={(e) => header({ projectName: e.target.value })} /></label>
          <label>{t('common.year')}<InputNumber value={content.header.fiscalYear} min={2000} max={2100} style={{ width: 100, display: 'block' }}
            disabled={identityFixed} onChange={(v) => { const year = Number(v ?? 0); header({ fiscalYear: year }); onYearChange?.(year); }} /></label>
          <label>{t('form.competentDepartment')}<Input value={content.header.competentDepartment} style={{ width: 260, display: 'block' }}
            onChange={(e) => header({ competentDepartment: e.target.value })} /></label>
          <label>{t('form.implementingUnit')}<Input value={content.header.implementingUnit} style={{ width: 260, display: 'block' }}
            onChange={(e) => header({ implementingUnit: e.target.value })} /></label>
        </Space>
      </Card>
      <Table size="small" bordered pagination={false} rowKey="key" dataSource={budgetRows} aria-label={t('targets.budget')}
        columns={[
          { title: t('targets.budget'), dataIndex: 'label', key: 'label', width: 200 },
          {
            title: t('form.initialBudget'), key: 'a',
            render: (_, r) => <InputNumber aria-label={`${r.label} ${t('form.initialBudget')}`} value={content.budget[r.key]} min={0} precision={2}
              style={{ width: 200 }} onChange={(v) => set({ ...content, budget: { ...content.budget, [r.key]: v == null ? null : Number(v) } })} />,
          },
        ]} />
      <Card size="small" title={t('targets.goals')}>
        <Input.TextArea autoSize={{ minRows: 2 }} aria-label={t('targets.goals')} value={content.goals}
          onChange={(e) => set({ ...content, goals: e.target.value })} />
      </Card>
      <Table<Row> size="small" bordered pagination={false} rowKey="index" columns={columns} scroll={{ x: 1000 }} aria-label={t('form.level3')}
        dataSource={content.indicators.map((r, index) => ({ ...r, index }))} />
      <Card size="small">
        <Space wrap size="large">
          <label>{t('targets.executionWeight')}<InputNumber aria-label={t('targets.executionWeight')} value={content.executionWeight} min={0} max={100}
            style={{ width: 100, display: 'block' }} onChange={(v) => set({ ...content, executionWeight: v == null ? 0 : Number(v) })} /></label>
          <Tooltip title={tip(weightFindings)}>
            <Typography.Text className={cls(worstSeverity(weightFindings))} data-testid="weights-total">
              {t('targets.weightsTotal')}: {num(weightsTotal(content))}
            </Typography.Text>
          </Tooltip>
        </Space>
      </Card>
    </Space>
  );
}
