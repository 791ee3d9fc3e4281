import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { YearlyProjection } from '../api/types';
import { useNameOf } from '../api/hooks';
import { departmentWideRows, type DepartmentWideRow } from '../lib/dashboard';
import { amount, grade, percent, score } from '../lib/format';
import ListTable from './ListTable';
import Panel from './Panel';
import StatusTag from './StatusTag';

/**
 * 部门整体支出绩效自评: the year's department-wide forms, one row each (department, status, budget and execution, the
 * three scores and the final grade, a link to the form), apart from the projects' figures; in words when no department
 * has filed one. On the dashboard (manager and reviewer) and the department page.
 */
export default function DepartmentWidePanel({ projection, year }: { projection: Pick<YearlyProjection, 'departmentWide'>; year: number }) {
  const { t, i18n } = useTranslation();
  const name = useNameOf();
  const rows = departmentWideRows(projection, (id) => name('department', id));
  return (
    <Panel title={<h3 className="card-heading">{t('deptWide.title')}</h3>} testId="department-wide"
      extra={rows.length > 0 && <span>{t('deptWide.count', { count: rows.length })}</span>}>
      <p className="chart-caption text-secondary">{t('deptWide.caption')}</p>
      {rows.length === 0 ? <p data-testid="department-wide-none">{t('deptWide.none', { year })}</p> : (
        <ListTable<DepartmentWideRow> rowKey={(r) => r.evaluationId} size="small" rows={rows} label={t('deptWide.title')} minWidth={900}
          testId="department-wide-rows"
          columns={[
            { title: t('manager.department'), key: 'd', render: (r) => <span data-testid={`dw-department-${r.evaluationId}`}>{r.departmentName}</span> },
            { title: t('common.status'), key: 's', render: (r) => <StatusTag status={r.status} /> },
            { title: t('deptWide.fullYearBudget'), key: 'b', align: 'right', render: (r) => amount(r.fullYearBudget) },
            { title: t('deptWide.executed'), key: 'e', align: 'right', render: (r) => amount(r.executed) },
            { title: t('deptWide.executionRate'), key: 'r', align: 'right', render: (r) => percent(r.executionRate) },
            { title: t('deptWide.claimedTotal'), key: 'c', align: 'right', render: (r) => score(r.claimedTotal) },
            { title: t('deptWide.computedTotal'), key: 'm', align: 'right', render: (r) => score(r.computedTotal) },
            { title: t('deptWide.finalTotal'), key: 'f', align: 'right', render: (r) => <span data-testid={`dw-final-${r.evaluationId}`}>{score(r.finalTotal)}</span> },
            { title: t('deptWide.finalGrade'), key: 'g', render: (r) => <span data-testid={`dw-grade-${r.evaluationId}`}>{grade(r.finalGrade, i18n.language)}</span> },
            { title: t('deptWide.form'), key: 'l', render: (r) => <Link to={`/forms/${r.evaluationId}`} data-testid={`dw-open-${r.evaluationId}`}>{t('deptWide.open')}</Link> },
          ]} />
      )}
    </Panel>
  );
}
