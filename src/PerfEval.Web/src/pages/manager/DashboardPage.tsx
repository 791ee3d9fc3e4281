import { Button, Col, Descriptions, Empty, Row, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { useDataYear, useMe, useNameOf, useNames, useYearly } from '../../api/hooks';
import { nameOf } from '../../lib/names';
import { statuses, targetStatuses, type TargetFigures, type TargetYearFigures, type YearFigures } from '../../api/types';
import Chart from '../../components/Chart';
import ListTable from '../../components/ListTable';
import Panel, { Figure } from '../../components/Panel';
import PlainSelect from '../../components/PlainSelect';
import ProblemAlert from '../../components/ProblemAlert';
import DepartmentWidePanel from '../../components/DepartmentWidePanel';
import { LightTag, TargetStatusTag } from '../../components/TargetTags';
import { departmentChartHeight, executionByDepartment, findingsByCode, formsByStatus, gradeDistribution, hasValues, targetSummary, workloadByDepartment } from '../../lib/dashboard';
import { grade, percent, score } from '../../lib/format';
import { yearOptions } from '../../lib/years';
import YearSelect from '../../components/YearSelect';
import { useSession } from '../../auth/session';

/** Every department's name on its own line of a horizontal bar chart: none skipped, long names wrapped. */
const departmentLabels = { interval: 0, width: 160, overflow: 'break' as const };

const ChartTitle = ({ text }: { text: string }) => <h3 className="card-heading">{text}</h3>;

/** What a chart counts, under its title. */
const Caption = ({ text }: { text: string }) => <p className="chart-caption text-secondary">{text}</p>;

/** A chart with nothing to draw says why, in its place. */
const EmptyChart = ({ text, testId }: { text: string; testId: string }) => (
  <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={text} data-testid={testId} style={{ margin: '48px 0' }} />
);

/** The yearly dashboard of management: the year's figures as charts, with drill-down to a department. */
export default function DashboardPage() {
  const { t, i18n } = useTranslation();
  const names = useNames().data;
  const [params, setParams] = useSearchParams();
  const navigate = useNavigate();
  const session = useSession();
  // Without ?year= the page opens on the latest year with forms the user may read.
  const { year, setYear, withData } = useDataYear(new Date().getFullYear() - 1);
  // Management reads the whole year; a reviewer reads one of the departments they review (the API's rule).
  const isManager = session?.user.roles.includes('manager') ?? false;
  const me = useMe();
  const ownDepartments = me.data?.departments.map((d) => d.id) ?? [];
  const department = isManager ? undefined : (params.get('department') ?? ownDepartments[0]);
  // A reviewer reads one department's figures: the request waits for the departments the directory gives them.
  const yearly = useYearly(year, department, isManager || me.isSuccess);
  const name = useNameOf();
  // Axes keep the department ids (a click drills down by id) and show the directory's names.
  const deptLabel = { ...departmentLabels, formatter: (id: string) => name('department', id) };
  const drill = (departmentId: string) => void navigate(`/manager/departments/${encodeURIComponent(departmentId)}?year=${year}`);

  const header = (
    <Space wrap style={{ justifyContent: 'space-between', width: '100%' }}>
      <h2 className="page-title" style={{ margin: 0 }}>{t('manager.dashboard')}</h2>
      <Space wrap>
        {!isManager && (
          <label>{t('manager.department')}{' '}
            <PlainSelect label={t('manager.department')} value={department} width={200}
              options={ownDepartments.map((d) => ({ value: d, label: name('department', d) }))}
              onChange={(d) => { if (d) setParams((current) => { const next = new URLSearchParams(current); next.set('department', d); return next; }); }} />
          </label>
        )}
        <label>{t('common.year')}{' '}
          <YearSelect value={year} onChange={setYear} offered={yearOptions.map((o) => o.value)} withData={withData} />
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
  if (yearly.isPending) return page(<p role="status" className="page-loading">{t('common.loading')}</p>);
  if (yearly.error) return page(<ProblemAlert error={yearly.error} />);
  const p = yearly.data;
  const total = p.total;
  const targets = <TargetFiguresCard figures={p.targets} />;
  // The department-wide forms are listed apart: the projects' figures and charts do not count them.
  const departmentWide = <DepartmentWidePanel projection={p} year={year} />;
  if (!total.forms) {
    const latest = withData.find((y) => y !== year);
    return page(
      <>
        <Empty data-testid="dashboard-empty" description={
          <Space orientation="vertical" size={4}>
            <span>{p.departmentWide?.length ? t('dash.noProjectForms', { year }) : t('dash.noForms', { year })}</span>
            {/* With a department-wide form listed below, "no forms anywhere" would not be true. */}
            {latest ? <span>{t('dash.latestHint', { year: latest })}</span> : !p.departmentWide?.length && <span>{t('dash.noFormsAnywhere')}</span>}
          </Space>
        }>
          {latest && <Button type="primary" onClick={() => setYear(latest)} data-testid="show-latest-year">{t('dash.showLatest', { year: latest })}</Button>}
        </Empty>
        {departmentWide}
        {targets}
      </>,
    );
  }

  const grades = gradeDistribution(total, i18n.language);
  const execution = executionByDepartment(p);
  const workload = workloadByDepartment(p);
  const codes = findingsByCode(total);
  const byStatus = formsByStatus(total, statuses);
  const gradeCount = grades.data.reduce((n, g) => n + g.value, 0);

  return page(
    <>
      <Row gutter={[16, 16]}>
        {[
          { key: 'forms', title: t('manager.forms'), value: String(total.forms) },
          { key: 'rate', title: t('manager.executionRate'), value: percent(total.budget.executionRate) },
          { key: 'claimed', title: t('manager.avgClaimed'), value: score(total.averages.claimed) },
          { key: 'computed', title: t('manager.avgComputed'), value: score(total.averages.computed) },
          { key: 'final', title: t('manager.avgFinal'), value: score(total.averages.final) },
        ].map((s) => (
          <Col key={s.key} xs={12} md={8} lg={4}>
            <Panel><div data-testid={`stat-${s.key}`}><Figure title={s.title} value={s.value} /></div></Panel>
          </Col>
        ))}
      </Row>
      <Caption text={t('dash.projectsOnly')} />
      <div className="chart-grid">
        <Panel title={<ChartTitle text={t('manager.gradeDistribution')} />}>
          <Caption text={grades.basis === 'final' ? t('dash.gradesFinal', { count: gradeCount }) : t('dash.gradesComputed')} />
          {gradeCount === 0 ? <EmptyChart testId="chart-grades-empty" text={t('dash.gradesEmpty')} /> : (
            <Chart label={t('manager.gradeDistribution')} testId="chart-grades" option={{
              series: [{ type: 'pie', radius: ['40%', '70%'], data: grades.data, label: { formatter: '{b}: {c}' } }],
            }} />
          )}
        </Panel>
        <Panel title={<ChartTitle text={t('manager.executionByDept')} />}>
          <Caption text={t('dash.execution')} />
          {!hasValues(execution.map((e) => e.value)) ? <EmptyChart testId="chart-execution-empty" text={t('dash.executionEmpty')} /> : (
            <Chart label={t('dash.execution')} testId="chart-execution" onClick={drill} height={departmentChartHeight(execution.length)} option={{
              tooltip: { trigger: 'axis' }, grid: { left: 8, right: 48, containLabel: true },
              yAxis: { type: 'category', inverse: true, data: execution.map((e) => e.name), axisLabel: deptLabel },
              xAxis: { type: 'value', max: 100 }, series: [{ type: 'bar', data: execution.map((e) => e.value), label: { show: true, position: 'right' } }],
            }} />
          )}
        </Panel>
        <Panel title={<ChartTitle text={t('manager.averages')} />}>
          <Caption text={t('dash.averages')} />
          <Chart label={t('dash.averages')} testId="chart-averages" onClick={drill} height={departmentChartHeight(p.departments.length, 3)} option={{
            tooltip: { trigger: 'axis' }, legend: {}, grid: { left: 8, right: 24, top: 36, containLabel: true },
            yAxis: { type: 'category', inverse: true, data: p.departments.map((d) => d.key), axisLabel: deptLabel },
            xAxis: { type: 'value', min: 0, max: 100 },
            series: [
              { name: t('form.claimed'), type: 'bar', data: p.departments.map((d) => d.averages.claimed ?? 0) },
              { name: t('form.computed'), type: 'bar', data: p.departments.map((d) => d.averages.computed ?? 0) },
              { name: t('form.reviewed'), type: 'bar', data: p.departments.map((d) => d.averages.final ?? 0) },
            ],
          }} />
        </Panel>
        <Panel title={<ChartTitle text={t('manager.findingsByCode')} />}>
          <Caption text={t('dash.findings')} />
          {codes.length === 0 ? <EmptyChart testId="chart-findings-empty" text={t('dash.findingsEmpty')} /> : (
            <Chart label={t('manager.findingsByCode')} testId="chart-findings" height={departmentChartHeight(codes.length)} option={{
              tooltip: { trigger: 'axis' }, grid: { left: 8, right: 40, containLabel: true },
              xAxis: { type: 'value', minInterval: 1 }, yAxis: { type: 'category', inverse: true, data: codes.map((c) => nameOf(names, 'findings', c.name, i18n.language)), axisLabel: { interval: 0 } },
              series: [{ type: 'bar', data: codes.map((c) => c.value), label: { show: true, position: 'right' } }],
            }} />
          )}
        </Panel>
        <Panel title={<ChartTitle text={t('manager.formsByStatus')} />}>
          <Caption text={t('dash.status')} />
          <Chart label={t('dash.status')} testId="chart-status" option={{
            tooltip: { trigger: 'axis' }, xAxis: { type: 'category', data: byStatus.map((s) => t(`status.${s.name}`)), axisLabel: { interval: 0, rotate: 30 } },
            yAxis: { type: 'value', minInterval: 1 }, series: [{ type: 'bar', data: byStatus.map((s) => s.value), label: { show: true, position: 'top' } }],
          }} />
        </Panel>
        <Panel title={<ChartTitle text={t('manager.workload')} />}>
          <Caption text={t('dash.workload')} />
          {!hasValues([...workload.open, ...workload.claimed, ...workload.overdue]) ? <EmptyChart testId="chart-workload-empty" text={t('dash.workloadEmpty')} /> : (
            <Chart label={t('dash.workload')} testId="chart-workload" onClick={drill} height={departmentChartHeight(workload.departments.length, 2)} option={{
              tooltip: { trigger: 'axis' }, legend: {}, grid: { left: 8, right: 24, top: 36, containLabel: true },
              yAxis: { type: 'category', inverse: true, data: workload.departments, axisLabel: deptLabel },
              xAxis: { type: 'value', minInterval: 1 },
              series: [
                { name: t('manager.open'), type: 'bar', stack: 'w', data: workload.open },
                { name: t('manager.claimed'), type: 'bar', stack: 'w', data: workload.claimed },
                { name: t('manager.overdue'), type: 'bar', data: workload.overdue, itemStyle: { color: '#cf1322' } },
              ],
            }} />
          )}
        </Panel>
      </div>
      <ListTable<YearFigures> rowKey={(d) => d.key} size="small" rows={p.departments} label={t('manager.department')} minWidth={800}
        columns={[
          { title: t('manager.department'), key: 'd', render: (d) => <Link to={`/manager/departments/${encodeURIComponent(d.key)}?year=${year}`}>{name('department', d.key)}</Link> },
          { title: t('manager.forms'), key: 'f', render: (d) => d.forms },
          { title: t('manager.executionRate'), key: 'r', render: (d) => percent(d.budget.executionRate) },
          { title: t('manager.avgClaimed'), key: 'c', render: (d) => score(d.averages.claimed) },
          { title: t('manager.avgComputed'), key: 'm', render: (d) => score(d.averages.computed) },
          { title: t('manager.avgFinal'), key: 'x', render: (d) => score(d.averages.final) },
          { title: t('manager.overdue'), key: 'o', render: (d) => d.workload.overdue },
        ]} />
      {departmentWide}
      {targets}
    </>,
  );
}

/** The year's target declarations: by status, review grade, adjustment and monitoring light; in words when there are none. */
function TargetFiguresCard({ figures }: { figures: TargetYearFigures | null | undefined }) {
  const { t, i18n } = useTranslation();
  const name = useNameOf();
  const summary = targetSummary(figures?.total, targetStatuses);
  const count = (id: string, value: number) => <span data-testid={id}>{value}</span>;
  return (
    <Panel title={<h3 className="card-heading">{t('manager.targets.title')}</h3>} testId="target-figures"
      extra={summary && <span>{t('manager.targets.declarations')}: {count('tf-declarations', summary.declarations)}</span>}>
      {!summary ? <span data-testid="target-figures-none">{t('manager.targets.none')}</span> : (
        <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
          <div className="target-figures">
            <Descriptions size="small" bordered column={1} title={t('manager.targets.byStatus')} items={summary.byStatus.map((s) => ({
              key: s.name, label: <TargetStatusTag status={s.name} />, children: count(`tf-status-${s.name}`, s.value),
            }))} />
            <Descriptions size="small" bordered column={1} title={t('manager.targets.grades')}
              items={summary.grades.length ? summary.grades.map((g) => ({ key: g.name, label: grade(g.name, i18n.language), children: count(`tf-grade-${g.name}`, g.value) }))
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
            <ListTable<TargetFigures> rowKey={(d) => d.key} size="small" rows={figures.departments} minWidth={700}
              label={t('manager.targets.departments')}
              columns={[
                { title: t('manager.department'), key: 'd', render: (d) => name('department', d.key) },
                { title: t('manager.targets.declarations'), key: 'n', align: 'right', render: (d) => d.declarations },
                { title: t('targetStatus.Approved'), key: 'a', align: 'right', render: (d) => d.byStatus.Approved ?? 0 },
                { title: t('light.Red'), key: 'r', align: 'right', render: (d) => d.lights.Red ?? 0 },
                { title: t('light.Yellow'), key: 'y', align: 'right', render: (d) => d.lights.Yellow ?? 0 },
                { title: t('light.Green'), key: 'g', align: 'right', render: (d) => d.lights.Green ?? 0 },
                { title: t('light.none'), key: 'x', align: 'right', render: (d) => d.lights.NotReported ?? 0 },
                { title: `${t('manager.targets.adjustments')} · ${t('manager.targets.pending')}`, key: 'p', align: 'right', render: (d) => d.adjustments.pending },
              ]} />
          )}
        </Space>
      )}
    </Panel>
  );
}
