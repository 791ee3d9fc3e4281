import { Card, Col, Descriptions, Empty, Row, Select, Space, Spin, Statistic, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { useNameOf, useNames, useYearly } from '../../api/hooks';
import { nameOf } from '../../lib/names';
import { statuses, targetStatuses, type TargetFigures, type TargetYearFigures, type YearFigures } from '../../api/types';
import Chart from '../../components/Chart';
import ProblemAlert from '../../components/ProblemAlert';
import { LightTag, TargetStatusTag } from '../../components/TargetTags';
import { executionByDepartment, findingsByCode, formsByStatus, gradeDistribution, targetSummary, workloadByDepartment } from '../../lib/dashboard';
import { num } from '../../lib/format';
import { useYearParam } from '../../lib/useYearParam';
import { yearChoices, yearOptions } from '../../lib/years';
import { useSession } from '../../auth/session';

/** The yearly dashboard of management: the year's figures as charts, with drill-down to a department. */
export default function DashboardPage() {
  const { t, i18n } = useTranslation();
  const names = useNames().data;
  const [params, setParams] = useSearchParams();
  const navigate = useNavigate();
  const session = useSession();
  const [year, setYear] = useYearParam(new Date().getFullYear() - 1);
  // Management reads the whole year; a reviewer reads one of the departments they review (the API's rule).
  const isManager = session?.user.roles.includes('manager') ?? false;
  const ownDepartments = session?.user.departmentIds ?? [];
  const department = isManager ? undefined : (params.get('department') ?? ownDepartments[0]);
  const yearly = useYearly(year, department);
  const name = useNameOf();
  // Axes keep the department ids (a click drills down by id) and show the directory's names.
  const deptLabel = { formatter: (id: string) => name('department', id) };
  const drill = (departmentId: string) => void navigate(`/manager/departments/${encodeURIComponent(departmentId)}?year=${year}`);

  const header = (
    <Space wrap style={{ justifyContent: 'space-between', width: '100%' }}>
      <Typography.Title level={2} style={{ margin: 0 }}>{t('manager.dashboard')}</Typography.Title>
      <Space wrap>
        {!isManager && (
          <label>{t('manager.department')}{' '}
            <Select aria-label={t('manager.department')} value={department} style={{ width: 200 }}
              options={ownDepartments.map((d) => ({ value: d, label: d }))}
              onChange={(d) => setParams((current) => { const next = new URLSearchParams(current); next.set('department', d); return next; })} />
          </label>
        )}
        <label>{t('common.year')}{' '}
          <Select aria-label={t('common.year')} value={year} style={{ width: 110 }}
            options={yearChoices(yearOptions.map((o) => o.value), year)} onChange={setYear} />
        </label>
      </Space>
    </Space>
  );
  // The header stays one element whatever the state below it, so the pickers keep focus and an open list while
  // another year loads.
  const page = (body: React.ReactNode) => (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }} data-testid="dashboard" data-year={year}
      aria-busy={yearly.isPending}>
      {header}
      {body}
    </Space>
  );
  if (yearly.isPending) return page(<Spin />);
  if (yearly.error) return page(<ProblemAlert error={yearly.error} />);
  const p = yearly.data;
  const total = p.total;
  const targets = <TargetFiguresCard figures={p.targets} />;
  if (!total.forms) return page(<><Empty description={t('manager.noForms')} />{targets}</>);

  const grades = gradeDistribution(total);
  const execution = executionByDepartment(p);
  const workload = workloadByDepartment(p);
  const codes = findingsByCode(total);
  const byStatus = formsByStatus(total, statuses);

  return page(
    <>
      <Row gutter={[16, 16]}>
        {[
          { key: 'forms', title: t('manager.forms'), value: String(total.forms) },
          { key: 'rate', title: t('manager.executionRate'), value: `${num(total.budget.executionRate)}%` },
          { key: 'claimed', title: t('manager.avgClaimed'), value: num(total.averages.claimed) },
          { key: 'computed', title: t('manager.avgComputed'), value: num(total.averages.computed) },
          { key: 'final', title: t('manager.avgFinal'), value: num(total.averages.final) },
        ].map((s) => (
          <Col key={s.key} xs={12} md={8} lg={4}>
            <Card size="small"><div data-testid={`stat-${s.key}`}><Statistic title={s.title} value={s.value} /></div></Card>
          </Col>
        ))}
      </Row>
      <div className="chart-grid">
        <Card size="small" title={`${t('manager.gradeDistribution')} ${t(`manager.gradeBasis.${grades.basis}`)}`}>
          <Chart label={t('manager.gradeDistribution')} testId="chart-grades" option={{
            series: [{ type: 'pie', radius: ['40%', '70%'], data: grades.data, label: { formatter: '{b}: {c}' } }],
          }} />
        </Card>
        <Card size="small" title={t('manager.executionByDept')}>
          <Chart label={t('manager.executionByDept')} onClick={drill} option={{
            tooltip: { trigger: 'axis' }, xAxis: { type: 'category', data: execution.map((e) => e.name), axisLabel: deptLabel },
            yAxis: { type: 'value', max: 100 }, series: [{ type: 'bar', data: execution.map((e) => e.value), label: { show: true, position: 'top' } }],
          }} />
        </Card>
        <Card size="small" title={t('manager.averages')}>
          <Chart label={t('manager.averages')} onClick={drill} option={{
            tooltip: { trigger: 'axis' }, legend: {},
            xAxis: { type: 'category', data: p.departments.map((d) => d.key), axisLabel: deptLabel }, yAxis: { type: 'value', min: 0, max: 100 },
            series: [
              { name: t('form.claimed'), type: 'bar', data: p.departments.map((d) => d.averages.claimed ?? 0) },
              { name: t('form.computed'), type: 'bar', data: p.departments.map((d) => d.averages.computed ?? 0) },
              { name: t('form.reviewed'), type: 'bar', data: p.departments.map((d) => d.averages.final ?? 0) },
            ],
          }} />
        </Card>
        <Card size="small" title={t('manager.findingsByCode')}>
          <Chart label={t('manager.findingsByCode')} testId="chart-findings" option={{
            tooltip: { trigger: 'axis' }, grid: { left: 200 },
            xAxis: { type: 'value', minInterval: 1 }, yAxis: { type: 'category', data: codes.map((c) => nameOf(names, 'findings', c.name, i18n.language)).reverse() },
            series: [{ type: 'bar', data: codes.map((c) => c.value).reverse(), label: { show: true, position: 'right' } }],
          }} />
        </Card>
        <Card size="small" title={t('manager.formsByStatus')}>
          <Chart label={t('manager.formsByStatus')} testId="chart-status" option={{
            tooltip: { trigger: 'axis' }, xAxis: { type: 'category', data: byStatus.map((s) => t(`status.${s.name}`)), axisLabel: { interval: 0, rotate: 30 } },
            yAxis: { type: 'value', minInterval: 1 }, series: [{ type: 'bar', data: byStatus.map((s) => s.value), label: { show: true, position: 'top' } }],
          }} />
        </Card>
        <Card size="small" title={t('manager.workload')}>
          <Chart label={t('manager.workload')} onClick={drill} option={{
            tooltip: { trigger: 'axis' }, legend: {}, xAxis: { type: 'category', data: workload.departments, axisLabel: deptLabel },
            yAxis: { type: 'value', minInterval: 1 },
            series: [
              { name: t('manager.open'), type: 'bar', stack: 'w', data: workload.open },
              { name: t('manager.claimed'), type: 'bar', stack: 'w', data: workload.claimed },
              { name: t('manager.overdue'), type: 'bar', data: workload.overdue, itemStyle: { color: '#cf1322' } },
            ],
          }} />
        </Card>
      </div>
      <Table<YearFigures> rowKey="key" size="small" pagination={false} dataSource={p.departments} aria-label={t('manager.department')}
        scroll={{ x: 800 }}
        columns={[
          { title: t('manager.department'), key: 'd', render: (_, d) => <Link to={`/manager/departments/${encodeURIComponent(d.key)}?year=${year}`}>{name('department', d.key)}</Link> },
          { title: t('manager.forms'), dataIndex: 'forms', key: 'f' },
          { title: t('manager.executionRate'), key: 'r', render: (_, d) => `${num(d.budget.executionRate)}%` },
          { title: t('manager.avgClaimed'), key: 'c', render: (_, d) => num(d.averages.claimed) },
          { title: t('manager.avgComputed'), key: 'm', render: (_, d) => num(d.averages.computed) },
          { title: t('manager.avgFinal'), key: 'x', render: (_, d) => num(d.averages.final) },
          { title: t('manager.overdue'), key: 'o', render: (_, d) => d.workload.overdue },
        ]} />
      {targets}
    </>,
  );
}

/** The year's target declarations: by status, review grade, adjustment and monitoring light; in words when there are none. */
function TargetFiguresCard({ figures }: { figures: TargetYearFigures | null | undefined }) {
  const { t } = useTranslation();
  const name = useNameOf();
  const summary = targetSummary(figures?.total, targetStatuses);
  const count = (id: string, value: number) => <span data-testid={id}>{value}</span>;
  return (
    <Card size="small" title={<h3 className="card-heading">{t('manager.targets.title')}</h3>} data-testid="target-figures"
      extra={summary && <span>{t('manager.targets.declarations')}: {count('tf-declarations', summary.declarations)}</span>}>
      {!summary ? <Typography.Text data-testid="target-figures-none">{t('manager.targets.none')}</Typography.Text> : (
        <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
          <div className="target-figures">
            <Descriptions size="small" bordered column={1} title={t('manager.targets.byStatus')} items={summary.byStatus.map((s) => ({
              key: s.name, label: <TargetStatusTag status={s.name} />, children: count(`tf-status-${s.name}`, s.value),
            }))} />
            <Descriptions size="small" bordered column={1} title={t('manager.targets.grades')}
              items={summary.grades.length ? summary.grades.map((g) => ({ key: g.name, label: g.name, children: count(`tf-grade-${g.name}`, g.value) }))
                : [{ key: 'none', label: '—', children: t('manager.targets.noGrades') }]} />
            <Descriptions size="small" bordered column={1} title={t('manager.targets.adjustments')} items={summary.adjustments.map((a) => ({
              key: a.name, label: t(`manager.targets.${a.name}`), children: count(`tf-adjust-${a.name}`, a.value),
            }))} />
            <Descriptions size="small" bordered column={1} title={t('manager.targets.lights')} items={summary.lights.map((l) => ({
              key: l.name, label: <LightTag light={l.name === 'NotReported' ? null : l.name as 'Red' | 'Yellow' | 'Green'} />,
              children: count(`tf-light-${l.name}`, l.value),
            }))} />
          </div>
          {figures && figures.departments.length > 1 && (
            <Table<TargetFigures> rowKey="key" size="small" pagination={false} dataSource={figures.departments} scroll={{ x: 700 }}
              aria-label={t('manager.targets.departments')}
              columns={[
                { title: t('manager.department'), key: 'd', render: (_, d) => name('department', d.key) },
                { title: t('manager.targets.declarations'), dataIndex: 'declarations', key: 'n', align: 'right' },
                { title: t('targetStatus.Approved'), key: 'a', align: 'right', render: (_, d) => d.byStatus.Approved ?? 0 },
                { title: t('light.Red'), key: 'r', align: 'right', render: (_, d) => d.lights.Red ?? 0 },
                { title: t('light.Yellow'), key: 'y', align: 'right', render: (_, d) => d.lights.Yellow ?? 0 },
                { title: t('light.Green'), key: 'g', align: 'right', render: (_, d) => d.lights.Green ?? 0 },
                { title: t('light.none'), key: 'x', align: 'right', render: (_, d) => d.lights.NotReported ?? 0 },
                { title: `${t('manager.targets.adjustments')} · ${t('manager.targets.pending')}`, key: 'p', align: 'right', render: (_, d) => d.adjustments.pending },
              ]} />
          )}
        </Space>
      )}
    </Card>
  );
}
