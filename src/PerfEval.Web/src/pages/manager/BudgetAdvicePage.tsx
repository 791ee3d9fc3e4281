import { Button, Card, Input, InputNumber, Select, Space, Table, Tag, Typography } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { download, send } from '../../api/client';
import { useBudgetAdvice } from '../../api/hooks';
import type { AdviceKind, BudgetAdviceRow } from '../../api/types';
import ProblemAlert from '../../components/ProblemAlert';
import { grade, marks, num, score } from '../../lib/format';
import { useYearParam } from '../../lib/useYearParam';
import { yearChoices, yearOptions } from '../../lib/years';
import { message } from '../../components/feedback';

const kinds: AdviceKind[] = ['Priority', 'Maintain', 'Cut', 'CancelOrSuspend'];

/**
 * Budget advice from results (结果应用): each approved project of a year with the advice its grade, re-check deviation
 * and rectification give for next year's budget; management overrides one with a reason and exports the list (.xlsx)
 * for the budget division.
 */
/** An advice as people read it, in the UI's language: 压减 (Cut) carries its share ("压减 10%", "Cut 10%"). */
/** Why the rules advise what they advise, in the UI's language. */
const reasonsOf = (computed: BudgetAdviceRow['computed'], language: string) =>
  language === 'en' && computed.reasonsEn?.length ? computed.reasonsEn : computed.reasons;

function useAdviceLabel() {
  const { t } = useTranslation();
  return (kind: AdviceKind, cutPercent: number | null) =>
    (kind === 'Cut' && cutPercent != null ? `${t('budgetAdvice.kind.Cut')} ${num(cutPercent)}%` : t(`budgetAdvice.kind.${kind}`));
}

export default function BudgetAdvicePage() {
  const { t, i18n } = useTranslation();
  const label = useAdviceLabel();
  const m = marks(i18n.language);
  const [year, setYear] = useYearParam(new Date().getFullYear() - 1);
  const [departmentId, setDepartmentId] = useState<string | undefined>();
  const advice = useBudgetAdvice(year, departmentId);
  const [editing, setEditing] = useState<BudgetAdviceRow | null>(null);
  const [error, setError] = useState<unknown>(null);
  const rows = advice.data?.rows ?? [];
  const departments = [...new Map(rows.map((r) => [r.departmentId, r.departmentName])).entries()];
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Title level={2}>{t('budgetAdvice.title', { next: year + 1 })}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('budgetAdvice.hint', { cut: advice.data?.cutPercent ?? 10 })}</Typography.Paragraph>
      <Space wrap>
        <label>{t('common.year')}{' '}
          <Select aria-label={t('common.year')} style={{ width: 110 }} value={year} onChange={(y) => { setYear(y); setDepartmentId(undefined); }}
            options={yearChoices(yearOptions.map((o) => o.value), year)} />
        </label>
        <label>{t('common.department')}{' '}
          <Select aria-label={t('common.department')} style={{ width: 220 }} value={departmentId ?? ''} onChange={(v) => setDepartmentId(v || undefined)}
            options={[{ value: '', label: t('common.all') }, ...departments.map(([id, name]) => ({ value: id, label: name }))]} />
        </label>
        <Button icon={<DownloadOutlined />} data-testid="export-budget-advice"
          onClick={() => void download(`/api/budget-advice/${year}/export?format=xlsx${departmentId ? `&departmentId=${encodeURIComponent(departmentId)}` : ''}`, `budget-advice-${year}.xlsx`).catch(setError)}>
          {t('budgetAdvice.export')}
        </Button>
      </Space>
      <ProblemAlert error={advice.error ?? error} />
      {editing && <OverrideCard year={year} row={editing} onClose={() => setEditing(null)} />}
      <Table<BudgetAdviceRow> rowKey="evaluationId" loading={advice.isLoading} dataSource={rows} pagination={{ pageSize: 50 }}
        aria-label={t('budgetAdvice.list')} scroll={{ x: 1300 }}
        locale={{ emptyText: <span style={{ color: 'rgba(0, 0, 0, 0.62)' }}>{t('budgetAdvice.none')}</span> }}
        columns={[
          { title: t('common.department'), dataIndex: 'departmentName', key: 'd' },
          { title: t('common.unit'), dataIndex: 'unitName', key: 'u' },
          { title: t('common.project'), key: 'p', render: (_, r) => <Link to={`/forms/${r.evaluationId}`}>{r.projectName}</Link> },
          { title: t('budgetAdvice.budget'), key: 'b', align: 'right', render: (_, r) => num(r.budget) },
          { title: t('budgetAdvice.grade'), key: 'g', render: (_, r) => m.aside(grade(r.finalGrade, i18n.language), score(r.finalTotal)) },
          { title: t('reviewer.deviation'), key: 'dv', render: (_, r) => (r.deviation == null ? '—' : `${num(r.deviation * 100)}%`) },
          { title: t('budgetAdvice.rectification'), key: 'r', render: (_, r) => t(`budgetAdvice.rectificationState.${r.rectification}`) },
          { title: t('budgetAdvice.computed'), key: 'c', render: (_, r) => <span title={reasonsOf(r.computed, i18n.language).join(m.clauses)}>{label(r.computed.kind, r.computed.cutPercent)}</span> },
          {
            title: t('budgetAdvice.advice'), key: 'a', render: (_, r) => (
              <Space orientation="vertical" size={0}>
                <Tag variant="solid" color={r.override ? '#ad4e00' : '#1f5f99'} data-testid="advice" data-advice={r.advice}>{label(r.advice, r.cutPercent)}</Tag>
                {r.override && <Typography.Text type="secondary">{m.aside(r.override.reason, r.override.managerName)}</Typography.Text>}
              </Space>
            ),
          },
          { title: t('budgetAdvice.reference'), key: 'ref', align: 'right', render: (_, r) => num(r.referenceAmount) },
          {
            title: t('common.actions'), key: 'x', render: (_, r) => (
              <Button size="small" onClick={() => setEditing(r)} data-testid="override-advice">{t('budgetAdvice.override')}</Button>
            ),
          },
        ]} />
    </Space>
  );
}

function OverrideCard({ year, row, onClose }: { year: number; row: BudgetAdviceRow; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const label = useAdviceLabel();
  const m = marks(i18n.language);
  const queryClient = useQueryClient();
  const [advice, setAdvice] = useState<AdviceKind>(row.advice);
  const [cut, setCut] = useState<number | null>(row.cutPercent);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  async function save() {
    setBusy(true);
    setError(null);
    try {
      await send(`/api/budget-advice/${year}/${row.evaluationId}/override`, {
        method: 'POST', idempotent: true, json: { advice, cutPercent: advice === 'Cut' ? cut : null, reason },
      });
      void message.success(t('common.saved'));
      await queryClient.invalidateQueries({ queryKey: ['budget-advice'] });
      onClose();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  }

  return (
    <Card title={t('budgetAdvice.overrideOf', { project: row.projectName })} data-testid="override-card">
      <Space orientation="vertical" style={{ width: '100%' }}>
        <Typography.Text>{t('budgetAdvice.computed')}{m.colon}{m.aside(label(row.computed.kind, row.computed.cutPercent), reasonsOf(row.computed, i18n.language).join(m.clauses))}</Typography.Text>
        <Space wrap>
          <label>{t('budgetAdvice.advice')}{' '}
            <Select aria-label={t('budgetAdvice.advice')} style={{ width: 160 }} value={advice} onChange={setAdvice}
              options={kinds.map((k) => ({ value: k, label: t(`budgetAdvice.kind.${k}`) }))} />
          </label>
          {advice === 'Cut' && (
            <label>{t('budgetAdvice.cutPercent')}{' '}
              <InputNumber aria-label={t('budgetAdvice.cutPercent')} min={1} max={100} value={cut} onChange={(v) => setCut(v)} />
            </label>
          )}
        </Space>
        <label>{t('common.reason')}
          <Input.TextArea aria-label={t('common.reason')} rows={2} value={reason} onChange={(e) => setReason(e.target.value)} maxLength={2000} />
        </label>
        <ProblemAlert error={error} />
        <Space>
          <Button type="primary" loading={busy} disabled={!reason.trim()} onClick={() => void save()} data-testid="save-override">{t('common.save')}</Button>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
        </Space>
      </Space>
    </Card>
  );
}
