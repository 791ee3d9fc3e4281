import { Alert, List, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useFormCrossChecks, useNames } from '../api/hooks';
import { nameOf } from '../lib/names';
import type { CrossCheckItem } from '../api/types';
import { otherLink } from '../lib/crossChecks';
import FormKindTag from './FormKindTag';
import { tones } from './tones';

/** One finding across forms: its label, the message in the reader's language, and the other form (a link when the reader may open it). */
export function CrossFindingItem({ item }: { item: CrossCheckItem }) {
  const { t, i18n } = useTranslation();
  const names = useNames().data;
  const link = otherLink(item);
  const other = item.otherProjectName && (
    <div>
      {t('crossChecks.other')}{' '}
      {link ? <Link to={link}>{item.otherProjectName}</Link> : <span>{item.otherProjectName}</span>}
      {' '}<FormKindTag kind={item.otherFormKind} />
      {item.otherFiscalYear != null && item.otherFiscalYear !== item.fiscalYear && ` (${item.otherFiscalYear})`}
      {item.otherIndicatorIndex != null && ` · ${t('crossChecks.row', { n: item.otherIndicatorIndex + 1 })}`}
    </div>
  );
  return (
    <div>
      <Tag variant="solid" color={item.severity === 'Error' ? tones.danger : item.severity === 'Warning' ? tones.warning : tones.info}>
        {nameOf(names, 'findings', item.code, i18n.language)}
      </Tag>
      <div>{i18n.language.startsWith('zh') ? item.message : item.messageEn}</div>
      {other}
    </div>
  );
}

/** The form's findings across forms and years, from the latest run of its year's checks. */
export default function CrossFindingsList({ evaluationId }: { evaluationId: string }) {
  const { t } = useTranslation();
  const checks = useFormCrossChecks(evaluationId);
  if (!checks.data) return null;
  if (!checks.data.checkedAt) return <Alert type="info" showIcon title={t('crossChecks.notChecked')} />;
  if (!checks.data.findings.length) return <Alert type="success" showIcon title={t('crossChecks.none')} />;
  return (
    <List size="small" bordered header={<strong>{t('crossChecks.title')} ({checks.data.findings.length})</strong>}
      dataSource={checks.data.findings} aria-label={t('crossChecks.title')}
      renderItem={(f) => <List.Item data-testid="cross-finding"><CrossFindingItem item={f} /></List.Item>} />
  );
}
