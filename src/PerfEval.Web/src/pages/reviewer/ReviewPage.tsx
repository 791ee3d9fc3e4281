import { Alert, Button, Card, Descriptions, Popconfirm, Space, Spin, Typography } from 'antd';
import type { Evaluation } from '../../api/types';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router-dom';
import { claimTask, download, send } from '../../api/client';
import { useEvaluation, useNameOf } from '../../api/hooks';
import { useSession } from '../../auth/session';
import CrossFindingsList from '../../components/CrossFindingsList';
import EvidencePanel from '../../components/EvidencePanel';
import FindingsList from '../../components/FindingsList';
import FormSheet from '../../components/FormSheet';
import ProblemAlert from '../../components/ProblemAlert';
import RecheckCard from '../../components/RecheckCard';
import ReviewNotes from '../../components/ReviewNotes';
import StatusTag from '../../components/StatusTag';
import FormKindTag from '../../components/FormKindTag';
import { titleOf } from '../../lib/departmentWide';
import { CommentCard, RejectForm, RevisionCard } from '../../components/ReviewActionCards';
import { day, grade, score } from '../../lib/format';
import { type Cell, deviationText, scoredCellOf, withdrawBody } from '../../lib/recheck';
import { message, modal } from '../../components/feedback';

/** The review screen: claimed vs computed figures with findings on the cells, and the reviewer's decisions. */
export default function ReviewPage() {
  const { id } = useParams();
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const session = useSession();
  const queryClient = useQueryClient();
  const evaluation = useEvaluation(id);
  const name = useNameOf();
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [pick, setPick] = useState<{ cell: Cell; n: number } | null>(null);

  if (evaluation.isLoading) return <Spin />;
  if (!evaluation.data) return <ProblemAlert error={evaluation.error} />;
  const e = evaluation.data;
  const task = e.currentTask;
  const holding = task?.status === 'Claimed' && task.assigneeId === session?.user.id;
  const indicatorOptions = e.form.indicators.map((row, i) => ({ value: i, label: `${i + 1}. ${row.name}` }));
  const recheck = e.recheckTask && e.recheckTask.task.status !== 'Done' ? e.recheckTask : null;
  const holdingRecheck = recheck?.task.status === 'Claimed' && recheck.task.assigneeId === session?.user.id;
  const figures = e.recheckFigures;

  // Each action says what happened in its success message (the answer is the form after the action).
  async function act(path: string, json: unknown, after: (() => void) | undefined, done: (next: Evaluation) => string) {
    setBusy(true);
    setError(null);
    try {
      const { body } = await send<Evaluation>(`/api/evaluations/${e.id}/review/${path}`, { method: 'POST', json, idempotent: true });
      void message.success(done(body));
      after?.();
      await queryClient.invalidateQueries({ queryKey: ['evaluation', e.id] });
      await queryClient.invalidateQueries({ queryKey: ['review-tasks'] });
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  }

  const finish = () => void navigate('/reviewer');
  const canRecheck = (holding || holdingRecheck) && !busy;
  const adjust = canRecheck ? (cell: Cell) => setPick({ cell, n: Date.now() }) : undefined;
  const cellName = (cell: Cell) => (cell == null ? t('form.execution') : `${cell + 1}. ${e.form.indicators[cell]?.name ?? ''}`);
  const recheckOf = (next: Evaluation, cell: Cell) =>
    next.rechecks?.find((r) => (r.target.indicatorIndex ?? null) === cell)?.verifiedScore;
  const adjustedCells = (e.rechecks ?? []).length;
  const approveText = t('sheet.approveConfirm', {
    total: score(e.reviewedTotal), grade: grade(e.reviewedGrade, i18n.language),
    adjusted: adjustedCells > 0 ? t('sheet.approveAdjusted', { n: adjustedCells }) : '',
  });
  const confirmRevision = (json: { reasons: string[] }) => modal.confirm({
    title: t('reviewer.requestRevision'),
    content: (
      <div data-testid="revision-confirm">
        <p>{t('sheet.revisionConfirm')}</p>
        <ol>{json.reasons.map((r, i) => <li key={i}>{r}</li>)}</ol>
      </div>
    ),
    okText: t('reviewer.requestRevision'), cancelText: t('common.cancel'),
    onOk: () => act('request-revision', json, finish, () => t('sheet.revisionDone')),
  });
  const confirmReject = (reason: string) => modal.confirm({
    title: t('reviewer.reject'),
    content: <span data-testid="reject-confirm">{t('sheet.rejectConfirm', { reason })}</span>,
    okText: t('reviewer.reject'), okButtonProps: { danger: true }, cancelText: t('common.cancel'),
    onOk: () => act('reject', { reason }, finish, () => t('sheet.rejectDone')),
  });

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Title level={2} style={{ marginBottom: 0 }}>{titleOf(e.form, t)} <FormKindTag kind={e.form.kind} /> <StatusTag status={e.status} /></Typography.Title>
      <Descriptions size="small" bordered column={{ xs: 1, md: 4 }} items={[
        { key: 'u', label: t('common.unit'), children: name('unit', e.unitId) },
        { key: 's', label: t('reviewer.submission', { n: e.submissions }), children: task?.dueDate ? day(task.dueDate, i18n.language) : t('reviewer.noDue') },
        { key: 'c', label: `${t('form.claimed')} / ${t('form.computed')}`, children: `${score(e.form.claimedTotal)} / ${score(e.scorecard?.computedTotal)}` },
        { key: 'r', label: t('form.reviewed'), children: <span data-testid="reviewed-total">{score(e.reviewedTotal)} {grade(e.reviewedGrade, i18n.language)}</span> },
        { key: 'd', label: `${t('reviewer.deviation')} / ${t('reviewer.quality')}`,
          children: <span data-testid="deviation">{deviationText(figures?.deviation)} {figures?.quality ?? ''}</span> },
      ]} />
      <Space>
        <Button onClick={() => void download(`/api/evaluations/${e.id}/recheck-workpaper?format=xlsx`, `${e.projectName}-复核底稿.xlsx`)}>
          {t('reviewer.workpaper')}
        </Button>
      </Space>
      {!holding && !recheck && e.status === 'InReview' && task?.status !== 'Claimed' && (
        <Alert type="info" showIcon title={t('reviewer.claimFirst')}
          action={task && <Button onClick={() => void claimTask(task.taskId).then(() => evaluation.refetch())}>{t('reviewer.claim')}</Button>} />
      )}
      <ProblemAlert error={error} />
      <div className="editor-layout">
        <Space orientation="vertical" size="middle" style={{ width: '100%', minWidth: 0 }}>
          {e.scorecard && <FindingsList findings={e.scorecard.findings} action={adjust && ((f) => {
            const cell = scoredCellOf(f.path);
            return cell === undefined ? null : (
              <Button size="small" type="link" onClick={() => adjust(cell)} data-testid="adjust-finding"
                aria-label={`${t('sheet.adjustFinding')} ${cellName(cell)}`}>{t('sheet.adjustFinding')}</Button>
            );
          })} />}
          <CrossFindingsList evaluationId={e.id} />
          <Card><FormSheet form={e.form} scorecard={e.scorecard} adjustments={e.adjustments} evidence={{ evaluationId: e.id, items: e.evidence ?? [] }} onAdjust={adjust} /></Card>
          <EvidencePanel evaluation={e} owner={false} />
          <ReviewNotes evaluation={e} />
        </Space>
        <aside className="editor-side" aria-label={t('reviewer.claimedVsComputed')}>
          <Space orientation="vertical" style={{ width: '100%' }}>
            <CommentCard disabled={!holding || busy} indicatorOptions={indicatorOptions} onSend={(json, after) => void act('comments', json, after, () => t('sheet.commentDone'))} />
            <RecheckCard evaluation={e} disabled={!(holding || holdingRecheck) || busy} pick={pick} userId={session?.user.id}
              onRecord={(json, after) => {
                const entry = (json as { entries: { indicatorIndex: number | null }[] }).entries[0];
                void act('recheck', json, after, (next) =>
                  t('sheet.recheckDone', { cell: cellName(entry.indicatorIndex), score: score(recheckOf(next, entry.indicatorIndex)) }));
              }}
              onWithdraw={(entry) => {
                const cell = entry.target.indicatorIndex ?? null;
                void act('recheck/withdraw', withdrawBody(cell), undefined, () =>
                  t('sheet.withdrawDone', { cell: cellName(cell), score: score(entry.selfScore) }));
              }} />
            {recheck && (
              <Card size="small" title={t('reviewer.recheckTask')}>
                <Space orientation="vertical" style={{ width: '100%' }}>
                  {recheck.task.status === 'Open' && (
                    <Button block onClick={() => void claimTask(recheck.task.taskId).then(() => evaluation.refetch())}>{t('reviewer.claimRecheck')}</Button>
                  )}
                  <Button type="primary" block disabled={!holdingRecheck || busy} data-testid="complete-recheck"
                    onClick={() => void act('recheck/complete', undefined, finish, () => t('sheet.completeRecheckDone'))}>{t('reviewer.completeRecheck')}</Button>
                </Space>
              </Card>
            )}
            <RevisionCard disabled={!holding || busy} onSend={(json) => { void confirmRevision(json); }} />
            <Card size="small" title={`${t('reviewer.approve')} / ${t('reviewer.reject')}`}>
              <Space orientation="vertical" style={{ width: '100%' }}>
                <Popconfirm title={t('reviewer.approve')} description={<span data-testid="approve-confirm">{approveText}</span>}
                  onConfirm={() => void act('approve', undefined, finish, (next) =>
                    t('sheet.approveDone', { total: score(next.finalTotal), grade: next.finalGrade ? grade(next.finalGrade, i18n.language) : '' }))}
                  okText={t('common.confirm')} cancelText={t('common.cancel')}>
                  <Button type="primary" block disabled={!holding || busy} data-testid="approve">{t('reviewer.approve')}</Button>
                </Popconfirm>
                <RejectForm disabled={!holding || busy} label={t('reviewer.reject')} onReject={(reason) => { void confirmReject(reason); }} />
              </Space>
            </Card>
          </Space>
        </aside>
      </div>
    </Space>
  );
}
