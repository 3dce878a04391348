import type { EChartsOption } from 'echarts';
import type { BreakdownRow } from '../queries/breakdown';
import { formatCount } from '../components/format';
import { THEME } from './theme';

/**
 * Horizontal bars of found vs rectified per category, largest on top. Selected keys stay bright and
 * the others dim, so a cross-filtering chart shows what is chosen without dropping the rest.
 */
export function barsOption(rows: BreakdownRow[], labelOf: (key: string) => string, selected: readonly string[]): EChartsOption {
  const ordered = [...rows].reverse();
  const dim = (key: string) => selected.length > 0 && !selected.includes(key);
  const item = (key: string, value: number, color: string) => ({ value, itemStyle: { color, opacity: dim(key) ? 0.25 : 1 } });
  return {
    textStyle: { fontFamily: THEME.font },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    legend: { top: 0, textStyle: { color: THEME.text }, data: ['排查', '整改'] },
    grid: { left: 8, right: 24, top: 28, bottom: 8, containLabel: true },
    // A narrow chart: few ticks, zh-CN numbers (万), and no label drawn over its neighbour.
    xAxis: {
      type: 'value', splitNumber: 3, splitLine: { lineStyle: { color: THEME.grid } },
      axisLabel: { color: THEME.text, formatter: (v: number) => formatCount(v), hideOverlap: true },
    },
    yAxis: {
      type: 'category',
      data: ordered.map((r) => r.key),
      axisLabel: { color: THEME.text, formatter: (k: string) => labelOf(k), width: 120, overflow: 'truncate' },
    },
    series: [
      { name: '排查', type: 'bar', itemStyle: { color: THEME.found }, data: ordered.map((r) => item(r.key, r.found, THEME.found)), barGap: '10%' },
      { name: '整改', type: 'bar', itemStyle: { color: THEME.rectified }, data: ordered.map((r) => item(r.key, r.rectified, THEME.rectified)) },
    ],
  };
}

interface Stage {
  name: string;
  value?: unknown;
}
const stage = (p: Stage, sep: string) => `${p.name}${sep}${formatCount(Number(p.value))}`;

/** The status funnel: found → not yet rectified → rectified → verified (销号). */
export function funnelOption(rows: BreakdownRow[]): EChartsOption {
  const n = (k: string) => rows.find((r) => r.key === k)?.found ?? 0;
  const total = rows.reduce((s, r) => s + r.found, 0);
  const rectified = n('rectified') + n('verified');
  return {
    textStyle: { fontFamily: THEME.font },
    tooltip: { trigger: 'item', formatter: (p) => stage(p as Stage, '：') },
    color: ['#f2a93b', '#29b6f6', '#3fb6a8', '#66bb6a'],
    series: [{
      type: 'funnel', left: '8%', right: '8%', top: 8, bottom: 8, sort: 'none', minSize: '20%',
      label: {
        show: true, position: 'inside', color: '#0b1a2e', fontSize: 14, fontWeight: 'bold',
        formatter: (p) => stage(p as Stage, ' '),
      },
      data: [
        { name: '排查发现', value: total },
        { name: '已启动整改', value: total - n('open') },
        { name: '已整改', value: rectified },
        { name: '验收销号', value: n('verified') },
      ],
    }],
  };
}
