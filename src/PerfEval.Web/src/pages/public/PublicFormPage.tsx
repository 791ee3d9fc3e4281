import { useQuery } from '@tanstack/react-query';
import { Alert, Card, Descriptions, Space, Spin, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { get } from '../../api/client';
import type { PublicForm } from '../../api/types';
import FormSheet from '../../components/FormSheet';
import FormKindTag from '../../components/FormKindTag';
import ProblemAlert from '../../components/ProblemAlert';
import { grade, marks, score } from '../../lib/format';
import { sheetOf } from '../../lib/publicForm';
import { isDepartmentWide } from '../../lib/departmentWide';

/** One published form in the official layout, without the fields withheld from the public. */
export default function PublicFormPage() {
  const { id } = useParams();
  const { t, i18n } = useTranslation();
  const form = useQuery({ queryKey: ['public-form', id], queryFn: () => get<PublicForm>(`/public/api/forms/${id}`), enabled: Boolean(id) });

  if (form.isPending) return <Spin />;
  if (!form.data) return <ProblemAlert error={form.error} />;
  const p = form.data;
  const en = i18n.language === 'en';
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Link to={`/public?year=${p.fiscalYear}`}>{t('public.backToList')}</Link>
      <Typography.Title level={2} style={{ marginBottom: 0 }} data-testid="public-form-title">
        {isDepartmentWide(p) ? t('formKind.title', { department: p.competentDepartment }) : p.projectName} <FormKindTag kind={p.kind} />
      </Typography.Title>
      <Card size="small">
        <Descriptions size="small" column={{ xs: 1, md: 3 }} items={[
          { key: 'd', label: t('common.department'), children: p.competentDepartment },
          { key: 't', label: t('public.finalTotal'), children: <span data-testid="public-final-total">{score(p.finalTotal)}</span> },
          { key: 'g', label: t('public.grade'), children: <span data-testid="public-final-grade">{grade(p.finalGrade, i18n.language)}</span> },
        ]} />
      </Card>
      {p.hiddenFields.length > 0 && (
        <Alert type="info" showIcon data-testid="public-withheld"
          title={t('public.withheldFields', { fields: p.hiddenFields.map((f) => (en ? f.labelEn : f.label)).join(marks(i18n.language).list) })} />
      )}
      <Card><FormSheet form={sheetOf(p)} /></Card>
    </Space>
  );
}
