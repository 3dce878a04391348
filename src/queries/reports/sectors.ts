// The per-sector statistics table (seed 002 附件2): a cumulative total row, this month's total row and
// one row per sector row of the taxonomy (reportRows), matched by sector, subsector or enterprise flag.
import { CONTROLLED } from '../riskRules';
import { reportRows } from '../../domain/sectors';
import { makeSpec, rowsOf, sqlString, type QuerySpec } from '../spec';
import { dateBetween, inJurisdiction, num, numOrNull, rectifiedBy, reportWindow, type ReportParams } from './common';

export const TOTAL_ROW = '__total';
export const MONTH_ROW = '__month';

export interface SectorRow {
  /** TOTAL_ROW, MONTH_ROW or a reportRows key. */
  row: string;
  label: string;
  /** Parent report row of an indented "其中" row. */
  parent: string | null;
  risks: number;
  risks_controlled: number;
  control_rate: number | null;
  hazards: number;
  hazards_with_measures: number;
  hazards_supervised: number;
  hazards_rectified: number;
  rectification_rate: number | null;
  /** 解决突出问题 and 开展督导检查 (teams, experts): not in the data, always null. */
  problems: number | null;
  problems_root_measures: number | null;
  problems_rectified: number | null;
  problems_rate: number | null;
  supervision_teams: number | null;
  experts: number | null;
  enterprises_served: number;
  penalties: number;
  suspensions: number;
  licences: number;
  closures: number;
  fines_wan: number;
  judicial_persons: number;
  summons: number;
  joint_punishments: number;
  judicial_cases: number;
}

export const SECTOR_NUMBER_KEYS = [
  'risks', 'risks_controlled', 'control_rate', 'hazards', 'hazards_with_measures', 'hazards_supervised',
  'hazards_rectified', 'rectification_rate', 'problems', 'problems_root_measures', 'problems_rectified', 'problems_rate',
  'supervision_teams', 'experts', 'enterprises_served', 'penalties', 'suspensions', 'licences', 'closures', 'fines_wan',
  'judicial_persons', 'summons', 'joint_punishments', 'judicial_cases',
] as const satisfies readonly (keyof SectorRow)[];

const NOT_SUPPORTED = new Set<string>([
  'problems', 'problems_root_measures', 'problems_rectified', 'problems_rate', 'supervision_teams', 'experts',
]);

const list = (xs: readonly string[]) => xs.map(sqlString).join(', ');

/** SQL predicate of one report row over a fact with columns sector, subsector and the enterprise flags. */
function rowPredicate(r: (typeof reportRows)[number]): string {
  if ('sectors' in r) return `sector IN (${list(r.sectors)})`;
  if ('subsectors' in r) return `subsector IN (${list(r.subsectors)})`;
  return `coalesce(${r.flag}, false)`;
}

/** The report-row keys a fact belongs to, as a list to UNNEST: every matching row, the total, the month. */
const ROW_KEYS = `unnest(list_filter([${[
  ...reportRows.map((r) => `CASE WHEN ${rowPredicate(r)} THEN '${r.key}' END`),
  `'${TOTAL_ROW}'`,
  `CASE WHEN this_month THEN '${MONTH_ROW}' END`,
].join(', ')}], x -> x IS NOT NULL)) AS k`;

const FLAGS = 'e.subsector, e.old_installation, e.high_risk_installation, e.accident_prone';

export function sectorsQuery(params: ReportParams): QuerySpec<SectorRow[]> {
  const w = reportWindow(params.month);
  const juris = (alias: string) => inJurisdiction(params.division, alias);
  const inMonth = (col: string) => `${col} >= DATE '${w.monthStart}'`;
  const order = [TOTAL_ROW, MONTH_ROW, ...reportRows.map((r) => r.key)];
  const sql = `WITH
  rows_(k, ord) AS (VALUES ${order.map((k, i) => `('${k}', ${i})`).join(', ')}),
  rk_f AS (
    SELECT r.sector, ${FLAGS}, ${inMonth('r.identified_date')} AS this_month, r.controlled
    FROM (SELECT *, ${CONTROLLED} AS controlled FROM risks) r
    LEFT JOIN enterprises e ON e.id = CASE WHEN r.object_type = 'enterprise' THEN r.object_id END
    WHERE ${juris('r')} AND r.identified_date <= DATE '${w.end}'),
  rk AS (
    SELECT k, count(*)::DOUBLE AS risks, count_if(controlled)::DOUBLE AS risks_controlled
    FROM (SELECT ${ROW_KEYS}, controlled FROM rk_f) GROUP BY k),
  hz_f AS (
    SELECT h.sector, ${FLAGS}, ${inMonth('h.found_date')} AS this_month,
      h.measures IS NOT NULL AND h.status <> 'open' AS with_measures,
      h.supervision_level IS NOT NULL AS supervised, ${rectifiedBy('h', w.end)} AS rectified
    FROM hazards h LEFT JOIN enterprises e ON e.id = h.enterprise_id
    WHERE ${juris('h')} AND ${dateBetween('h.found_date', w.start, w.end)}),
  hz AS (
    SELECT k, count(*)::DOUBLE AS hazards, count_if(with_measures)::DOUBLE AS hazards_with_measures,
      count_if(supervised)::DOUBLE AS hazards_supervised, count_if(rectified)::DOUBLE AS hazards_rectified
    FROM (SELECT ${ROW_KEYS}, with_measures, supervised, rectified FROM hz_f) GROUP BY k),
  sv_f AS (
    SELECT i.sector, ${FLAGS}, ${inMonth('i.date')} AS this_month, i.enterprise_id
    FROM inspections i LEFT JOIN enterprises e ON e.id = i.enterprise_id
    WHERE ${juris('i')} AND ${dateBetween('i.date', w.start, w.end)}),
  sv AS (
    SELECT k, count(DISTINCT enterprise_id)::DOUBLE AS enterprises_served
    FROM (SELECT ${ROW_KEYS}, enterprise_id FROM sv_f) GROUP BY k),
  en_f AS (
    SELECT e.sector, ${FLAGS}, ${inMonth('f.date')} AS this_month, f.type, f.fine_wan, f.persons
    FROM enforcement f LEFT JOIN enterprises e ON e.id = f.enterprise_id
    WHERE ${juris('f')} AND ${dateBetween('f.date', w.start, w.end)}),
  en AS (
    SELECT k, count_if(type IN ('penalty', 'dual_penalty'))::DOUBLE AS penalties,
      count_if(type = 'suspension')::DOUBLE AS suspensions, count_if(type = 'licence')::DOUBLE AS licences,
      count_if(type = 'closure')::DOUBLE AS closures,
      round(coalesce(sum(fine_wan) FILTER (WHERE type IN ('penalty', 'dual_penalty')), 0), 2)::DOUBLE AS fines_wan,
      coalesce(sum(persons) FILTER (WHERE type = 'judicial_transfer'), 0)::DOUBLE AS judicial_persons,
      count_if(type = 'summons')::DOUBLE AS summons, count_if(type = 'joint_punishment')::DOUBLE AS joint_punishments,
      count_if(type = 'judicial_transfer')::DOUBLE AS judicial_cases
    FROM (SELECT ${ROW_KEYS}, type, fine_wan, persons FROM en_f) GROUP BY k)
SELECT rows_.k AS row_key,
  coalesce(rk.risks, 0) AS risks, coalesce(rk.risks_controlled, 0) AS risks_controlled,
  rk.risks_controlled / nullif(rk.risks, 0) AS control_rate,
  coalesce(hz.hazards, 0) AS hazards, coalesce(hz.hazards_with_measures, 0) AS hazards_with_measures,
  coalesce(hz.hazards_supervised, 0) AS hazards_supervised, coalesce(hz.hazards_rectified, 0) AS hazards_rectified,
  hz.hazards_rectified / nullif(hz.hazards, 0) AS rectification_rate,
  coalesce(sv.enterprises_served, 0) AS enterprises_served,
  ${['penalties', 'suspensions', 'licences', 'closures', 'fines_wan', 'judicial_persons', 'summons',
    'joint_punishments', 'judicial_cases'].map((c) => `coalesce(en.${c}, 0) AS ${c}`).join(', ')}
FROM rows_ LEFT JOIN rk USING (k) LEFT JOIN hz USING (k) LEFT JOIN sv USING (k) LEFT JOIN en USING (k)
ORDER BY rows_.ord`;
  return makeSpec(['risks', 'enterprises', 'hazards', 'inspections', 'enforcement'], sql, decodeSectors);
}

const LABELS = new Map<string, { label: string; parent: string | null }>([
  [TOTAL_ROW, { label: '累计总计', parent: null }],
  [MONTH_ROW, { label: '本月总计', parent: null }],
  ...reportRows.map((r) => [r.key, { label: r.label, parent: 'parent' in r ? r.parent : null }] as const),
]);

function decodeSectors(table: Parameters<typeof rowsOf>[0]): SectorRow[] {
  return rowsOf<Record<string, unknown>>(table).map((raw) => {
    const row = String(raw.row_key);
    const meta = LABELS.get(row) ?? { label: row, parent: null };
    const out: Record<string, unknown> = { row, label: meta.label, parent: meta.parent };
    for (const key of SECTOR_NUMBER_KEYS) {
      if (NOT_SUPPORTED.has(key)) out[key] = null;
      else if (key.endsWith('_rate')) out[key] = numOrNull(raw[key]);
      else out[key] = num(raw[key]);
    }
    return out as unknown as SectorRow;
  });
}
