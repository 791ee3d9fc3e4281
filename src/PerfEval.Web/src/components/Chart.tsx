import ReactECharts from 'echarts-for-react';
import type { EChartsOption } from 'echarts';

/** An ECharts chart with the aria description on, so screen readers get the series in words. */
export default function Chart({ option, label, height = 300, onClick, testId }: {
  option: EChartsOption; label: string; height?: number; onClick?: (name: string) => void; testId?: string;
}) {
  return (
    <div role="img" aria-label={label} data-testid={testId}>
      <ReactECharts style={{ height }} notMerge
        option={{ aria: { enabled: true }, tooltip: { trigger: 'item' }, animation: false, ...option }}
        onEvents={onClick ? { click: (p: { name: string }) => onClick(p.name) } : undefined} />
    </div>
  );
}
