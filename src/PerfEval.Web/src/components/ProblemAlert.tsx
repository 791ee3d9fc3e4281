import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/client';
import type { Problem } from '../api/types';
import ListTable from './ListTable';

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
                <ListTable size="small" rowKey={(r) => r.path} rows={p.cells} label={t('locked.changed')} testId="locked-cells"
                  columns={[
                    { title: t('locked.cell'), key: 'c', render: (r) => r.cell },
                    { title: t('locked.approved'), key: 'a', render: (r) => r.approved },
                    { title: t('locked.claimed'), key: 'f', render: (r) => r.claimed },
                  ]} />
              </>
            )}
            {p.importErrors && p.importErrors.length > 0 && (
              <ListTable size="small" rowKey={(r) => r.location + r.found} rows={p.importErrors}
                label={t('unit.importFailed')}
                columns={[
                  { title: t('errors.location'), key: 'l', width: 200, render: (r) => <span data-location={r.location}>{r.where ?? r.location}</span> },
                  { title: t('errors.problem'), key: 'm', render: (r) => r.text ?? (zh ? r.message : r.messageEn) },
                ]} />
            )}
          </>
        )
      } />
  );
}
