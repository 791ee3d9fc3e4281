import { Alert, List, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Finding } from '../api/types';
import { messageOf } from '../lib/findings';
import { num } from '../lib/format';

/** The scorecard's findings as a list: code, severity, the claimed and computed figures, the message. */
export default function FindingsList({ findings }: { findings: Finding[] }) {
  const { t, i18n } = useTranslation();
  if (!findings.length) return <Alert type="success" showIcon title={t('form.noFindings')} />;
  return (
    <List size="small" bordered header={<strong>{t('form.findings')} ({findings.length})</strong>} dataSource={findings}
      renderItem={(f) => (
        <List.Item data-testid="finding">
          <div>
            <Tag color={f.severity === 'Error' ? 'red' : f.severity === 'Warning' ? 'gold' : 'blue'}>{f.code}</Tag>
            {f.claimed != null && <span>{t('form.claimed')} {num(f.claimed)} · {t('form.computed')} {num(f.computed)}</span>}
            <div>{messageOf(f, i18n.language)}</div>
          </div>
        </List.Item>
      )} />
  );
}
