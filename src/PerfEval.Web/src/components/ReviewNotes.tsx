import { Alert, Card, List, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Evaluation } from '../api/types';
import { marks, score } from '../lib/format';

/** What the reviewer said: revision reasons, rejection, comments and adjustments, with the claim beside each. */
export default function ReviewNotes({ evaluation }: { evaluation: Evaluation }) {
  const { t, i18n } = useTranslation();
  const m = marks(i18n.language);
  // antd's empty text is disabled-grey, below AA contrast; this one is readable.
  const empty = { emptyText: <span style={{ color: 'rgba(0, 0, 0, 0.62)' }}>{t('common.none')}</span> };
  const about = (index: number | null) =>
    index == null ? t('form.formComment') : `${t('form.indicatorN', { n: index + 1 })} ${evaluation.form.indicators[index]?.name ?? ''}`;
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      {evaluation.status === 'RevisionRequested' && evaluation.revisionReasons.length > 0 && (
        <Alert type="warning" showIcon title={t('form.revisionReasons')} data-testid="revision-reasons"
          description={<ul>{evaluation.revisionReasons.map((r) => <li key={r}>{r}</li>)}</ul>} />
      )}
      {evaluation.rejectionReason && <Alert type="error" showIcon title={t('form.rejection')} description={evaluation.rejectionReason} />}
      <Card size="small" title={t('form.comments')}>
        <List size="small" dataSource={evaluation.comments} locale={empty}
          renderItem={(c) => (
            <List.Item data-testid="comment"><strong>{about(c.indicatorIndex)}</strong>{m.colon}{c.text} <em>— {c.reviewerName}</em></List.Item>
          )} />
      </Card>
      <Card size="small" title={t('form.adjustments')}>
        <List size="small" dataSource={evaluation.adjustments} locale={empty}
          renderItem={(a) => (
            <List.Item data-testid="adjustment">
              <strong>{a.target.kind === 'Execution' ? t('form.execution') : about(a.target.indicatorIndex)}</strong>{m.colon}
              {t('form.claimed')} {score(a.claimedScore)} → {m.aside(t('form.adjustedTo', { score: score(a.newScore) }), a.reason)}<em>— {a.reviewerName}</em>
            </List.Item>
          )} />
      </Card>
    </Space>
  );
}
