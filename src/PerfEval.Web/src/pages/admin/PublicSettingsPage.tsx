import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Card, Checkbox, Space, Spin, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { get, send } from '../../api/client';
import type { PublicSettingsView } from '../../api/types';
import ProblemAlert from '../../components/ProblemAlert';
import { dateTime } from '../../lib/format';
import { message } from '../../components/feedback';

/** The fields of published forms the public site withholds (administrators). */
export default function PublicSettingsPage() {
  const { t, i18n } = useTranslation();
  const settings = useQuery({ queryKey: ['public-settings'], queryFn: () => get<PublicSettingsView>('/api/public-settings') });
  if (settings.isPending) return <Spin />;
  if (!settings.data) return <ProblemAlert error={settings.error} />;
  const s = settings.data;
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%', maxWidth: 720 }}>
      <Typography.Title level={2}>{t('public.settingsTitle')}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('public.settingsHint')}</Typography.Paragraph>
      {s.updatedAt && <Typography.Text type="secondary">{t('common.updated')} {dateTime(s.updatedAt, i18n.language)} · {s.updatedBy}</Typography.Text>}
      <SettingsForm key={s.updatedAt ?? 'default'} view={s} />
    </Space>
  );
}

function SettingsForm({ view }: { view: PublicSettingsView }) {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const [hidden, setHidden] = useState<string[]>(view.hiddenFields);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  async function save() {
    setBusy(true);
    setError(null);
    try {
      await send('/api/public-settings', { method: 'PUT', json: { hiddenFields: hidden } });
      void message.success(t('common.saved'));
      await queryClient.invalidateQueries({ queryKey: ['public-settings'] });
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  }

  return (
    <Card>
      <Checkbox.Group value={hidden} onChange={(v) => setHidden(v)} style={{ display: 'grid', gap: 8 }}
        options={view.fields.map((f) => ({ value: f.key, label: i18n.language === 'en' ? f.labelEn : f.label }))} />
      <ProblemAlert error={error} />
      <Button type="primary" style={{ marginTop: 16 }} loading={busy} onClick={() => void save()}>{t('common.save')}</Button>
    </Card>
  );
}
