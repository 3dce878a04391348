import type { EChartsOption } from 'echarts';
import { THEME } from './theme';

export interface SelfCheckRow {
  code: string;
  name: string;
  self: number;
  dept: number;
}

const SELF = '#4fc3f7';
const DEPT = '#f2a93b';

/**
 * Self-check vs inspection (自查与检查) per child jurisdiction, as shares of its hazards (100 % bars).
 * The lowest self-check share is on top: those places find their hazards only when inspected.
 */
export function selfCheckOption(rows: readonly SelfCheckRow[]): EChartsOption {
  const ordered = orderSelfCheck(rows);
  const pct = (n: number, r: SelfCheckRow) => Math.round((1000 * n) / (r.self + r.dept)) / 10;
  return {
    textStyle: { fontFamily: THEME.font },
    tooltip: {
      trigger: 'axis', axisPointer: { type: 'shadow' },
      formatter: (p: unknown) => {
        const i = (p as { dataIndex: number }[])[0]?.dataIndex ?? 0;
        const r = ordered[i]!;
        return `${r.name}<br/>企业自查 ${r.self}（${pct(r.self, r)}%）<br/>部门检查等 ${r.dept}（${pct(r.dept, r)}%）`;
      },
    },
    legend: { top: 0, textStyle: { color: THEME.text }, data: ['企业自查', '部门检查等'] },
    grid: { left: 8, right: 24, top: 28, bottom: 8, containLabel: true },
    xAxis: { type: 'value', max: 100, axisLabel: { color: THEME.text, formatter: '{value}%' }, splitLine: { lineStyle: { color: THEME.grid } } },
    yAxis: { type: 'category', data: ordered.map((r) => r.name), axisLabel: { color: THEME.text, width: 110, overflow: 'truncate' } },
    series: [
      { name: '企业自查', type: 'bar', stack: 'all', itemStyle: { color: SELF }, data: ordered.map((r) => pct(r.self, r)) },
      { name: '部门检查等', type: 'bar', stack: 'all', itemStyle: { color: DEPT }, data: ordered.map((r) => pct(r.dept, r)) },
    ],
  };
}

/** The children with hazards, in the order the chart draws them (bottom to top): a click maps back by index. */
export function orderSelfCheck(rows: readonly SelfCheckRow[]): SelfCheckRow[] {
  const share = (r: SelfCheckRow) => r.self / (r.self + r.dept);
  return rows.filter((r) => r.self + r.dept > 0).sort((a, b) => share(b) - share(a) || a.code.localeCompare(b.code));
}
