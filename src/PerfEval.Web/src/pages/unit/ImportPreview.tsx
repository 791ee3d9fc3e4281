import { Alert, Button, Card, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import FormKindTag from '../../components/FormKindTag';
import { tones } from '../../components/tones';
import type { ImportFormReport, ImportResponse } from '../../api/types';

const statusColor = { Read: tones.success, Incomplete: tones.attention, Refused: tones.danger } as const;

/**
 * The forms a document holds, read but not stored (POST /api/evaluations/import?mode=per-form&preview=true): each
 * form's layout, project, status, printed total, problems with their locations and findings. The unit ticks the
 * forms read whole it wants and stores only those (mode=per-form&forms=…).
 */
export default function ImportPreview({ preview, busy, onStore, onCancel }: {
  preview: ImportResponse;
  busy: boolean;
  onStore: (indexes: number[]) => void;
  onCancel: () => void;
}) {
  const { t, i18n } = useTranslation();
  const en = i18n.language === 'en';
  const [selected, setSelected] = useState<number[]>(() => preview.forms.filter((f) => f.status === 'Read').map((f) => f.index));
  const layoutName = (layout: string) => (t(`importPreview.layouts.${layout}`, { defaultValue: layout }));

  return (
    <Card title={t('importPreview.title')} data-testid="import-preview" style={{ marginTop: 12 }}>
      {preview.forms.length === 0 && <Alert type="warning" showIcon title={t('importPreview.empty')} />}
      {preview.forms.length > 0 && (
        <Table<ImportFormReport> rowKey="index" dataSource={preview.forms} pagination={false} size="small" scroll={{ x: 1000 }}
          aria-label={t('importPreview.title')}
          rowSelection={{
            selectedRowKeys: selected,
            hideSelectAll: true,
            onChange: (keys) => setSelected(keys.map(Number)),
            getCheckboxProps: (r) => ({ disabled: r.status !== 'Read', 'aria-label': t('importPreview.select', { index: r.index + 1 }) }),
          }}
          onRow={(r) => ({ 'data-testid': `preview-row-${r.index}` } as object)}
          columns={[
            { title: t('importPreview.index'), key: 'i', width: 56, render: (_, r) => r.index + 1 },
            { title: t('importPreview.layout'), key: 'l', width: 200, render: (_, r) => layoutName(r.layout) },
            { title: t('importPreview.project'), key: 'p', render: (_, r) => <>{r.projectName ?? '—'} <FormKindTag kind={r.form?.kind} /></> },
            { title: t('importPreview.year'), key: 'y', width: 70, render: (_, r) => r.fiscalYear ?? '—' },
            { title: t('importPreview.status'), key: 's', width: 90, render: (_, r) => <Tag variant="solid" color={statusColor[r.status]}>{t(`importPreview.statuses.${r.status}`)}</Tag> },
            { title: t('importPreview.printedTotal'), key: 't', width: 90, align: 'right', render: (_, r) => (r.form?.claimedTotal != null ? r.form.claimedTotal.toFixed(2) : '—') }, // as printed, 2 decimals
            {
              title: t('importPreview.problems'), key: 'e', render: (_, r) => (
                <Space orientation="vertical" size={0}>
                  {r.problems.map((p, i) => <Typography.Text key={i} type="danger">{`${p.location}：${en ? p.messageEn : p.message}`}</Typography.Text>)}
                </Space>
              ),
            },
            {
              title: t('importPreview.findings'), key: 'f', render: (_, r) => (
                <Space orientation="vertical" size={0}>
                  {r.findings.map((f, i) => <Typography.Text key={i} type={f.severity === 'Error' ? 'danger' : 'secondary'}>{`${f.code}：${en ? f.messageEn : f.message}`}</Typography.Text>)}
                </Space>
              ),
            },
          ]} />
      )}
      {preview.skipped.length > 0 && <Typography.Paragraph type="secondary" style={{ marginTop: 8 }}>{t('importPreview.skipped', { count: preview.skipped.length })}</Typography.Paragraph>}
      <Space style={{ marginTop: 12 }}>
        <Button type="primary" disabled={selected.length === 0} loading={busy} onClick={() => onStore(selected)} data-testid="store-selected">
          {t('importPreview.store', { count: selected.length })}
        </Button>
        <Button onClick={onCancel}>{t('importPreview.cancel')}</Button>
      </Space>
    </Card>
  );
}
