// Class breaks and colours for the choropleth: readable on a projector (5 steps, strong contrast).
import type { MetricDef } from '../queries/metrics';

export interface LegendEntry {
  color: string;
  label: string;
}

export interface Classes {
  colorOf: (value: number | null) => string;
  legend: LegendEntry[];
}

const WORSE = ['#fff1c1', '#fdc164', '#f6843c', '#dd4b2b', '#a8161b'];
const BETTER = ['#d8f0e4', '#9fd9bd', '#5bb99a', '#23917a', '#0b6157'];
const RATE = ['#b2182b', '#ef8a62', '#fddbc7', '#92c5de', '#2166ac'];
const RATE_BREAKS = [0.6, 0.8, 0.9, 0.95];
export const RISK_COLORS: Record<number, LegendEntry> = {
  4: { color: '#e02020', label: '重大风险（红）' },
  3: { color: '#fa8c16', label: '较大风险（橙）' },
  2: { color: '#fadb14', label: '一般风险（黄）' },
  1: { color: '#1e7ff0', label: '低风险（蓝）' },
};
export const NO_DATA = '#3b4b61';

const fmt = (n: number) => (n >= 10000 ? `${(n / 10000).toFixed(1)}万` : String(Math.round(n)));

/** Up to five classes from rounded quantiles of the non-zero values; zero gets its own pale class. */
export function countBreaks(values: number[]): number[] {
  const v = values.filter((x) => x > 0).sort((a, b) => a - b);
  if (!v.length) return [];
  const nice = (x: number) => {
    const p = 10 ** Math.max(0, Math.floor(Math.log10(x)) - 1);
    return Math.ceil(x / p) * p;
  };
  const qs = [0.2, 0.4, 0.6, 0.8].map((q) => nice(v[Math.min(v.length - 1, Math.floor(q * v.length))]!));
  return [...new Set(qs)].filter((b) => b < v[v.length - 1]!);
}

function stepped(breaks: number[], palette: string[], label: (lo: number | null, hi: number | null) => string): Classes {
  const colors = palette.slice(palette.length - breaks.length - 1);
  const colorOf = (value: number | null) => {
    if (value === null) return NO_DATA;
    const i = breaks.findIndex((b) => value < b);
    return colors[i === -1 ? breaks.length : i]!;
  };
  const legend = colors.map((color, i) => ({ color, label: label(i === 0 ? null : breaks[i - 1]!, i < breaks.length ? breaks[i]! : null) }));
  return { colorOf, legend };
}

export function classify(metric: MetricDef, values: (number | null)[]): Classes {
  if (metric.kind === 'level') {
    return {
      colorOf: (v) => RISK_COLORS[v ?? 0]?.color ?? NO_DATA,
      legend: [4, 3, 2, 1].map((k) => RISK_COLORS[k]!).concat({ color: NO_DATA, label: '无风险记录' }),
    };
  }
  if (metric.kind === 'rate') {
    const pct = (x: number) => `${Math.round(x * 100)}%`;
    const c = stepped(metric.breaks ?? RATE_BREAKS, RATE, (lo, hi) => (lo === null ? `< ${pct(hi!)}` : hi === null ? `≥ ${pct(lo)}` : `${pct(lo)}–${pct(hi)}`));
    return { colorOf: c.colorOf, legend: [...c.legend, { color: NO_DATA, label: metric.table === 'hazards' ? '无隐患' : '无记录' }] };
  }
  const breaks = countBreaks(values.filter((x): x is number => x !== null));
  const palette = metric.higherIsWorse ? WORSE : BETTER;
  const c = stepped(breaks, palette, (lo, hi) =>
    lo === null && hi === null ? '> 0' : lo === null ? `< ${fmt(hi!)}` : hi === null ? `≥ ${fmt(lo)}` : `${fmt(lo)}–${fmt(hi)}`,
  );
  const zero = '#25364d';
  return {
    colorOf: (v) => (v === null || v === 0 ? zero : c.colorOf(v)),
    legend: [{ color: zero, label: '0' }, ...(breaks.length || values.some((x) => (x ?? 0) > 0) ? c.legend : [])],
  };
}
