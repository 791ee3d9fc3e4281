import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { kindOfForm } from '../lib/departmentWide';
import { tones } from './tones';

/** 部门整体 beside a department-wide form wherever it is shown or listed; nothing beside a project's form. */
export default function FormKindTag({ kind }: { kind: string | null | undefined }) {
  const { t } = useTranslation();
  if (kindOfForm(kind) !== 'departmentWide') return null;
  return (
    <Tag variant="solid" color={tones.published} data-form-kind="departmentWide" title={t('formKind.tagTitle')}>{t('formKind.tag')}</Tag>
  );
}
