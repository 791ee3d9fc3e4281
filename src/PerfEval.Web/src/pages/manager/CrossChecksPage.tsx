import { Button, Select, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { send } from '../../api/client';
import { useCrossChecks, useNameOf, useNames } from '../../api/hooks';
import { nameOf } from '../../lib/names';
import type { CrossCheckItem } from '../../api/types';
import { CrossFindingItem } from '../../components/CrossFindingsList';
import FormKindTag from '../../components/FormKindTag';
import ProblemAlert from '../../components/ProblemAlert';
import { tones } from '../../components/tones';
import { countsInOrder, rowOf } from '../../lib/crossChecks';
import { dateTime } from '../../lib/format';
import { useYearParam } from '../../lib/useYearParam';
import { yearChoices, yearOptions } from '../../lib/years';
import { message } from '../../components/feedback';

/** A year's checks across forms: run them (a job does it), the counts by code, and the findings naming both forms. */
export default function CrossChecksPage() {
  const { t, i18n } = useTranslation();
  const name = useNameOf();
  const names = useNames().data;
  const [year, setYear] = useYearParam(new Date().getFullYear() - 1);
  const [code, setCode] = useState<string | undefined>();
  const [page, setPage] = useState(1);
  const [error, setError] = useState<unknown>(null);
  const checks = useCrossChecks(year, { code, page });
  const run = checks.data?.run;

  async function start() {
    setError(null);
    try {
      await send(`/api/cross-checks/${year}/run`, { method: 'POST' });
      void message.success(t('crossChecks.requested'));
      await checks.refetch();
    } catch (e) {
      setError(e);
    }
  }

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Title level={2}>{t('crossChecks.yearTitle')}</Typography.Title>
      <Space wrap>
        <label>{t('common.year')}{' '}<Select aria-label={t('common.year')} value={year} onChange={(y) => { setYear(y); setPage(1); }} options={yearChoices(yearOptions.map((o) => o.value), year)} style={{ width: 110 }} /></label>
        <Button type="primary" onClick={() => void start()}>{t('crossChecks.run')}</Button>
        {run && (
          <span data-testid="cross-check-run">
            <Tag variant="solid" color={run.status === 'Completed' ? tones.success : run.status === 'Failed' ? tones.danger : tones.info}>{t(`reports.status.${run.status}`, { defaultValue: run.status })}</Tag>
            {run.completedAt && t('crossChecks.lastRun', { when: dateTime(run.completedAt, i18n.language), forms: run.forms, findings: run.findings })}
          </span>
        )}
      </Space>
      <ProblemAlert error={error ?? checks.error} />
      <Space wrap aria-label={t('crossChecks.counts')}>
        {countsInOrder(checks.data?.byCode ?? {}).map((c) => (
          <Tag.CheckableTag key={c.code} checked={code === c.code} onChange={(on) => { setCode(on ? c.code : undefined); setPage(1); }}>
            {nameOf(names, 'findings', c.code, i18n.language)} {c.count}
          </Tag.CheckableTag>
        ))}
      </Space>
      <Table<CrossCheckItem> rowKey={(r) => `${r.evaluationId}:${r.code}:${r.path}`} loading={checks.isLoading} dataSource={checks.data?.items ?? []}
        aria-label={t('crossChecks.yearTitle')}
        pagination={{ current: page, pageSize: 50, total: checks.data?.total ?? 0, onChange: setPage, showSizeChanger: false }}
        columns={[
          { title: t('crossChecks.form'), key: 'f', render: (_, r) => <><Link to={`/forms/${r.evaluationId}`}>{r.projectName}</Link> <FormKindTag kind={r.formKind} /></> },
          { title: t('common.unit'), key: 'u', render: (_, r) => name('unit', r.unitId, r.unitName) },
          { title: t('crossChecks.rowTitle'), key: 'r', render: (_, r) => (rowOf(r.path) ?? '—') },
          { title: t('crossChecks.finding'), key: 'm', render: (_, r) => <CrossFindingItem item={r} /> },
        ]} />
    </Space>
  );
}
