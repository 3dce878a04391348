// zh-CN number and date formats: 万 for large counts, % with one decimal, 2023年5月.
const int = new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 0 });
const dec = new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 2 });

export function formatCount(n: number): string {
  if (!Number.isFinite(n)) return '—';
  if (Math.abs(n) >= 100000) return `${dec.format(n / 10000)}万`;
  return int.format(n);
}

export function formatPercent(ratio: number | null): string {
  if (ratio === null || !Number.isFinite(ratio)) return '—';
  return `${(ratio * 100).toFixed(1)}%`;
}

export function formatWan(wan: number): string {
  if (!Number.isFinite(wan)) return '—';
  if (Math.abs(wan) >= 10000) return `${dec.format(wan / 10000)}亿元`;
  return `${dec.format(wan)}万元`;
}

const YEAR_MONTH = /^(\d{4})-(\d{2})/;

export function formatMonth(ym: string): string {
  const m = YEAR_MONTH.exec(ym);
  return m ? `${m[1]}年${Number(m[2])}月` : ym;
}

/** A span of months, the year said once when both ends share it: 2024年1—3月, 2023年5月—2024年3月. */
export function formatMonthSpan(from: string, to: string): string {
  const a = YEAR_MONTH.exec(from);
  const b = YEAR_MONTH.exec(to);
  if (!a || !b || a[1] !== b[1]) return `${formatMonth(from)}—${formatMonth(to)}`;
  return a[2] === b[2] ? formatMonth(from) : `${a[1]}年${Number(a[2])}—${Number(b[2])}月`;
}
