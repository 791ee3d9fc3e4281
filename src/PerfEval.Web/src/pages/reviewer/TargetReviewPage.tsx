import { Alert, Button, Card, Descriptions, Popconfirm, Radio, Space, Spin, Typography } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router-dom';
import { claimTask, send } from '../../api/client';
import { useTarget } from '../../api/hooks';
import { useSession } from '../../auth/session';
import FindingsList from '../../components/FindingsList';
import ProblemAlert from '../../components/ProblemAlert';
import TargetNotes from '../../components/TargetNotes';
import TargetSheet from '../../components/TargetSheet';
import { KindTag, TargetStatusTag } from '../../components/TargetTags';
import { CommentCard, RejectForm, RevisionCard } from '../../components/ReviewActionCards';
import { changedCells } from '../../lib/targets';
import { message } from '../../components/feedback';
import { grade as gradeText } from '../../lib/format';

const grades = ['优', '良', '中', '差'];

/**
 * The review of a target declaration (its findings, comments, revision, approval with a grade, rejection), or of an
 * adjustment of approved targets (the approved version beside the requested one, changed cells highlighted).
 */
export default function TargetReviewPage() {
  const { id } = useParams();
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const session = useSession();
  const queryClient = useQueryClient();
  const declaration = useTarget(id);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  // No grade is preset: the reviewer chooses one before approving.
  const [grade, setGrade] = useState<string | undefined>();

  if (declaration.isLoading) return <Spin />;
  if (!declaration.data) return <ProblemAlert error={declaration.error} />;
  const d = declaration.data;
  const task = d.currentTask;
  const holding = task?.status === 'Claimed' && task.assigneeId === session?.user.id;
  const adjustment = d.pendingAdjustment;
  const open = task != null && task.status !== 'Done' && (d.status === 'InReview' || adjustment != null);
  const indicatorOptions = d.content.indicators.map((row, i) => ({ value: i, label: `${i + 1}. ${row.name}` }));

  async function act(path: string, json?: unknown, after?: () => void) {
    setBusy(true);
    setError(null);
    try {
      await send(`/api/targets/${d.id}/${path}`, { method: 'POST', json, idempotent: true });
      void message.success(t('reviewer.done'));
      after?.();
      await queryClient.invalidateQueries({ queryKey: ['target', d.id] });
      await queryClient.invalidateQueries({ queryKey: ['review-tasks'] });
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  }

  async function taskAction(action: 'claim' | 'release') {
    if (!task) return;
    setError(null);
    try {
      if (action === 'claim') await claimTask(task.taskId);
      else await send(`/api/review-tasks/${task.taskId}/release`, { method: 'POST', idempotent: true });
      await declaration.refetch();
      await queryClient.invalidateQueries({ queryKey: ['review-tasks'] });
    } catch (err) {
      setError(err);
    }
  }

  const finish = () => void navigate('/reviewer');
  const changed = adjustment && d.approved ? changedCells(d.approved.content, adjustment.content) : undefined;

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Title level={2} style={{ marginBottom: 0 }}>
        {d.projectName} <KindTag kind={adjustment ? 'TargetAdjustment' : 'Targets'} /> <TargetStatusTag status={d.status} />
      </Typography.Title>
      <Descriptions size="small" bordered column={{ xs: 1, md: 4 }} items={[
        { key: 'u', label: t('common.unit'), children: d.content.header.implementingUnit || '—' },
        { key: 'd', label: t('common.department'), children: d.content.header.competentDepartment || '—' },
        { key: 'y', label: t('common.year'), children: d.fiscalYear },
        { key: 'a', label: t('reviewer.assignee'), children: task?.assigneeName ?? '—' },
      ]} />
      {open && !holding && task?.status !== 'Claimed' && (
        <Alert type="info" showIcon title={t('reviewer.claimFirst')}
          action={<Button onClick={() => void taskAction('claim')} data-testid="claim-here">{t('reviewer.claim')}</Button>} />
      )}
      {holding && <Space><Button onClick={() => void taskAction('release')}>{t('reviewer.release')}</Button></Space>}
      <ProblemAlert error={error} />
      {adjustment && d.approved ? (
        <>
          <Card size="small" title={t('targetReview.adjustmentN', { n: adjustment.number })}>
            <Descriptions size="small" column={1} items={[{ key: 'r', label: t('targets.adjustReason'), children: <span data-testid="adjust-reason">{adjustment.reason}</span> }]} />
            <Typography.Text type="secondary">{t('targets.changedHint')}</Typography.Text>
          </Card>
          <div className="compare-layout">
            <Card size="small" title={t('targets.approvedVersion', { n: d.approved.number })}><TargetSheet content={d.approved.content} /></Card>
            <Card size="small" title={t('targets.requestedVersion')}><TargetSheet content={adjustment.content} changed={changed} testId="requested-sheet" /></Card>
          </div>
          <Card size="small">
            <Space wrap align="start">
              <Popconfirm title={t('targetReview.approveAdjustment')} okText={t('common.confirm')} cancelText={t('common.cancel')}
                onConfirm={() => void act(`adjustments/${adjustment.number}/approve`, undefined, finish)}>
                <Button type="primary" disabled={!holding || busy} data-testid="approve-adjustment">{t('targetReview.approveAdjustment')}</Button>
              </Popconfirm>
              <RejectForm inline disabled={!holding || busy} label={t('targetReview.rejectAdjustment')}
                onReject={(reason) => void act(`adjustments/${adjustment.number}/reject`, { reason }, finish)} />
            </Space>
          </Card>
        </>
      ) : (
        <div className="editor-layout">
          <Space orientation="vertical" size="middle" style={{ width: '100%', minWidth: 0 }}>
            <FindingsList findings={d.findings} />
            <Card><TargetSheet content={d.content} findings={d.findings} testId="target-sheet" /></Card>
            <TargetNotes declaration={d} />
          </Space>
          <aside className="editor-side" aria-label={t('reviewer.openReview')}>
            <Space orientation="vertical" style={{ width: '100%' }}>
              <CommentCard disabled={!holding || busy} indicatorOptions={indicatorOptions} onSend={(json, after) => void act('review/comments', json, after)} />
              <RevisionCard disabled={!holding || busy} onSend={(json) => void act('review/request-revision', json, finish)} />
              <Card size="small" title={`${t('targetReview.approve')} / ${t('targetReview.reject')}`}>
                <Space orientation="vertical" style={{ width: '100%' }}>
                  <Space>
                    <span id="grade-label">{t('targetReview.grade')}</span>
                    <Radio.Group aria-labelledby="grade-label" optionType="button" value={grade} disabled={!holding || busy}
                      onChange={(e) => setGrade(e.target.value as string)} options={grades.map((g) => ({ value: g, label: gradeText(g, i18n.language) }))} />
                  </Space>
                  <Popconfirm title={t('targetReview.approveConfirm', { grade: gradeText(grade, i18n.language) })} okText={t('common.confirm')} cancelText={t('common.cancel')}
                    disabled={!grade} onConfirm={() => void act('review/approve', { grade }, finish)}>
                    <Button type="primary" block disabled={!holding || busy || !grade} data-testid="approve-targets">{t('targetReview.approve')}</Button>
                  </Popconfirm>
                  <RejectForm disabled={!holding || busy} label={t('targetReview.reject')} onReject={(reason) => void act('review/reject', { reason }, finish)} />
                </Space>
              </Card>
            </Space>
          </aside>
        </div>
      )}
    </Space>
  );
}
