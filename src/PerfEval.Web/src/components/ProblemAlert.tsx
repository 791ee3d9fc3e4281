import { Alert, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/client';

/** An API problem in the UI's language, with per-field errors and import errors (line or cell) as a table. */
export default function ProblemAlert({ error }: { error: unknown }) {
  const { t, i18n } = useTranslation();
  if (!error) return null;
  if (!(error instanceof ApiError)) {
    return <Alert type="error" showIcon title={t('errors.network')} description={error instanceof Error ? error.message : typeof error === 'string' ? error : JSON.stringify(error)} />;
  }
  const p = error.problem;
  const zh = i18n.language.startsWith('zh');
  const title = (zh ? p.detailZh : undefined) ?? p.detail ?? p.title ?? `HTTP ${p.status}`;
  const fields = Object.entries(p.errors ?? {});
  return (
    <Alert type="error" showIcon role="alert" title={`${title}${p.code ? ` (${p.code})` : ''}`}
      description={
        <>
          {fields.length > 0 && (
            <ul>{fields.map(([field, messages]) => <li key={field}><code>{field}</code>: {messages.join(' ')}</li>)}</ul>
          )}
          {p.cells && p.cells.length > 0 && (
            <>
              <div>{t('locked.changed')}</div>
              <Table size="small" pagination={false} rowKey="path" dataSource={p.cells} aria-label={t('locked.changed')} data-testid="locked-cells"
                columns={[
                  { title: t('locked.cell'), dataIndex: 'cell', key: 'c' },
                  { title: t('locked.approved'), dataIndex: 'approved', key: 'a' },
                  { title: t('locked.claimed'), dataIndex: 'claimed', key: 'f' },
                ]} />
            </>
          )}
          {p.importErrors && p.importErrors.length > 0 && (
            <Table size="small" pagination={false} rowKey={(r) => r.location + r.found} dataSource={p.importErrors}
              aria-label={t('unit.importFailed')}
              columns={[
                { title: t('errors.location'), dataIndex: 'location', key: 'l' },
                { title: t('errors.expected'), dataIndex: 'expected', key: 'e' },
                { title: t('errors.found'), dataIndex: 'found', key: 'f' },
                { title: '', key: 'm', render: (_, r) => (zh ? r.message : r.messageEn) },
              ]} />
          )}
        </>
      } />
  );
}
