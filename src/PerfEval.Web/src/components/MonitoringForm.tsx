import { Button, Card, Input, InputNumber, Radio, Space, Table, Typography } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { etagOf, send } from '../api/client';
import { useCalendar } from '../api/hooks';
import type { IndicatorProgress, TargetDeclaration } from '../api/types';
import { monitoringRound } from '../lib/calendar';
import ProblemAlert from './ProblemAlert';
import { message } from './feedback';

/**
 * The unit's mid-year monitoring report on approved targets: cut-off month, executed to date, each indicator's
 * progress. When the year's calendar has a monitoring round, its cut-off month is the default and its due date is shown.
 */
export default function MonitoringForm({ declaration }: { declaration: TargetDeclaration }) {
  const { t } = useTranslation();
  const calendar = useCalendar(declaration.fiscalYear);
  // The form starts once the calendar is read (or cannot be): without a round there is no default month.
  if (calendar.isPending) return <Card size="small" title={t('targets.reportMonitoring')} loading />;
  return <MonitoringReportForm declaration={declaration} round={monitoringRound(calendar.data)} />;
}

function MonitoringReportForm({ declaration, round }: { declaration: TargetDeclaration; round: { month: number; due: string } | null }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const indicators = declaration.approved?.content.indicators ?? [];
  const [month, setMonth] = useState<number | undefined>(round?.month);
  const [executed, setExecuted] = useState<number | null>(null);
  const [rows, setRows] = useState<IndicatorProgress[]>(() =>
    indicators.map((_, index) => ({ index, valueSoFar: '', onTrack: true, reason: null, remedy: null })));
  const [remark, setRemark] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const setRow = (index: number, change: Partial<IndicatorProgress>) =>
    setRows((all) => all.map((r) => (r.index === index ? { ...r, ...change } : r)));

  async function report() {
    setBusy(true);
    setError(null);
    try {
      await send(`/api/targets/${declaration.id}/monitoring`, {
        method: 'POST', ifMatch: etagOf(declaration.version), idempotent: true,
        json: {
          cutOffMonth: month, executedToDate: executed ?? 0, remark: remark || null,
          indicators: rows.map((r) => (r.onTrack ? { index: r.index, valueSoFar: r.valueSoFar, onTrack: true } : r)),
        },
      });
      void message.success(t('targets.monitoringSaved'));
      await queryClient.invalidateQueries({ queryKey: ['target', declaration.id] });
      await queryClient.invalidateQueries({ queryKey: ['targets'] });
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  }

  const name = (index: number) => `${index + 1}. ${indicators[index]?.name ?? ''}`;
  return (
    <Card size="small" title={t('targets.reportMonitoring')} data-testid="monitoring-form">
      <Space orientation="vertical" style={{ width: '100%' }}>
        <Space wrap size="large">
          <label>{t('targets.cutOffMonth')}{' '}
            <InputNumber aria-label={t('targets.cutOffMonth')} style={{ width: 110 }} min={1} max={12} precision={0} value={month}
              onChange={(v) => setMonth(v == null ? undefined : Number(v))} suffix={t('targets.monthUnit')} />
          </label>
          {round && <Typography.Text strong data-testid="monitoring-due">{t('targets.reportDue', { due: round.due })}</Typography.Text>}
          <label>{t('targets.executedToDate')}{' '}
            <InputNumber aria-label={t('targets.executedToDate')} min={0} precision={2} value={executed} style={{ width: 160 }}
              onChange={(v) => setExecuted(v == null ? null : Number(v))} />
          </label>
        </Space>
        <Table<IndicatorProgress> size="small" bordered pagination={false} rowKey="index" dataSource={rows} scroll={{ x: 900 }}
          aria-label={t('targets.reportMonitoring')}
          columns={[
            { title: t('form.level3'), key: 'n', width: 200, render: (_, r) => name(r.index) },
            { title: t('form.target'), key: 't', width: 120, render: (_, r) => indicators[r.index]?.target },
            {
              title: t('targets.valueSoFar'), key: 'v',
              render: (_, r) => <Input aria-label={`${t('targets.valueSoFar')} ${r.index + 1}`} value={r.valueSoFar}
                onChange={(e) => setRow(r.index, { valueSoFar: e.target.value })} />,
            },
            {
              title: t('targets.onTrack'), key: 'o', width: 120,
              render: (_, r) => (
                <Radio.Group aria-label={`${t('targets.onTrack')} ${r.index + 1}`} value={r.onTrack} onChange={(e) => setRow(r.index, { onTrack: e.target.value as boolean })}
                  options={[{ value: true, label: t('targets.yes') }, { value: false, label: t('targets.no') }]} />
              ),
            },
            {
              title: t('targets.reason'), key: 'r',
              render: (_, r) => <Input.TextArea autoSize aria-label={`${t('targets.reason')} ${r.index + 1}`} disabled={r.onTrack} value={r.reason ?? ''}
                onChange={(e) => setRow(r.index, { reason: e.target.value })} />,
            },
            {
              title: t('targets.remedy'), key: 'm',
              render: (_, r) => <Input.TextArea autoSize aria-label={`${t('targets.remedy')} ${r.index + 1}`} disabled={r.onTrack} value={r.remedy ?? ''}
                onChange={(e) => setRow(r.index, { remedy: e.target.value })} />,
            },
          ]} />
        <label>{t('targets.remark')}<Input.TextArea autoSize aria-label={t('targets.remark')} value={remark} onChange={(e) => setRemark(e.target.value)} /></label>
        <ProblemAlert error={error} />
        <Button type="primary" loading={busy} disabled={month == null || executed == null} onClick={() => void report()} data-testid="report-monitoring">{t('targets.reportMonitoring')}</Button>
      </Space>
    </Card>
  );
}
