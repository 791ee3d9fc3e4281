import { Alert, List, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Finding } from '../api/types';
import { useNames } from '../api/hooks';
import { nameOf } from '../lib/names';
import { messageOf } from '../lib/findings';
import { tones } from './tones';
import { num } from '../lib/format';

/**
 * The scorecard's findings as a list: the finding's name (its code only in data-code), severity, the claimed and
 * computed figures, the message; `action` adds a control to a finding (the review screen: re-check the cell it is about).
 */
export default function FindingsList({ findings, action }: { findings: Finding[]; action?: (f: Finding) => React.ReactNode }) {
  const { t, i18n } = useTranslation();
  const names = useNames().data;
  if (!findings.length) return <Alert type="success" showIcon title={t('form.noFindings')} />;
  return (
    <List size="small" bordered header={<strong>{t('form.findings')} ({findings.length})</strong>} dataSource={findings}
      renderItem={(f) => (
        <List.Item data-testid="finding" data-code={f.code} extra={action?.(f)}>
          <div>
            <Tag variant="solid" color={f.severity === 'Error' ? tones.danger : f.severity === 'Warning' ? tones.warning : tones.info}>{nameOf(names, 'findings', f.code, i18n.language)}</Tag>
            {f.claimed != null && <span>{t('form.claimed')} {num(f.claimed)} · {t('form.computed')} {num(f.computed)}</span>}
            <div>{messageOf(f, i18n.language)}</div>
          </div>
        </List.Item>
      )} />
  );
}
