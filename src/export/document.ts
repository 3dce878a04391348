// The printable shape of a generated table, built from the query rows. The UI table, the CSV and the
// XLSX are all drawn from one ReportDoc, so they show the same figures. Browser- and Node-safe.
export type Cell = string | number | boolean | null;

export type CellKind = 'count' | 'wan' | 'rate' | 'text' | 'bool';

export interface ReportMeta {
  /** Name of the jurisdiction, e.g. 曲靖市麒麟区's "麒麟区"; "全国" for the whole country. */
  divisionName: string;
  /** Reporting month, 'YYYY-MM'. */
  month: string;
}

/** A column of a grid table; `group` spans adjacent columns in the first header row. */
export interface GridColumn {
  key: string;
  label: string;
  group?: string;
  unit?: string;
  kind: CellKind;
  /** Approximate width in characters for XLSX. */
  width?: number;
  /** Keep on one line in the HTML table (row labels, dates, codes). */
  nowrap?: boolean;
}

export interface GridDoc {
  type: 'grid';
  title: string;
  /** XLSX sheet name (at most 31 characters). */
  sheet: string;
  /** Left and right of the line under the title (填报单位 …, 时间 …). */
  subtitle: [string, string];
  columns: GridColumn[];
  rows: Record<string, Cell>[];
  /** The first rows are totals, drawn bold. */
  strongRows?: number;
  notes: readonly string[];
  fileName: string;
}

/** One value of a form item, with the label it carries in flat outputs (CSV, the data sheet). */
export interface FormValue {
  key: string;
  label: string;
  unit: string;
  kind: CellKind;
  value: Cell;
}

export interface FormItem {
  no: number;
  label: string;
  values: FormValue[];
  /** Display text of the value cell (two values read as the label does: "12 次，3.5 万元"). */
  text: string;
}

export interface FormBlock {
  label: string;
  items: FormItem[];
}

/** The two-items-per-line form of the progress table, in blocks. */
export interface FormDoc {
  type: 'form';
  title: string;
  sheet: string;
  subtitle: [string, string];
  blocks: FormBlock[];
  notes: readonly string[];
  fileName: string;
}

export type ReportDoc = GridDoc | FormDoc;

const int = new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 0 });
const dec = new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 2 });

/** Display text of a cell (UI and the form sheet): zh-CN numbers, % with one decimal, 是/否, "—" for no data. */
export function cellText(value: Cell, kind: CellKind): string {
  if (value === null) return '—';
  if (typeof value === 'boolean') return value ? '是' : '否';
  if (typeof value === 'string') return value;
  if (kind === 'rate') return `${(value * 100).toFixed(1)}%`;
  if (kind === 'wan') return dec.format(value);
  return int.format(value);
}

/** Plain value for CSV: numbers without separators, rates in percent, 是/否, empty for no data. */
export function cellPlain(value: Cell, kind: CellKind): string {
  if (value === null) return '';
  if (typeof value === 'boolean') return value ? '是' : '否';
  if (typeof value === 'string') return value;
  if (kind === 'rate') return (Math.round(value * 1000) / 10).toString();
  if (kind === 'wan') return (Math.round(value * 100) / 100).toString();
  return value.toString();
}

/** 2023-09 → 2023年9月30日 (the month's last day). */
export function monthEndText(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return `${y}年${m}月${last}日`;
}

export function fileStem(table: string, meta: ReportMeta): string {
  return `${meta.divisionName}-${table}-${meta.month}`;
}
