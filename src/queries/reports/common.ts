// Shared parameters and date window of the generated progress tables (调度表). Browser- and Node-safe.
import { campaignPhases, dataSpan } from '../../domain/phases';
import { jurisdictionPredicate } from '../where';

export interface ReportParams {
  /** Jurisdiction code (any level, descendants included); null for the whole country. */
  division: string | null;
  /** Reporting month, 'YYYY-MM'; counts run from the campaign start to its last day. */
  month: string;
}

/** The campaign start (2023-05-01): every cumulative count starts here. */
export const CAMPAIGN_START: string = campaignPhases[0].start;

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

export function isMonth(value: string): boolean {
  return MONTH.test(value);
}

/** Every reportable month, from the campaign start to the data's last month ('2023-05' … '2024-03'). */
export const REPORT_MONTHS: readonly string[] = monthsBetween(CAMPAIGN_START.slice(0, 7), dataSpan.end.slice(0, 7));

export const DEFAULT_REPORT_MONTH = '2023-09';

function monthsBetween(first: string, last: string): string[] {
  const out: string[] = [];
  let [y, m] = first.split('-').map(Number) as [number, number];
  for (let ym = first; ym <= last; ym = `${y}-${String(m).padStart(2, '0')}`) {
    out.push(ym);
    m += 1;
    if (m > 12) {
      m = 1;
      y += 1;
    }
  }
  return out;
}

export interface ReportWindow {
  /** Campaign start, month start and month end as ISO days (inclusive). */
  start: string;
  monthStart: string;
  end: string;
}

/** The date window of a report month; throws on a malformed month. */
export function reportWindow(month: string): ReportWindow {
  const m = MONTH.exec(month);
  if (!m) throw new Error(`月份格式应为 YYYY-MM：${month}`);
  const last = new Date(Date.UTC(Number(m[1]), Number(m[2]), 0)).getUTCDate();
  return { start: CAMPAIGN_START, monthStart: `${month}-01`, end: `${month}-${String(last).padStart(2, '0')}` };
}

/** `alias.level_code = 'code'` for the jurisdiction (descendants included), 'TRUE' for the whole country. */
export function inJurisdiction(division: string | null, alias: string): string {
  return jurisdictionPredicate(division, `${alias}.`) ?? 'TRUE';
}

/** SQL BETWEEN of a DATE column over [from, to] (ISO days). */
export function dateBetween(column: string, from: string, to: string): string {
  return `${column} BETWEEN DATE '${from}' AND DATE '${to}'`;
}

/** Hazard rectified by the month end: status rectified or verified and rectified date on or before it. */
export function rectifiedBy(alias: string, end: string): string {
  return `(${alias}.status IN ('rectified', 'verified') AND ${alias}.rectified_date <= DATE '${end}')`;
}

/** A number or null from an Arrow/JSON value (DOUBLE columns come as numbers, BIGINT as bigint). */
export function numOrNull(v: unknown): number | null {
  if (v === null || v === undefined) return null;
  const n = typeof v === 'bigint' ? Number(v) : Number(v);
  return Number.isFinite(n) ? n : null;
}

export function num(v: unknown): number {
  return numOrNull(v) ?? 0;
}

export function strOrNull(v: unknown): string | null {
  return v === null || v === undefined ? null : String(v);
}
