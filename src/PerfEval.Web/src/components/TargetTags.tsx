import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Light, ReviewTaskKind } from '../api/types';
import { lightTone } from '../lib/targets';
import { tones } from './tones';

const statusColors: Record<string, string | undefined> = {
  Draft: undefined, Submitted: tones.info, InReview: tones.progress, RevisionRequested: tones.attention, Approved: tones.success,
  Rejected: tones.danger,
};

/** A declaration's status with its Chinese label (已批复, 不予通过, …). */
export function TargetStatusTag({ status }: { status: string }) {
  const { t } = useTranslation();
  return (
    <Tag variant={statusColors[status] ? 'solid' : undefined} color={statusColors[status]} data-status={status}>
      {t(`targetStatus.${status}`, { defaultValue: status })}
    </Tag>
  );
}

/** A monitoring light as a coloured tag (红灯 / 黄灯 / 绿灯), or 未填报 when there is none. */
export function LightTag({ light }: { light: Light | null | undefined }) {
  const { t } = useTranslation();
  const tone = lightTone(light);
  return (
    <Tag variant={tone ? 'solid' : undefined} color={tone} data-light={light ?? 'none'}>
      {t(`light.${light ?? 'none'}`)}
    </Tag>
  );
}

const kindColors: Record<ReviewTaskKind, string> = { SelfEvaluation: tones.info, Targets: tones.published, TargetAdjustment: tones.attention, Recheck: tones.info, Rectification: tones.danger };

/** What a review task reviews: 自评表, 绩效目标, 目标调整, or a sampled form's 复核. */
export function KindTag({ kind }: { kind: ReviewTaskKind }) {
  const { t } = useTranslation();
  return <Tag variant="solid" color={kindColors[kind]} data-kind={kind}>{t(`kind.${kind}`)}</Tag>;
}
