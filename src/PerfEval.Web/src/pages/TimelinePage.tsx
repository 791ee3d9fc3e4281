import { Button, Card, Drawer, Space, Spin, Tag, Timeline, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { get } from '../api/client';
import { useHistory } from '../api/hooks';
import type { Evaluation, HistoryEntry } from '../api/types';
import FormSheet from '../components/FormSheet';
import ProblemAlert from '../components/ProblemAlert';
import ReviewNotes from '../components/ReviewNotes';
import StatusTag from '../components/StatusTag';
import { dateTime } from '../lib/format';

/** A form's audit timeline: who did what when, and the form as it was as of any event. */
export default function TimelinePage() {
  const { id } = useParams();
  const { t, i18n } = useTranslation();
  const history = useHistory(id);
  const [asOf, setAsOf] = useState<{ entry: HistoryEntry; state: Evaluation | null } | null>(null);
  const [error, setError] = useState<unknown>(null);

  async function showState(entry: HistoryEntry) {
    setError(null);
    try {
      const view = await get<{ state: Evaluation | null }>(`/api/evaluations/${id}/history?asOf=${encodeURIComponent(entry.timestamp)}`);
      setAsOf({ entry, state: view.state });
    } catch (e) {
      setError(e);
    }
  }

  if (history.isLoading) return <Spin />;
  if (!history.data) return <ProblemAlert error={history.error} />;
  const zh = i18n.language.startsWith('zh');
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Title level={2}>{t('manager.timeline')}</Typography.Title>
      <Link to={`/forms/${id}`}>{t('common.back')}</Link>
      <ProblemAlert error={error} />
      <Card>
        <Timeline data-testid="timeline" items={history.data.events.map((e) => ({
          key: e.eventId,
          color: e.actorId === 'system' ? 'gray' : 'blue',
          content: (
            <div data-testid="timeline-event" data-event-type={e.type}>
              <div><strong>{dateTime(e.timestamp, i18n.language)}</strong> · {e.actorName} <Tag>{e.type}</Tag> <Typography.Text type="secondary">v{e.version}</Typography.Text></div>
              <div>{zh ? e.summary : e.summaryEn}</div>
              <Button size="small" type="link" style={{ padding: 0 }} onClick={() => void showState(e)}>{t('manager.showState')}</Button>
            </div>
          ),
        }))} />
      </Card>
      <Drawer open={asOf != null} onClose={() => setAsOf(null)} size={1100} styles={{ body: { padding: 0, overflow: 'hidden' } }}
        title={asOf ? `${t('manager.stateAsOf')} · ${dateTime(asOf.entry.timestamp, i18n.language)} · ${asOf.entry.type}` : ''}>
        {/* The scrolling region is focusable, so keyboard users can scroll it. */}
        <div tabIndex={0} role="region" aria-label={t('manager.stateAsOf')} style={{ height: '100%', overflow: 'auto', padding: 24 }}>
        {asOf?.state && (
          <Space orientation="vertical" style={{ width: '100%' }} data-testid="state-as-of">
            <div>{t('common.status')}: <StatusTag status={asOf.state.status} /> · {t('common.version')} {asOf.state.version}</div>
            <ReviewNotes evaluation={asOf.state} />
            <FormSheet form={asOf.state.form} scorecard={asOf.state.scorecard} adjustments={asOf.state.adjustments} />
          </Space>
        )}
        </div>
      </Drawer>
    </Space>
  );
}
