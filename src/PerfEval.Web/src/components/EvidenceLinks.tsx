import { Button, Space, Tag, Typography } from 'antd';
import { PaperClipOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { download } from '../api/client';
import type { EvidenceRef } from '../api/types';
import { evidenceHref } from '../lib/evidence';

export function fileSize(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1)} MiB`;
  if (bytes >= 1024) return `${(bytes / 1024).toFixed(1)} KiB`;
  return `${bytes} B`;
}

/** One file as a download link (with the token) and its slot's label. */
export function EvidenceLink({ evaluationId, item }: { evaluationId: string; item: EvidenceRef }) {
  const { t } = useTranslation();
  return (
    <span className="evidence-link">
      <Tag>{t(`evidence.slots.${item.slot}`)}</Tag>
      <Button type="link" size="small" icon={<PaperClipOutlined />} style={{ paddingInline: 0 }}
        onClick={() => void download(evidenceHref(evaluationId, item.id), item.fileName)}>
        {item.fileName}
      </Button>
    </span>
  );
}

/** The files of one indicator (or of the whole form): how many, and each as a link. */
export default function EvidenceLinks({ evaluationId, items }: { evaluationId: string; items: EvidenceRef[] }) {
  const { t } = useTranslation();
  if (items.length === 0) return <Typography.Text type="secondary">—</Typography.Text>;
  return (
    <Space orientation="vertical" size={0}>
      <Typography.Text type="secondary">{t('evidence.count', { count: items.length })}</Typography.Text>
      {items.map((item) => <EvidenceLink key={item.id} evaluationId={evaluationId} item={item} />)}
    </Space>
  );
}
