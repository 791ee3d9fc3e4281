import { Button, Card, Collapse, Descriptions, Input, Space, Spin, Table, Tag, Typography } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router-dom';
import { etagOf, send } from '../api/client';
import { useMe, useTarget } from '../api/hooks';
import type { Evaluation, TargetAdjustment, TargetContent } from '../api/types';
import { useSession } from '../auth/session';
import FindingsList from '../components/FindingsList';
import MonitoringForm from '../components/MonitoringForm';
import ProblemAlert from '../components/ProblemAlert';
import TargetContentEditor from '../components/TargetContentEditor';
import TargetNotes from '../components/TargetNotes';
import TargetSheet from '../components/TargetSheet';
import { LightTag, TargetStatusTag } from '../components/TargetTags';
import { tones } from '../components/tones';
import { historyPagePath } from '../lib/history';
import { percent } from '../lib/targets';
import { message } from '../components/feedback';
import { grade } from '../lib/format';

/** One declaration: its status, checks, content in the official layout, approved versions, adjustments and monitoring. */
export default function TargetPage() {
  const { id } = useParams();
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const session = useSession();
  const me = useMe().data;
  const queryClient = useQueryClient();
  const declaration = useTarget(id);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [adjusting, setAdjusting] = useState<TargetContent | null>(null);
  const [reason, setReason] = useState('');

  if (declaration.isLoading) return <Spin />;
  if (!declaration.data) return <ProblemAlert error={declaration.error} />;
  const d = declaration.data;
  const mine = session?.user.roles.includes('unit') && me?.unitId === d.unitId;
  const latest = d.monitoring.length ? d.monitoring[d.monitoring.length - 1] : null;

  async function run(action: () => Promise<void>) {
    setBusy(true);
    setError(null);
    try {
      await action();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  }

  const requestAdjustment = () => run(async () => {
    await send(`/api/targets/${d.id}/adjustments`, { method: 'POST', ifMatch: etagOf(d.version), idempotent: true, json: { reason, content: adjusting } });
    void message.success(t('reviewer.done'));
    setAdjusting(null);
    setReason('');
    await queryClient.invalidateQueries({ queryKey: ['target', d.id] });
  });

  const createEvaluation = () => run(async () => {
    const { body } = await send<Evaluation>('/api/evaluations', { method: 'POST', json: { targetId: d.id } });
    await queryClient.invalidateQueries({ queryKey: ['evaluations'] });
    void navigate(`/unit/forms/${body.id}/edit`);
  });

  const adjustmentStatus = (a: TargetAdjustment) => (
    <Tag variant="solid" color={a.status === 'Approved' ? tones.success : a.status === 'Rejected' ? tones.danger : tones.progress}>
      {t(`targets.adjustStatus.${a.status}`)}
    </Tag>
  );

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Title level={2} style={{ marginBottom: 0 }}>{d.projectName} <TargetStatusTag status={d.status} /></Typography.Title>
      <Descriptions size="small" bordered column={{ xs: 1, md: 4 }} items={[
        { key: 'u', label: t('common.unit'), children: d.content.header.implementingUnit || '—' },
        { key: 'd', label: t('common.department'), children: d.content.header.competentDepartment || '—' },
        { key: 'g', label: t('targets.grade'), children: <span data-testid="review-grade">{grade(d.reviewGrade, i18n.language)}</span> },
        { key: 'l', label: t('targets.light'), children: d.status === 'Approved' ? <span data-testid="target-light"><LightTag light={d.light} /></span> : '—' },
      ]} />
      <ProblemAlert error={error} />
      <Space wrap>
        {mine && (d.status === 'Draft' || d.status === 'RevisionRequested') && (
          <Button type="primary" onClick={() => void navigate(`/unit/targets/${d.id}/edit`)}>{t('unit.edit')}</Button>
        )}
        {mine && d.approved && (
          <>
            <Button type="primary" loading={busy} onClick={() => void createEvaluation()} data-testid="create-evaluation">{t('targets.createEvaluation')}</Button>
            <Button disabled={Boolean(d.pendingAdjustment) || adjusting != null} onClick={() => setAdjusting(d.approved!.content)} data-testid="request-adjustment">
              {d.pendingAdjustment ? t('targets.adjustPending') : t('targets.adjust')}
            </Button>
          </>
        )}
        <Button onClick={() => void navigate(historyPagePath('targets', d.id))} data-testid="target-history">{t('targets.history')}</Button>
      </Space>
      <TargetNotes declaration={d} />
      {adjusting && (
        <Card title={t('targets.adjust')} size="small">
          <Space orientation="vertical" style={{ width: '100%' }}>
            <label>{t('targets.adjustReason')}<Input.TextArea autoSize={{ minRows: 2 }} aria-label={t('targets.adjustReason')} value={reason}
              onChange={(e) => setReason(e.target.value)} /></label>
            <TargetContentEditor content={adjusting} onChange={setAdjusting} identityFixed />
            <Space>
              <Button type="primary" loading={busy} disabled={!reason.trim()} onClick={() => void requestAdjustment()}>{t('targets.adjustSubmit')}</Button>
              <Button onClick={() => setAdjusting(null)}>{t('common.cancel')}</Button>
            </Space>
          </Space>
        </Card>
      )}
      {d.approved && (
        <Card size="small" title={t('targets.latestLight')} data-testid="latest-monitoring">
          {latest ? (
            <Descriptions size="small" column={{ xs: 1, md: 5 }} items={[
              { key: 'l', label: t('targets.light'), children: <LightTag light={latest.assessment.light} /> },
              { key: 'm', label: t('targets.cutOffMonth'), children: t('targets.month', { n: latest.report.cutOffMonth }) },
              { key: 'r', label: t('monitoringView.executionRate'), children: percent(latest.assessment.executionRate) },
              { key: 'e', label: t('monitoringView.elapsedShare'), children: percent(latest.assessment.elapsedShare) },
              { key: 'p', label: t('monitoringView.pace'), children: percent(latest.assessment.pace) },
            ]} />
          ) : <Typography.Text>{t('targets.noMonitoring')}</Typography.Text>}
        </Card>
      )}
      {mine && d.approved && <MonitoringForm key={`${d.approved.number}-${d.monitoring.length}`} declaration={d} />}
      {d.status !== 'Approved' && <FindingsList findings={d.findings} />}
      <Card><TargetSheet content={d.content} findings={d.status === 'Approved' ? [] : d.findings} testId="target-sheet" /></Card>
      {d.versions.length > 0 && (
        <Card size="small" title={t('targets.versions')}>
          <Collapse items={[...d.versions].reverse().map((v) => ({
            key: v.number,
            label: `${t('targets.versionN', { n: v.number })} · ${t('targets.approvedBy')} ${v.approvedBy}${v.reason ? ` · ${v.reason}` : ''}`,
            children: <TargetSheet content={v.content} />,
          }))} />
        </Card>
      )}
      {d.adjustments.length > 0 && (
        <Card size="small" title={t('targets.adjustments')}>
          <Table<TargetAdjustment> size="small" rowKey="number" pagination={false} dataSource={d.adjustments} aria-label={t('targets.adjustments')}
            columns={[
              { title: '#', dataIndex: 'number', key: 'n', width: 50 },
              { title: t('targets.adjustReason'), dataIndex: 'reason', key: 'r' },
              { title: t('common.status'), key: 's', render: (_, a) => adjustmentStatus(a) },
              { title: t('form.rejection'), key: 'x', render: (_, a) => a.rejectionReason ?? '—' },
            ]} />
        </Card>
      )}
    </Space>
  );
}
