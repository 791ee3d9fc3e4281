import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { tones } from './tones';

const colors: Record<string, string | undefined> = {
  Draft: undefined, Submitted: tones.info, InReview: tones.progress, RevisionRequested: tones.attention, Approved: tones.success,
  Rejected: tones.danger, Published: tones.published,
};

export default function StatusTag({ status }: { status: string }) {
  const { t } = useTranslation();
  return <Tag variant={colors[status] ? 'solid' : undefined} color={colors[status]} data-status={status}>{t(`status.${status}`, { defaultValue: status })}</Tag>;
}
