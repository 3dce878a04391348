import type { EChartsOption } from 'echarts';
import { formatMonth } from '../components/format';
import { campaignPhases } from '../domain/phases';
import type { MonthRow } from '../queries/monthly';
import { THEME } from './theme';

const SHORT: Record<string, string> = { mobilisation: '动员', self_check: '自查自改', enforcement: '精准执法', summary: '总结' };
const PHASE_COLORS = ['rgba(79,195,247,0.10)', 'rgba(255,213,79,0.10)', 'rgba(239,83,80,0.10)', 'rgba(102,187,106,0.12)'];

/** The campaign phases as shaded month ranges (a phase covers the months it touches). */
function phaseAreas(months: string[]) {
  return campaignPhases
    .filter((p) => p.key !== 'followup')
    .map((p, i) => {
      const from = months.find((m) => m >= p.start.slice(0, 7));
      const to = [...months].reverse().find((m) => m <= p.end.slice(0, 7));
      if (!from || !to || from > to) return null;
      return [
        { name: SHORT[p.key] ?? p.label, xAxis: formatMonth(from), itemStyle: { color: PHASE_COLORS[i % PHASE_COLORS.length] } },
        { xAxis: formatMonth(to) },
      ];
    })
    .filter((a) => a !== null);
}

/**
 * Monthly found vs rectified bars with cumulative lines and the phases shaded. Months chosen in the
 * month filter stay bright and the others dim (the chart itself is not filtered by month).
 */
export function monthlyOption(rows: MonthRow[], selected: readonly string[] = []): EChartsOption {
  let cf = 0;
  let cr = 0;
  const cumFound = rows.map((r) => (cf += r.found));
  const cumRect = rows.map((r) => (cr += r.rectified));
  const dim = (m: string) => selected.length > 0 && !selected.includes(m);
  const bar = (m: string, value: number, color: string) => ({ value, itemStyle: { color, opacity: dim(m) ? 0.25 : 1 } });
  return {
    textStyle: { fontFamily: THEME.font },
    tooltip: { trigger: 'axis' },
    legend: { top: 0, textStyle: { color: THEME.text }, data: ['当月排查', '当月整改', '累计排查', '累计整改'] },
    grid: { left: 56, right: 56, top: 36, bottom: 28 },
    xAxis: { type: 'category', data: rows.map((r) => formatMonth(r.month)), axisLabel: { color: THEME.text } },
    yAxis: [
      { type: 'value', name: '当月', axisLabel: { color: THEME.text }, splitLine: { lineStyle: { color: THEME.grid } } },
      { type: 'value', name: '累计', axisLabel: { color: THEME.text }, splitLine: { show: false } },
    ],
    series: [
      {
        name: '当月排查', type: 'bar', itemStyle: { color: THEME.found }, data: rows.map((r) => bar(r.month, r.found, THEME.found)),
        markArea: { silent: true, label: { color: THEME.text, fontSize: 11, position: 'insideTop' }, data: phaseAreas(rows.map((r) => r.month)) as never },
      },
      { name: '当月整改', type: 'bar', itemStyle: { color: THEME.rectified }, data: rows.map((r) => bar(r.month, r.rectified, THEME.rectified)) },
      { name: '累计排查', type: 'line', yAxisIndex: 1, data: cumFound, symbol: 'none', itemStyle: { color: THEME.found } },
      { name: '累计整改', type: 'line', yAxisIndex: 1, data: cumRect, symbol: 'none', itemStyle: { color: THEME.rectified }, lineStyle: { type: 'dashed' } },
    ],
  };
}
