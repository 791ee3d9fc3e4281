import { Button, Card, Checkbox, Descriptions, Form, Input, Space, Spin, Table, Tag, Timeline, Typography } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { claimTask, etagOf, send } from '../../api/client';
import { useEvaluation, useMe, useNames, useRectification, useRectificationHistory } from '../../api/hooks';
import { nameOf } from '../../lib/names';
import type { RectificationNotice } from '../../api/types';
import { useSession } from '../../auth/session';
import FormKindTag from '../../components/FormKindTag';
import ProblemAlert from '../../components/ProblemAlert';
import { RectificationStatusTag } from '../../components/RectificationTags';
import { dateTime, day, marks } from '../../lib/format';
import { awaitsUnit, cellLabel } from '../../lib/rectifications';
import { today as todayOf } from '../../lib/tasks';
import { message } from '../../components/feedback';

/**
 * One rectification notice: its problems, requirement and deadline, the unit's answers and their decisions, and its
 * history. The unit answers it here (measures and the form's supporting files); a reviewer of its department claims
 * the answer's task and accepts or returns it.
 */
export default function RectificationPage() {
  const { id } = useParams();
  const { t, i18n } = useTranslation();
  const names = useNames().data;
  const session = useSession();
  const me = useMe().data;
  const queryClient = useQueryClient();
  const notice = useRectification(id);
  const history = useRectificationHistory(id, notice.data?.version);
  const form = useEvaluation(notice.data?.evaluationId ?? undefined);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  if (notice.isLoading) return <Spin />;
  if (!notice.data) return <ProblemAlert error={notice.error} />;
  const n = notice.data;
  const m = marks(i18n.language);
  const roles = session?.user.roles ?? [];
  const isUnit = roles.includes('unit') && me?.unitId === n.unitId;
  const isReviewer = roles.includes('reviewer') && (me?.departments ?? []).some((d) => d.id === n.departmentId);
  const task = n.currentTask;
  const holding = task?.status === 'Claimed' && task.assigneeId === session?.user.id;
  const underReview = n.status === 'Answered' || n.status === 'InReview';

  async function act(path: string, json: unknown) {
    setBusy(true);
    setError(null);
    try {
      await send<RectificationNotice>(`/api/rectifications/${n.id}/${path}`, { method: 'POST', json, idempotent: true, ifMatch: etagOf(n.version) });
      void message.success(t('reviewer.done'));
      await refresh();
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
      await refresh();
    } catch (err) {
      setError(err);
    }
  }

  async function refresh() {
    await queryClient.invalidateQueries({ queryKey: ['rectification', n.id] });
    await queryClient.invalidateQueries({ queryKey: ['rectifications'] });
    await queryClient.invalidateQueries({ queryKey: ['review-tasks'] });
  }

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Title level={2} style={{ marginBottom: 0 }}>
        {t('rectification.notice')}{m.colon}{n.subject} <RectificationStatusTag notice={n} today={todayOf()} />
      </Typography.Title>
      <Descriptions bordered size="small" column={{ xs: 1, md: 2 }}>
        <Descriptions.Item label={t('common.unit')}>{n.unitName}</Descriptions.Item>
        <Descriptions.Item label={t('common.year')}>{n.fiscalYear}</Descriptions.Item>
        <Descriptions.Item label={t('rectification.form')}>
          {n.evaluationId ? <><Link to={`/forms/${n.evaluationId}`}>{n.subject}</Link> <FormKindTag kind={n.formKind} /></> : t('rectification.wholeUnit')}
        </Descriptions.Item>
        <Descriptions.Item label={t('rectification.deadline')}><span data-testid="deadline">{day(n.deadline, i18n.language)}</span></Descriptions.Item>
        <Descriptions.Item label={t('rectification.issuedBy')}>{n.issuedByName}</Descriptions.Item>
        <Descriptions.Item label={t('common.created')}>{dateTime(n.createdAt, i18n.language)}</Descriptions.Item>
        <Descriptions.Item label={t('rectification.requirement')} span={2}>{n.requirement}</Descriptions.Item>
      </Descriptions>
      <Table size="small" pagination={false} rowKey={(_, i) => String(i)} dataSource={n.problems} aria-label={t('rectification.problems')}
        columns={[
          { title: '#', key: 'i', width: 50, render: (_, __, i) => i + 1 },
          { title: t('rectification.problems'), dataIndex: 'description', key: 'd' },
          { title: t('rectification.finding'), key: 'f', render: (_, p) => (p.findingCode ? <Tag data-code={p.findingCode}>{nameOf(names, 'findings', p.findingCode, i18n.language)}</Tag> : '—') },
          { title: t('rectification.recheckCell'), key: 'c', render: (_, p) => (p.recheckCell ? cellLabel(p.recheckCell, i18n.language) : '—') },
        ]} />

      {n.rounds.map((r) => (
        <Card key={r.round} size="small" title={t('rectification.roundN', { n: r.round })} data-testid={`round-${r.round}`}
          extra={<Tag data-outcome={r.outcome}>{t(`rectification.outcome.${r.outcome}`)}</Tag>}>
          <Typography.Paragraph><strong>{t('rectification.measures')}{m.colon}</strong>{r.measures}</Typography.Paragraph>
          {r.evidence.length > 0 && (
            <Typography.Paragraph>
              <strong>{t('reviewer.evidence')}{m.colon}</strong>
              {r.evidence.map((e) => <Tag key={e.evidenceId}>{e.fileName}</Tag>)}
            </Typography.Paragraph>
          )}
          {r.decidedByName && <Typography.Paragraph type="secondary">{r.decidedByName}{r.remark ? `${m.colon}${r.remark}` : ''}</Typography.Paragraph>}
        </Card>
      ))}

      <ProblemAlert error={error} />

      {isUnit && awaitsUnit(n) && (
        <AnswerCard notice={n} evidence={form.data?.evidence ?? []} busy={busy} onAnswer={(json) => void act('response', json)} />
      )}

      {isReviewer && underReview && task && (
        <Card title={t('rectification.review')} data-testid="rectification-review">
          {!holding && task.status === 'Open' && (
            <Button type="primary" onClick={() => void taskAction('claim')} data-testid="claim-rectification">{t('reviewer.claim')}</Button>
          )}
          {!holding && task.status === 'Claimed' && <Typography.Text>{t('reviewer.assignee')}{m.colon}{task.assigneeName}</Typography.Text>}
          {holding && <DecideForm busy={busy} onRelease={() => void taskAction('release')}
            onAccept={(comment) => void act('accept', { comment })} onReturn={(reason, deadline) => void act('return', { reason, deadline: deadline || null })} />}
        </Card>
      )}

      <Card title={t('rectification.history')} size="small">
        <Timeline items={(history.data?.events ?? []).map((e) => ({
          key: e.eventId,
          content: <span>{dateTime(e.timestamp, i18n.language)} {i18n.language.startsWith('zh') ? e.summary : e.summaryEn}</span>,
        }))} />
      </Card>
    </Space>
  );
}

function AnswerCard({ notice, evidence, busy, onAnswer }: {
  notice: RectificationNotice;
  evidence: { id: string; fileName: string }[];
  busy: boolean;
  onAnswer: (json: { measures: string; evidenceIds: string[] }) => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ measures: string; evidenceIds: string[] }>();
  return (
    <Card title={t('rectification.answer')} data-testid="answer-card">
      <Form form={form} layout="vertical" initialValues={{ evidenceIds: [] }} onFinish={(v) => onAnswer({ measures: v.measures, evidenceIds: v.evidenceIds ?? [] })}>
        <Form.Item name="measures" label={t('rectification.measures')} rules={[{ required: true, message: t('rectification.describe') }]}>
          <Input.TextArea aria-label={t('rectification.measures')} rows={4} maxLength={2000} />
        </Form.Item>
        {notice.evaluationId && (
          <Form.Item name="evidenceIds" label={t('reviewer.evidence')} extra={evidence.length === 0 ? t('rectification.noEvidence') : undefined}>
            <Checkbox.Group options={evidence.map((e) => ({ value: e.id, label: e.fileName }))} />
          </Form.Item>
        )}
        <Button type="primary" htmlType="submit" loading={busy} data-testid="send-answer">{t('rectification.sendAnswer')}</Button>
      </Form>
    </Card>
  );
}

function DecideForm({ busy, onAccept, onReturn, onRelease }: {
  busy: boolean;
  onAccept: (comment: string) => void;
  onReturn: (reason: string, deadline: string) => void;
  onRelease: () => void;
}) {
  const { t } = useTranslation();
  const [comment, setComment] = useState('');
  const [reason, setReason] = useState('');
  const [deadline, setDeadline] = useState('');
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <label>{t('rectification.comment')}
        <Input.TextArea aria-label={t('rectification.comment')} rows={2} value={comment} onChange={(e) => setComment(e.target.value)} maxLength={2000} />
      </label>
      <Space wrap>
        <Button type="primary" loading={busy} onClick={() => onAccept(comment)} data-testid="accept-rectification">{t('rectification.accept')}</Button>
        <Button onClick={onRelease}>{t('reviewer.release')}</Button>
      </Space>
      <label>{t('rectification.returnReason')}
        <Input.TextArea aria-label={t('rectification.returnReason')} rows={2} value={reason} onChange={(e) => setReason(e.target.value)} maxLength={2000} />
      </label>
      <label>{t('rectification.newDeadline')}{' '}
        <Input type="date" aria-label={t('rectification.newDeadline')} style={{ width: 180 }} value={deadline} onChange={(e) => setDeadline(e.target.value)} />
      </label>
      <Button danger loading={busy} disabled={!reason.trim()} onClick={() => onReturn(reason, deadline)} data-testid="return-rectification">
        {t('rectification.return')}
      </Button>
    </Space>
  );
}
