import { Button, Space, Switch, Tag } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { claimTask, send } from '../../api/client';
import { useNameOf, useReviewTasks } from '../../api/hooks';
import type { ReviewTask } from '../../api/types';
import { useSession } from '../../auth/session';
import ListTable from '../../components/ListTable';
import PlainSelect from '../../components/PlainSelect';
import ProblemAlert from '../../components/ProblemAlert';
import { tones } from '../../components/tones';
import { dateTime, day as dateText } from '../../lib/format';
import { daysLeft, isOverdue, oldestFirst, today } from '../../lib/tasks';
import { kindOf, reviewPathOf, viewPathOf } from '../../lib/targets';
import { KindTag } from '../../components/TargetTags';
import FormKindTag from '../../components/FormKindTag';
import { message } from '../../components/feedback';

/** The reviewer's inbox: tasks of the reviewer's departments, oldest first, due dates, overdue highlighted. */
export default function InboxPage() {
  const { t, i18n } = useTranslation();
  const session = useSession();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [status, setStatus] = useState<string | undefined>('Open');
  const [mine, setMine] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const tasks = useReviewTasks({ status, assignee: mine ? 'me' : undefined });
  const name = useNameOf();
  const day = today();

  async function act(task: ReviewTask, action: 'claim' | 'release') {
    setError(null);
    try {
      if (action === 'claim') await claimTask(task.id);
      else await send(`/api/review-tasks/${task.id}/release`, { method: 'POST', idempotent: true });
      void message.success(t('reviewer.done'));
      await queryClient.invalidateQueries({ queryKey: ['review-tasks'] });
      // A claimed task is worked at once: the review screen opens.
      if (action === 'claim') void navigate(reviewPathOf(task));
    } catch (e) {
      setError(e);
    }
  }

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <h2 className="page-title">{t('reviewer.inbox')}</h2>
      <Space wrap>
        <label>{t('common.status')}{' '}
          <PlainSelect label={t('common.status')} width={140} placeholder={t('common.all')} value={status} onChange={setStatus}
            options={['Open', 'Claimed', 'Done'].map((s) => ({ value: s, label: t(`taskStatus.${s}`) }))} />
        </label>
        <label><Switch checked={mine} onChange={setMine} aria-label={t('reviewer.onlyMine')} /> {t('reviewer.onlyMine')}</label>
        <Button onClick={() => void tasks.refetch()}>{t('common.refresh')}</Button>
      </Space>
      <ProblemAlert error={error ?? tasks.error} />
      <ListTable<ReviewTask> rowKey={(task) => task.id} loading={tasks.isLoading} rows={oldestFirst(tasks.data?.items ?? [])} pageSize={20}
        label={t('reviewer.inbox')} minWidth={900}
        rowClassName={(task) => (isOverdue(task, day) ? 'overdue-row' : undefined)}
        columns={[
          { title: t('targetReview.kind'), key: 'k', width: 100, render: (task) => <KindTag kind={kindOf(task)} /> },
          { title: t('common.project'), key: 'p', render: (task) => <>{task.projectName} <FormKindTag kind={task.formKind} /></> },
          { title: t('common.unit'), key: 'u', render: (task) => name('unit', task.unitId) },
          { title: t('common.department'), key: 'dp', render: (task) => name('department', task.departmentId) },
          { title: t('common.year'), key: 'y', width: 70, render: (task) => task.fiscalYear },
          { title: t('reviewer.opened'), key: 'o', render: (task) => dateTime(task.openedAt, i18n.language) },
          {
            title: t('reviewer.due'), key: 'd', render: (task) => {
              const left = daysLeft(task.dueDate, day);
              if (left == null) return <span className="text-secondary">{t('reviewer.noDue')}</span>;
              return (
                <span>{dateText(task.dueDate, i18n.language)}{' '}
                  {isOverdue(task, day) ? <Tag variant="solid" color={tones.danger}>{t('reviewer.overdue')}</Tag> : task.status !== 'Done' && <Tag>{t('reviewer.daysLeft', { n: left })}</Tag>}
                </span>
              );
            },
          },
          { title: t('common.status'), key: 's', render: (task) => <Tag>{t(`taskStatus.${task.status}`, { defaultValue: task.status })}</Tag> },
          { title: t('reviewer.assignee'), key: 'a', render: (task) => task.assigneeName ?? '—' },
          {
            title: t('common.actions'), key: 'x', render: (task) => (
              <Space>
                {task.status === 'Open' && (
                  <Button size="small" type="primary" onClick={() => void act(task, 'claim')} data-testid={`claim-${task.evaluationId}`}>
                    {t('reviewer.claim')}
                  </Button>
                )}
                {task.status === 'Claimed' && task.assigneeId === session?.user.id && (
                  <>
                    <Link to={reviewPathOf(task)} data-testid={`review-${task.evaluationId}`}>{t('reviewer.openReview')}</Link>
                    <Button size="small" onClick={() => void act(task, 'release')}>{t('reviewer.release')}</Button>
                  </>
                )}
                {task.status !== 'Claimed' && <Link to={viewPathOf(task)}>{t('unit.view')}</Link>}
              </Space>
            ),
          },
        ]} />
    </Space>
  );
}
