import { Alert, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/client';
import type { Problem } from '../api/types';

/**
 * The sentences a problem gives people, one per failing field: its `fields` (label and message, in the language the
 * UI asked for), else the messages of `errors` without their machine paths.
 */
export function fieldSentences(p: Problem): { key: string; text: string }[] {
  if (p.fields && p.fields.length > 0) return p.fields.map((f, i) => ({ key: `${f.path}#${i}`, text: f.message }));
  return Object.entries(p.errors ?? {}).flatMap(([path, messages]) => messages.map((m, i) => ({ key: `${path}#${i}`, text: m })));
}

/**
 * An API problem in the UI's language (the API answers in the language the UI sends as Accept-Language), with the
 * failing fields by label and import errors (line or cell) as a table. The stable code and the machine paths are
 * kept out of sight, in data attributes and a tooltip, for support.
 */
export default function ProblemAlert({ error }: { error: unknown }) {
  const { t, i18n } = useTranslation();
  if (!error) return null;
  if (!(error instanceof ApiError)) {
    return <Alert type="error" showIcon title={t('errors.network')} description={error instanceof Error ? error.message : typeof error === 'string' ? error : JSON.stringify(error)} />;
  }
  const p = error.problem;
  const zh = i18n.language.startsWith('zh');
  const title = p.detail ?? (zh ? p.detailZh : undefined) ?? p.title ?? t('common.error');
  const fields = fieldSentences(p);
  return (
    <Alert type="error" showIcon role="alert" title={<span title={p.code ? `${t('errors.code')}: ${p.code}` : undefined}>{title}</span>}
      data-problem-code={p.code}
      description={
        (fields.length > 0 || (p.cells?.length ?? 0) > 0 || (p.importErrors?.length ?? 0) > 0) && (
          <>
            {fields.length > 0 && (
              <ul data-testid="problem-fields">{fields.map((f) => <li key={f.key} data-path={f.key.split('#')[0]}>{f.text}</li>)}</ul>
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
                  { title: t('errors.location'), key: 'l', width: 200, render: (_, r) => <span data-location={r.location}>{r.where ?? r.location}</span> },
                  { title: t('errors.problem'), key: 'm', render: (_, r) => r.text ?? (zh ? r.message : r.messageEn) },
                ]} />
            )}
          </>
        )
      } />
  );
}
