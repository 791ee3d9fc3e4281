import { Alert, Button, Card, Form, Popconfirm, Select, Space, Table, Typography, Upload } from 'antd';
import { DeleteOutlined, UploadOutlined } from '@ant-design/icons';
import type { ColumnsType } from 'antd/es/table';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { send } from '../api/client';
import { evidenceSlots, type Evaluation, type EvidenceRef, type EvidenceSlot } from '../api/types';
import { evidenceEditable, evidenceHref, removeEvidenceRequest } from '../lib/evidence';
import { EvidenceLink, fileSize } from './EvidenceLinks';
import ProblemAlert from './ProblemAlert';
import { message } from './feedback';

interface Props {
  evaluation: Evaluation;
  /** The reader is the form's unit: it may upload and remove while the form is editable, and is told why not otherwise. */
  owner: boolean;
}

/**
 * A form's supporting files (佐证材料): every file with its indicator and slot, and for its unit, while the form is
 * editable, the upload and a 删除 button per file (after a confirmation naming the file).
 */
export default function EvidencePanel({ evaluation: e, owner }: Props) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<{ slot: EvidenceSlot; target: string }>();
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [removing, setRemoving] = useState<string | null>(null);
  const editable = evidenceEditable(e.status);
  const targetOptions = [
    { value: 'form', label: t('evidence.wholeForm') },
    ...e.form.indicators.map((row, i) => ({ value: String(i), label: `${i + 1}. ${row.name}` })),
  ];

  async function upload(file: File) {
    const { slot, target } = form.getFieldsValue();
    const body = new FormData();
    body.append('slot', slot);
    if (target !== 'form') body.append('indicatorIndex', target);
    body.append('file', file, file.name);
    setBusy(true);
    setError(null);
    try {
      await send(`/api/evaluations/${e.id}/evidence`, { method: 'POST', form: body });
      void message.success(t('evidence.uploaded'));
      await queryClient.invalidateQueries({ queryKey: ['evaluation', e.id] });
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  }

  async function remove(item: EvidenceRef) {
    setRemoving(item.id);
    setError(null);
    try {
      await send(evidenceHref(e.id, item.id), removeEvidenceRequest(e.version));
      void message.success(t('evidence.removed', { name: item.fileName }));
      await queryClient.invalidateQueries({ queryKey: ['evaluation', e.id] });
    } catch (err) {
      setError(err);
    } finally {
      setRemoving(null);
    }
  }

  const columns: ColumnsType<EvidenceRef> = [
    {
      title: t('evidence.target'), key: 'target',
      render: (_, r) => (r.indicatorIndex == null ? t('evidence.wholeForm') : `${r.indicatorIndex + 1}. ${e.form.indicators[r.indicatorIndex]?.name ?? ''}`),
    },
    { title: t('evidence.file'), key: 'file', render: (_, r) => <EvidenceLink evaluationId={e.id} item={r} /> },
    { title: t('evidence.size'), key: 'size', align: 'right', width: 96, render: (_, r) => fileSize(r.size) },
    { title: t('evidence.uploadedBy'), dataIndex: 'uploadedByName', key: 'by', width: 120 },
  ];
  if (owner && editable) {
    columns.push({
      title: t('evidence.actions'), key: 'actions', width: 96,
      render: (_, r) => (
        <Popconfirm title={t('evidence.removeConfirm', { name: r.fileName })} okText={t('evidence.remove')}
          okButtonProps={{ danger: true }} cancelText={t('common.cancel')} onConfirm={() => void remove(r)}>
          <Button type="link" danger size="small" icon={<DeleteOutlined />} loading={removing === r.id}
            disabled={busy || (removing !== null && removing !== r.id)} data-testid="evidence-remove">
            {t('evidence.remove')}
          </Button>
        </Popconfirm>
      ),
    });
  }

  return (
    <Card size="small" title={t('evidence.title')} data-testid="evidence-panel">
      <Space orientation="vertical" style={{ width: '100%' }}>
        {owner && !editable && <Alert type="info" showIcon title={t('evidence.frozen')} data-testid="evidence-frozen" />}
        {owner && editable && (
          <Form form={form} layout="inline" initialValues={{ slot: 'Voucher', target: 'form' }} disabled={busy}>
            <Form.Item name="slot" label={t('evidence.slot')}>
              <Select style={{ width: 140 }} data-testid="evidence-slot"
                options={evidenceSlots.map((s) => ({ value: s, label: t(`evidence.slots.${s}`) }))} />
            </Form.Item>
            <Form.Item name="target" label={t('evidence.target')}>
              <Select style={{ width: 240 }} data-testid="evidence-target" options={targetOptions} />
            </Form.Item>
            <Form.Item>
              <Upload showUploadList={false} accept=".pdf,.png,.jpg,.jpeg,.docx,.xlsx"
                beforeUpload={(file) => { void upload(file); return false; }}>
                <Button icon={<UploadOutlined />} loading={busy} data-testid="evidence-upload">{t('evidence.choose')}</Button>
              </Upload>
            </Form.Item>
          </Form>
        )}
        {owner && editable && <Typography.Text type="secondary">{t('evidence.hint')}</Typography.Text>}
        <ProblemAlert error={error} />
        {/* The table's own empty placeholder is too faint for AA contrast: say it in secondary text instead. */}
        {(e.evidence ?? []).length === 0
          ? <Typography.Text type="secondary">{t('evidence.none')}</Typography.Text>
          : <Table<EvidenceRef> size="small" rowKey="id" pagination={false} columns={columns} dataSource={e.evidence}
            aria-label={t('evidence.title')} />}
      </Space>
    </Card>
  );
}
