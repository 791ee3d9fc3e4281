import { Card, Select, Space, Statistic, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import { useMe, useMonitoring, useNameOf } from '../../api/hooks';
import type { MonitoringRow } from '../../api/types';
import ProblemAlert from '../../components/ProblemAlert';
import { LightTag } from '../../components/TargetTags';
import { tones } from '../../components/tones';
import { lightRank, percent } from '../../lib/targets';
import { useYearParam } from '../../lib/useYearParam';
import { yearChoices, yearOptions } from '../../lib/years';

/** The finance bureau's monitoring view: a year's approved targets with their light, red and yellow first. */
export default function MonitoringPage() {
  const { t } = useTranslation();
  const name = useNameOf();
  const me = useMe().data;
  const [year, setYear] = useYearParam(new Date().getFullYear());
  const [params, setParams] = useSearchParams();
  const departmentId = params.get('departmentId') ?? undefined;
  const monitoring = useMonitoring(year, departmentId);
  const all = useMonitoring(year);
  const departments = new Map<string, string>();
  for (const p of all.data?.projects ?? []) departments.set(p.departmentId, name('department', p.departmentId, p.competentDepartment));
  for (const d of me?.departments ?? []) if (!departments.has(d.id)) departments.set(d.id, d.name);
  const rows = [...(monitoring.data?.projects ?? [])].sort((a, b) => lightRank(a.light) - lightRank(b.light));
  const setDepartment = (value: string | undefined) => setParams((p) => {
    const next = new URLSearchParams(p);
    if (value) next.set('departmentId', value); else next.delete('departmentId');
    return next;
  });
  const v = monitoring.data;
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Title level={2}>{t('monitoringView.title')}</Typography.Title>
      <Space wrap>
        <label>{t('common.year')}{' '}
          <Select aria-label={t('common.year')} style={{ width: 110 }} value={year} onChange={setYear}
            options={yearChoices([new Date().getFullYear() + 1, ...yearOptions.map((o) => o.value)], year)} />
        </label>
        <label>{t('common.department')}{' '}
          <Select aria-label={t('common.department')} style={{ width: 240 }} allowClear placeholder={t('monitoringView.allDepartments')}
            value={departmentId} onChange={setDepartment}
            options={[...departments].map(([value, label]) => ({ value, label }))} />
        </label>
      </Space>
      <ProblemAlert error={monitoring.error} />
      <Card size="small">
        <Space size="large" wrap>
          <div data-testid="count-red"><Statistic title={t('monitoringView.red')} value={v?.red ?? 0} styles={{ content: { color: tones.danger } }} /></div>
          <div data-testid="count-yellow"><Statistic title={t('monitoringView.yellow')} value={v?.yellow ?? 0} styles={{ content: { color: tones.warning } }} /></div>
          <div data-testid="count-green"><Statistic title={t('monitoringView.green')} value={v?.green ?? 0} styles={{ content: { color: tones.success } }} /></div>
          <div data-testid="count-none"><Statistic title={t('monitoringView.notReported')} value={v?.notReported ?? 0} /></div>
        </Space>
      </Card>
      <Table<MonitoringRow> rowKey="targetId" loading={monitoring.isLoading} dataSource={rows} pagination={{ pageSize: 50 }}
        aria-label={t('monitoringView.title')} scroll={{ x: 1000 }} locale={{ emptyText: t('monitoringView.none') }}
        columns={[
          { title: t('targets.light'), key: 'l', width: 90, render: (_, r) => <LightTag light={r.light} /> },
          { title: t('common.project'), key: 'p', render: (_, r) => <Link to={`/targets/${r.targetId}`}>{r.projectName}</Link> },
          { title: t('common.unit'), key: 'u', render: (_, r) => r.implementingUnit || '—' },
          { title: t('common.department'), key: 'd', render: (_, r) => r.competentDepartment || '—' },
          { title: t('monitoringView.cutOff'), key: 'm', align: 'right', render: (_, r) => (r.cutOffMonth ? t('targets.month', { n: r.cutOffMonth }) : '—') },
          { title: t('monitoringView.executionRate'), key: 'r', align: 'right', render: (_, r) => percent(r.executionRate) },
          { title: t('monitoringView.elapsedShare'), key: 'e', align: 'right', render: (_, r) => percent(r.elapsedShare) },
          { title: t('monitoringView.pace'), key: 'c', align: 'right', render: (_, r) => percent(r.pace) },
          { title: t('monitoringView.offTrack'), key: 'o', align: 'right', render: (_, r) => r.offTrack },
          { title: t('monitoringView.version'), key: 'v', align: 'right', render: (_, r) => t('targets.versionN', { n: r.versionNumber }) },
        ]} />
    </Space>
  );
}
