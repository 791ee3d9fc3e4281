import { useQuery } from '@tanstack/react-query';
import { Alert, Card, Select, Space, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import { get } from '../../api/client';
import { qs } from '../../api/hooks';
import type { PublicList, PublicFormSummary } from '../../api/types';
import ProblemAlert from '../../components/ProblemAlert';
import FormKindTag from '../../components/FormKindTag';
import { isDepartmentWide } from '../../lib/departmentWide';
import { grade as gradeText, score } from '../../lib/format';
import { openDataPath } from '../../lib/publicForm';
import { useYearParam } from '../../lib/useYearParam';
import { yearChoices, yearOptions } from '../../lib/years';

const grades = ['优', '良', '中', '差'];

/** 绩效公开: the year's published forms, by department and grade, for anyone, signed in or not. */
export default function PublicListPage() {
  const { t, i18n } = useTranslation();
  const [year, setYear] = useYearParam(new Date().getFullYear() - 1);
  const [params, setParams] = useSearchParams();
  const departmentId = params.get('departmentId') ?? undefined;
  const grade = params.get('grade') ?? undefined;
  const set = (key: string, value: string | undefined) => setParams((current) => {
    const next = new URLSearchParams(current);
    if (value) next.set(key, value); else next.delete(key);
    return next;
  });
  const list = useQuery({
    queryKey: ['public-forms', year, departmentId, grade],
    queryFn: () => get<PublicList>(`/public/api/forms${qs({ year, departmentId, grade, pageSize: 200 })}`),
  });

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Title level={2}>{t('public.title', { year })}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('public.intro')}</Typography.Paragraph>
      <Card size="small">
        <Space wrap>
          <label>{t('common.year')}{' '}
            <Select aria-label={t('common.year')} value={year} onChange={setYear} style={{ width: 110 }} options={yearChoices(yearOptions.map((o) => o.value), year)} />
          </label>
          <label>{t('common.department')}{' '}
            <Select aria-label={t('common.department')} allowClear placeholder={t('common.all')} style={{ width: 220 }} value={departmentId}
              onChange={(v?: string) => set('departmentId', v)}
              options={(list.data?.departments ?? []).map((d) => ({ value: d.id, label: d.name }))} />
          </label>
          <label>{t('public.grade')}{' '}
            <Select aria-label={t('public.grade')} allowClear placeholder={t('common.all')} style={{ width: 130 }} value={grade}
              onChange={(v?: string) => set('grade', v)} options={grades.map((g) => ({ value: g, label: gradeText(g, i18n.language) }))} />
          </label>
          <a href={openDataPath(year, 'csv')} download>{t('public.openCsv')}</a>
          <a href={openDataPath(year, 'json')} download>{t('public.openJson')}</a>
        </Space>
      </Card>
      <ProblemAlert error={list.error} />
      {list.data && list.data.total > list.data.items.length && (
        <Alert type="info" showIcon title={t('public.more', { shown: list.data.items.length, total: list.data.total })} />
      )}
      <Table<PublicFormSummary> rowKey="id" size="small" loading={list.isPending} dataSource={list.data?.items ?? []} pagination={false}
        data-testid="public-forms" locale={{ emptyText: t('public.none') }}
        columns={[
          { title: t('common.project'), key: 'p', render: (_, r) => <><Link to={`/public/forms/${r.id}`}>{isDepartmentWide(r) ? t('formKind.title', { department: r.competentDepartment }) : r.projectName}</Link> <FormKindTag kind={r.kind} /></> },
          { title: t('common.department'), dataIndex: 'competentDepartment', key: 'd' },
          { title: t('common.unit'), key: 'u', render: (_, r) => r.implementingUnit ?? t('public.withheld') },
          { title: t('form.fullYearBudget'), key: 'b', align: 'right', render: (_, r) => (r.fullYearBudget == null ? t('public.withheld') : r.fullYearBudget.toFixed(2)) },
          { title: t('public.finalTotal'), key: 't', align: 'right', render: (_, r) => score(r.finalTotal) },
          { title: t('public.grade'), key: 'g', render: (_, r) => gradeText(r.finalGrade, i18n.language) },
        ]} />
    </Space>
  );
}
