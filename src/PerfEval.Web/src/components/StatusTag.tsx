import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';

const colors: Record<string, string> = {
  Draft: 'default', Submitted: 'blue', InReview: 'processing', RevisionRequested: 'orange', Approved: 'green',
  Rejected: 'red', Published: 'purple',
};

export default function StatusTag({ status }: { status: string }) {
  const { t } = useTranslation();
  return <Tag color={colors[status]} data-status={status}>{t(`status.${status}`, { defaultValue: status })}</Tag>;
}
