import { Suspense, lazy } from 'react';
import type { ChartProps } from './EChart';

export type { ChartOption } from './EChart';

// The charting library is the largest download of the UI: it loads with the first chart drawn, after the page's own
// figures and tables are on screen, and never on a page without a chart.
const EChart = lazy(() => import('./EChart'));

/** A chart (ECharts, with its aria description), a placeholder of the same height while the library loads. */
export default function Chart(props: ChartProps) {
  const height = props.height ?? 300;
  return (
    <Suspense fallback={<div role="img" aria-label={props.label} aria-busy="true" data-testid={props.testId} style={{ height }} className="chart-loading" />}>
      <EChart {...props} />
    </Suspense>
  );
}
