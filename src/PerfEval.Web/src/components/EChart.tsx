// The ES module build: the CommonJS one (lib/) would come in as its module object, not the component.
import ReactEChartsCore from 'echarts-for-react/esm/core';
import * as echarts from 'echarts/core';
import { BarChart, PieChart } from 'echarts/charts';
import { AriaComponent, GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';
import type { ComposeOption } from 'echarts/core';
import type { BarSeriesOption, PieSeriesOption } from 'echarts/charts';
import type {
  AriaComponentOption, GridComponentOption, LegendComponentOption, TooltipComponentOption,
} from 'echarts/components';

// Only the chart types and parts the pages draw (the whole library is several times the size). SVG, so a chart's
// labels are text in the page (readable by tests, sharp when zoomed or printed).
echarts.use([BarChart, PieChart, AriaComponent, GridComponent, LegendComponent, TooltipComponent, SVGRenderer]);

export interface ChartProps {
  option: ChartOption; label: string; height?: number; onClick?: (name: string) => void; testId?: string;
}

export type ChartOption = ComposeOption<
  BarSeriesOption | PieSeriesOption | AriaComponentOption | GridComponentOption
  | LegendComponentOption | TooltipComponentOption>;

/** The chart itself (loaded by Chart.tsx on first use): ECharts with the aria description on. */
export default function EChart({ option, label, height = 300, onClick, testId }: ChartProps) {
  return (
    <div role="img" aria-label={label} data-testid={testId}>
      <ReactEChartsCore echarts={echarts} opts={{ renderer: 'svg' }} style={{ height }} notMerge
        option={{ aria: { enabled: true }, tooltip: { trigger: 'item' }, animation: false, ...option }}
        onEvents={onClick ? { click: (p: { name: string }) => onClick(p.name) } : undefined} />
    </div>
  );
}
