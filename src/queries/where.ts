// The one place that turns app state into SQL predicates. Filters are data (src/state/types.ts);
// each record table declares which dimensions it has, and a view's own dimension can be left out
// (`except`) so a chart that set a filter is not filtered by it (cross-filtering).
import { campaignPhases, followupPhases } from '../domain/phases';
import type { AppState, FilterKey } from '../state/types';
import { codeColumn, levelOfCode } from './division';
import { AS_OF, RECTIFIED } from './metrics';
import { sqlString } from './spec';

const PHASES = new Map<string, { start: string; end: string }>([...campaignPhases, ...followupPhases].map((p) => [p.key, p]));

export interface TableProfile {
  /** Column holding the event date used by month and phase filters. */
  date?: string;
  /** Filter dimensions this table has, mapped to column expressions. */
  columns: Partial<Record<FilterKey, string>>;
}

export const PROFILES: Record<string, TableProfile> = {
  hazards: {
    date: 'found_date',
    columns: { sector: 'sector', source: 'source', status: 'status', supervision: 'supervision_level' },
  },
  enterprises: { columns: { sector: 'sector', risk_level: 'risk_level' } },
  sites: { columns: { sector: 'sector', risk_level: 'risk_level', status: 'status' } },
  risks: { columns: { sector: 'sector', risk_level: 'risk_level' } },
  inspections: { date: 'date', columns: {} },
  enforcement: { date: 'date', columns: {} },
  activities: { date: 'date', columns: {} },
  accidents: { date: 'date', columns: { sector: 'sector' } },
};

const list = (values: readonly string[]) => values.map(sqlString).join(', ');

/** 'YYYY-MM' → the month as a half-open date range; null for anything else. */
function monthRange(value: string): { start: string; next: string } | null {
  const m = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(value);
  if (!m) return null;
  const [y, mo] = [Number(m[1]), Number(m[2])];
  const next = mo === 12 ? `${y + 1}-01` : `${y}-${String(mo + 1).padStart(2, '0')}`;
  return { start: `${value}-01`, next: `${next}-01` };
}

// Months are date ranges, not strftime(...) = 'YYYY-MM': a range compares dates as stored (no string
// per row, 3–5× faster in DuckDB-WASM) and lets the scan skip row groups by their min/max.
function timePredicate(key: 'month' | 'phase', values: readonly string[], column: string): string {
  const ranges = key === 'month'
    ? values.map(monthRange).filter((r) => r !== null).map((r) => `${column} >= DATE '${r.start}' AND ${column} < DATE '${r.next}'`)
    : values.map((v) => PHASES.get(v)).filter((p) => p !== undefined).map((p) => `${column} BETWEEN DATE '${p.start}' AND DATE '${p.end}'`);
  return ranges.length ? `(${ranges.join(' OR ')})` : 'FALSE';
}

export function jurisdictionPredicate(division: string | null, alias = ''): string | null {
  if (division === null) return null;
  return `${alias}${codeColumn(levelOfCode(division))} = ${sqlString(division)}`;
}

/** WHERE body (without the keyword) for `table` under `state`; 'TRUE' when nothing applies. */
export function compileWhere(state: AppState, table: string, opts: { except?: FilterKey; alias?: string } = {}): string {
  const profile = PROFILES[table] ?? { columns: {} };
  const a = opts.alias ? `${opts.alias}.` : '';
  const parts: string[] = [];
  const j = jurisdictionPredicate(state.division, a);
  if (j) parts.push(j);
  for (const [key, values] of Object.entries(state.filters) as [FilterKey, string[]][]) {
    if (key === opts.except || !values.length) continue;
    if (key === 'month' || key === 'phase') {
      if (profile.date) parts.push(timePredicate(key, values, `${a}${profile.date}`));
      continue;
    }
    const column = profile.columns[key];
    if (!column) continue;
    if (key === 'status' && table === 'hazards' && values.includes('overdue')) {
      const plain = values.filter((v) => v !== 'overdue');
      const overdue = `(NOT ${a}${RECTIFIED} AND ${a}deadline < ${AS_OF})`;
      parts.push(plain.length ? `(${a}${column} IN (${list(plain)}) OR ${overdue})` : overdue);
      continue;
    }
    parts.push(`${a}${column} IN (${list(values)})`);
  }
  return parts.length ? parts.join(' AND ') : 'TRUE';
}
