import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { RectificationNotice } from '../api/types';
import { isOverdue } from '../lib/rectifications';
import { tones } from './tones';

const colors: Record<string, string | undefined> = {
  Issued: tones.attention, Answered: tones.info, InReview: tones.progress, Returned: tones.danger, Accepted: tones.success,
};

/** A notice's status (待整改, 待审核, 审核中, 退回重改, 整改完成), and 已逾期 beside it when it is overdue. */
export function RectificationStatusTag({ notice, today }: { notice: Pick<RectificationNotice, 'status' | 'deadline'>; today: string }) {
  const { t } = useTranslation();
  return (
    <>
      <Tag variant="solid" color={colors[notice.status]} data-status={notice.status}>{t(`rectificationStatus.${notice.status}`)}</Tag>
      {isOverdue(notice, today) && <Tag variant="solid" color={tones.danger} data-testid="overdue">{t('reviewer.overdue')}</Tag>}
    </>
  );
}
