import type { EChartsOption } from 'echarts';
import { formatMonth } from '../components/format';
import type { MonthRow } from '../queries/monthly';
import { THEME } from './theme';

/** Monthly found vs rectified bars with cumulative lines. */
export function monthlyOption(rows: MonthRow[]): EChartsOption {
  let cf = 0;
  let cr = 0;
  const cumFound = rows.map((r) => (cf += r.found));
  const cumRect = rows.map((r) => (cr += r.rectified));
  return {
    textStyle: { fontFamily: THEME.font },
    color: [THEME.found, THEME.rectified, THEME.found, THEME.rectified],
    tooltip: { trigger: 'axis' },
    legend: { top: 0, textStyle: { color: THEME.text } },
    grid: { left: 56, right: 56, top: 36, bottom: 28 },
    xAxis: { type: 'category', data: rows.map((r) => formatMonth(r.month)), axisLabel: { color: THEME.text } },
    yAxis: [
      { type: 'value', name: '当月', axisLabel: { color: THEME.text }, splitLine: { lineStyle: { color: THEME.grid } } },
      { type: 'value', name: '累计', axisLabel: { color: THEME.text }, splitLine: { show: false } },
    ],
    series: [
      { name: '当月排查', type: 'bar', data: rows.map((r) => r.found) },
      { name: '当月整改', type: 'bar', data: rows.map((r) => r.rectified) },
      { name: '累计排查', type: 'line', yAxisIndex: 1, data: cumFound, symbol: 'none' },
      { name: '累计整改', type: 'line', yAxisIndex: 1, data: cumRect, symbol: 'none', lineStyle: { type: 'dashed' } },
    ],
  };
}
