// ECharts with only what our charts draw (bar, line and funnel series; grid, tooltip, legend and
// phase bands; canvas): a third of the full build. Loaded by EChart.tsx on first use.
import { init, use as install } from 'echarts/core';
import { BarChart, FunnelChart, LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent, MarkAreaComponent, TooltipComponent } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';

install([BarChart, LineChart, FunnelChart, GridComponent, LegendComponent, MarkAreaComponent, TooltipComponent, CanvasRenderer]);

export { init };
