import { Alert, Button, Card, Drawer, Space, Spin, Tag, Timeline, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { get } from '../api/client';
import { useHistory, useNameOf, useNames } from '../api/hooks';
import { actorName, nameOf } from '../lib/names';
import type { ChainVerdict, Evaluation, HistoryDocument, HistoryEntry, TargetDeclaration } from '../api/types';
import FormSheet from '../components/FormSheet';
import ProblemAlert from '../components/ProblemAlert';
import ReviewNotes from '../components/ReviewNotes';
import StatusTag from '../components/StatusTag';
import TargetNotes from '../components/TargetNotes';
import TargetSheet from '../components/TargetSheet';
import { TargetStatusTag } from '../components/TargetTags';
import { dateTime } from '../lib/format';
import { documentPath, historyPath, summaryOf, verdictText, verifyPath } from '../lib/history';

type State = { document: 'form'; state: Evaluation | null } | { document: 'targets'; state: TargetDeclaration | null };

/**
 * A document's audit timeline: who did what when, and the document as it was as of any event. One page for both kinds
 * of document: a self-evaluation form (`/forms/{id}/timeline`) and a target declaration (`/targets/{id}/history`).
 */
export default function TimelinePage({ document = 'form' }: { document?: HistoryDocument }) {
  const { id } = useParams();
  const name = useNameOf();
  const { t, i18n } = useTranslation();
  const names = useNames().data;
  const history = useHistory(document, id);
  const [asOf, setAsOf] = useState<{ entry: HistoryEntry; view: State } | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [verdict, setVerdict] = useState<ChainVerdict | null>(null);
  const [verifying, setVerifying] = useState(false);
  const stateLabel = document === 'form' ? t('manager.stateAsOf') : t('targets.stateAsOf');

  async function showState(entry: HistoryEntry) {
    setError(null);
    try {
      const view = await get<{ state: Evaluation | TargetDeclaration | null }>(historyPath(document, id!, entry.timestamp));
      setAsOf({ entry, view: { document, state: view.state } as State });
    } catch (e) {
      setError(e);
    }
  }

  async function verify() {
    setError(null);
    setVerifying(true);
    try {
      setVerdict(await get<ChainVerdict>(verifyPath(id!)));
    } catch (e) {
      setError(e);
    } finally {
      setVerifying(false);
    }
  }

  if (history.isLoading) return <Spin />;
  if (!history.data) return <ProblemAlert error={history.error} />;
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Title level={2}>{document === 'form' ? t('manager.timeline') : t('targets.history')}</Typography.Title>
      <Space>
        <Link to={documentPath(document, id!)}>{t('common.back')}</Link>
        {document === 'form' && (
          <Button data-testid="verify-chain" loading={verifying} onClick={() => void verify()}>{t('integrity.verify')}</Button>
        )}
      </Space>
      {verdict && (
        <Alert data-testid="chain-verdict" data-intact={verdict.intact} showIcon type={verdict.intact ? 'success' : 'error'}
          title={verdictText(verdict, i18n.language, t, (at) => dateTime(at, i18n.language))} />
      )}
      <ProblemAlert error={error} />
      <Card>
        <Timeline data-testid="timeline" data-document={document} items={history.data.events.map((e) => ({
          key: e.eventId,
          color: !e.actorId || e.actorId === 'system' ? 'gray' : 'blue',
          content: (
            <div data-testid="timeline-event" data-event-type={e.type}>
              <div><strong>{dateTime(e.timestamp, i18n.language)}</strong> · {e.actorId && e.actorId !== 'system' ? name('person', e.actorId, actorName(e, names, i18n.language)) : actorName(e, names, i18n.language)} <Tag>{nameOf(names, 'events', e.type, i18n.language)}</Tag> <Typography.Text type="secondary">v{e.version}</Typography.Text></div>
              <div>{summaryOf(e, i18n.language)}</div>
              <Button size="small" type="link" style={{ padding: 0 }} onClick={() => void showState(e)}>{t('manager.showState')}</Button>
            </div>
          ),
        }))} />
      </Card>
      <Drawer open={asOf != null} onClose={() => setAsOf(null)} size={1100} styles={{ body: { padding: 0, overflow: 'hidden' } }}
        title={asOf ? `${stateLabel} · ${dateTime(asOf.entry.timestamp, i18n.language)} · ${nameOf(names, 'events', asOf.entry.type, i18n.language)}` : ''}>
        {/* The scrolling region is focusable, so keyboard users can scroll it. */}
        <div tabIndex={0} role="region" aria-label={stateLabel} style={{ height: '100%', overflow: 'auto', padding: 24 }}>
          {asOf?.view.state && <StateAsOf view={asOf.view} />}
        </div>
      </Drawer>
    </Space>
  );
}

function StateAsOf({ view }: { view: State }) {
  const { t } = useTranslation();
  if (!view.state) return null;
  if (view.document === 'form') {
    const s = view.state;
    return (
      <Space orientation="vertical" style={{ width: '100%' }} data-testid="state-as-of">
        <div>{t('common.status')}: <StatusTag status={s.status} /> · {t('common.version')} {s.version}</div>
        <ReviewNotes evaluation={s} />
        <FormSheet form={s.form} scorecard={s.scorecard} adjustments={s.adjustments} />
      </Space>
    );
  }
  const d = view.state;
  return (
    <Space orientation="vertical" style={{ width: '100%' }} data-testid="state-as-of">
      <div>
        {t('common.status')}: <TargetStatusTag status={d.status} /> · {t('common.version')} {d.version}
        {d.reviewGrade && <> · {t('targets.grade')} {d.reviewGrade}</>}
        {d.approved && <> · {t('targets.approvedVersion', { n: d.approved.number })}</>}
      </div>
      <TargetNotes declaration={d} />
      <TargetSheet content={d.content} />
    </Space>
  );
}
