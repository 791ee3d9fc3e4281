import { Card, Descriptions, Space, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router-dom';
import { useEvaluations, useNameOf, useYearly } from '../../api/hooks';
import type { EvaluationSummary } from '../../api/types';
import ProblemAlert from '../../components/ProblemAlert';
import StatusTag from '../../components/StatusTag';
import FormKindTag from '../../components/FormKindTag';
import DepartmentWidePanel from '../../components/DepartmentWidePanel';
import { titleOfSummary } from '../../lib/departmentWide';
import { grade, num } from '../../lib/format';
import { useListPage } from '../../lib/useListPage';
import { yearFrom } from '../../lib/years';

const pageSize = 20;

/** Drill-down: one department's figures for the year and its forms, each with its audit timeline. */
export default function DepartmentPage() {
  const { departmentId = '' } = useParams();
  const [params] = useSearchParams();
  const { t, i18n } = useTranslation();
  const year = yearFrom(params.get('year'), new Date().getFullYear() - 1);
  const yearly = useYearly(year, departmentId);
  const [page, setPage] = useListPage(`${departmentId}/${year}`);
  const forms = useEvaluations({ fiscalYear: year, departmentId, page, pageSize });
  const d = yearly.data?.departments.find((x) => x.key === departmentId);
  const name = useNameOf();
  const title = t('manager.departmentForms', { id: name('department', departmentId) });
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Title level={2}>{title} · {year}</Typography.Title>
      <ProblemAlert error={yearly.error ?? forms.error} />
      {d && (
        <Card size="small">
          <Descriptions size="small" column={{ xs: 1, md: 3 }} items={[
            { key: 'f', label: t('manager.forms'), children: d.forms },
            { key: 'r', label: t('manager.executionRate'), children: `${num(d.budget.executionRate)}%` },
            { key: 'c', label: t('manager.avgClaimed'), children: num(d.averages.claimed) },
            { key: 'm', label: t('manager.avgComputed'), children: num(d.averages.computed) },
            { key: 'x', label: t('manager.avgFinal'), children: num(d.averages.final) },
            { key: 'w', label: t('manager.workload'), children: `${d.workload.open} / ${d.workload.claimed} / ${d.workload.overdue}` },
          ]} />
        </Card>
      )}
      {d && <Typography.Paragraph type="secondary" style={{ margin: 0 }}>{t('dash.projectsOnlyDepartment')}</Typography.Paragraph>}
      {yearly.data && <DepartmentWidePanel projection={yearly.data} year={year} />}
      <Table<EvaluationSummary> rowKey="id" loading={forms.isLoading} dataSource={forms.data?.items ?? []} aria-label={title}
        scroll={{ x: 800 }} pagination={{ current: page, pageSize, total: forms.data?.total ?? 0, onChange: setPage, showSizeChanger: false }}
        columns={[
          { title: t('common.project'), key: 'p', render: (_, e) => <><Link to={`/forms/${e.id}`}>{titleOfSummary(e, t)}</Link> <FormKindTag kind={e.kind} /></> },
          { title: t('common.unit'), key: 'u', render: (_, e) => name('unit', e.unitId) },
          { title: t('common.status'), key: 's', render: (_, e) => <StatusTag status={e.status} /> },
          { title: t('unit.claimedTotal'), key: 'c', render: (_, e) => num(e.claimedTotal) },
          { title: t('unit.computedTotal'), key: 'r', render: (_, e) => num(e.computedTotal) },
          { title: t('unit.finalTotal'), key: 'f', render: (_, e) => (e.finalTotal != null ? `${num(e.finalTotal)} ${grade(e.finalGrade, i18n.language)}` : '—') },
          { title: t('manager.timeline'), key: 't', render: (_, e) => <Link to={`/forms/${e.id}/timeline`} data-testid={`timeline-${e.id}`}>{t('manager.timeline')}</Link> },
        ]} />
    </Space>
  );
}
