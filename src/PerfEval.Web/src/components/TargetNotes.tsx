import { Alert, Card, List, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import type { TargetDeclaration } from '../api/types';
import { marks } from '../lib/format';

/** What the reviewer said about a declaration: revision reasons, rejection, comments. */
export default function TargetNotes({ declaration }: { declaration: TargetDeclaration }) {
  const { t, i18n } = useTranslation();
  const empty = { emptyText: <span style={{ color: 'rgba(0, 0, 0, 0.62)' }}>{t('common.none')}</span> };
  const about = (index: number | null) =>
    index == null ? t('form.formComment') : `${t('form.indicatorN', { n: index + 1 })} ${declaration.content.indicators[index]?.name ?? ''}`;
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      {declaration.status === 'RevisionRequested' && declaration.revisionReasons.length > 0 && (
        <Alert type="warning" showIcon title={t('form.revisionReasons')} data-testid="revision-reasons"
          description={<ul>{declaration.revisionReasons.map((r) => <li key={r}>{r}</li>)}</ul>} />
      )}
      {declaration.rejectionReason && <Alert type="error" showIcon title={t('form.rejection')} description={declaration.rejectionReason} />}
      <Card size="small" title={t('form.comments')}>
        <List size="small" dataSource={declaration.comments} locale={empty}
          renderItem={(c) => (
            <List.Item data-testid="comment"><strong>{about(c.indicatorIndex)}</strong>{marks(i18n.language).colon}{c.text} <em>— {c.reviewerName}</em></List.Item>
          )} />
      </Card>
    </Space>
  );
}
