import { Button, Select, Space, Table, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useTargets } from '../../api/hooks';
import type { TargetDeclaration } from '../../api/types';
import ProblemAlert from '../../components/ProblemAlert';
import { LightTag, TargetStatusTag } from '../../components/TargetTags';
import { dateTime, grade } from '../../lib/format';
import { amount } from '../../lib/targets';
import { useYearParam } from '../../lib/useYearParam';
import { yearChoices, yearOptions } from '../../lib/years';

/** The unit's target declarations of a year, with their status, review grade and latest monitoring light. */
export default function TargetsPage() {
  const { t, i18n } = useTranslation();
  const [year, setYear] = useYearParam(new Date().getFullYear());
  const targets = useTargets({ year });
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Title level={2}>{t('targets.title')}</Typography.Title>
      <Space wrap>
        <label>{t('common.year')}{' '}
          <Select aria-label={t('common.year')} style={{ width: 110 }} value={year} onChange={setYear}
            options={yearChoices([new Date().getFullYear() + 1, ...yearOptions.map((o) => o.value)], year)} />
        </label>
        <Link to={`/unit/targets/new?year=${year}`}>
          <Button type="primary" icon={<PlusOutlined />} data-testid="declare-targets">{t('targets.declare')}</Button>
        </Link>
      </Space>
      <ProblemAlert error={targets.error} />
      <Table<TargetDeclaration> rowKey="id" loading={targets.isLoading} dataSource={targets.data?.items ?? []} pagination={{ pageSize: 20 }}
        aria-label={t('targets.title')} scroll={{ x: 900 }} locale={{ emptyText: <span style={{ color: 'rgba(0, 0, 0, 0.62)' }}>{t('targets.none')}</span> }}
        columns={[
          { title: t('common.project'), key: 'p', render: (_, d) => <Link to={`/targets/${d.id}`}>{d.projectName}</Link> },
          { title: t('common.year'), dataIndex: 'fiscalYear', key: 'y', width: 80 },
          { title: t('form.total'), key: 'b', align: 'right', render: (_, d) => amount(d.content.budget.total) },
          { title: t('common.status'), key: 's', render: (_, d) => <TargetStatusTag status={d.status} /> },
          { title: t('targets.grade'), key: 'g', render: (_, d) => grade(d.reviewGrade, i18n.language) },
          { title: t('targets.light'), key: 'l', render: (_, d) => (d.status === 'Approved' ? <LightTag light={d.light} /> : '—') },
          { title: t('common.updated'), key: 'u', render: (_, d) => dateTime(d.updatedAt, i18n.language) },
          {
            title: t('common.actions'), key: 'a', render: (_, d) => (
              <Space>
                <Link to={`/targets/${d.id}`}>{t('unit.view')}</Link>
                {(d.status === 'Draft' || d.status === 'RevisionRequested') && <Link to={`/unit/targets/${d.id}/edit`}>{t('unit.edit')}</Link>}
              </Space>
            ),
          },
        ]} />
    </Space>
  );
}
