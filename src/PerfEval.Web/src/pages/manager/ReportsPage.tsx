import { Button, Space, Table, Tag, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { download, get, send } from '../../api/client';
import { useDataYear } from '../../api/hooks';
import type { Page, YearReport } from '../../api/types';
import ProblemAlert from '../../components/ProblemAlert';
import { tones } from '../../components/tones';
import { dateTime } from '../../lib/format';
import { yearOptions } from '../../lib/years';
import YearSelect from '../../components/YearSelect';
import { message } from '../../components/feedback';

/** Yearly reports: ask for one of the URL's `?year=` (a job builds it), watch it complete, download xlsx or json. */
export default function ReportsPage() {
  const { t, i18n } = useTranslation();
  // Without ?year= the page opens on the latest year with forms.
  const { year, setYear, withData } = useDataYear(new Date().getFullYear() - 1);
  const [error, setError] = useState<unknown>(null);
  const reports = useQuery({
    queryKey: ['reports'],
    queryFn: () => get<Page<YearReport>>('/api/reports?pageSize=50'),
    refetchInterval: (q) => (q.state.data?.items.some((r) => r.status === 'Queued' || r.status === 'Running') ? 1_500 : 10_000),
  });

  async function request() {
    setError(null);
    try {
      await send('/api/reports', { method: 'POST', json: { fiscalYear: year } });
      void message.success(t('reports.requested'));
      await reports.refetch();
    } catch (e) {
      setError(e);
    }
  }

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Title level={2}>{t('reports.title')}</Typography.Title>
      <Space wrap>
        <label>{t('common.year')}{' '}<YearSelect value={year} onChange={setYear} offered={yearOptions.map((o) => o.value)} withData={withData} /></label>
        <Button type="primary" onClick={() => void request()}>{t('reports.request')}</Button>
      </Space>
      <ProblemAlert error={error ?? reports.error} />
      <Table<YearReport> rowKey="id" loading={reports.isLoading} dataSource={reports.data?.items ?? []} aria-label={t('reports.title')}
        columns={[
          { title: t('common.year'), dataIndex: 'fiscalYear', key: 'y' },
          { title: t('common.status'), key: 's', render: (_, r) => <Tag variant="solid" color={r.status === 'Completed' ? tones.success : r.status === 'Failed' ? tones.danger : tones.info}>{t(`reports.status.${r.status}`, { defaultValue: r.status })}</Tag> },
          { title: t('reports.requestedAt'), key: 'q', render: (_, r) => dateTime(r.requestedAt, i18n.language) },
          { title: t('reports.completedAt'), key: 'c', render: (_, r) => (r.completedAt ? dateTime(r.completedAt, i18n.language) : '—') },
          { title: t('reports.forms'), dataIndex: 'forms', key: 'f' },
          {
            title: t('common.download'), key: 'd', render: (_, r) => r.status === 'Completed' ? (
              <Space>
                <Button size="small" onClick={() => void download(`/api/reports/${r.id}/file?format=xlsx`, `perfeval-${r.fiscalYear}.xlsx`)}>xlsx</Button>
                <Button size="small" onClick={() => void download(`/api/reports/${r.id}/file?format=json`, `perfeval-${r.fiscalYear}.json`)}>json</Button>
              </Space>
            ) : r.error ?? '—',
          },
        ]} />
    </Space>
  );
}
