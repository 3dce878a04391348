// Coverage of the four lists (4张清单覆盖情况): per sub-jurisdiction or per sector, how many risks have
// each list filed and in place, and the 管控率. Reads only `risks` (its derived list columns) and the
// shared rules, so it stays cheap at national scale; the list tables and enterprises are not loaded.
import type { AppState } from '../../state/types';
import { codeColumn } from '../division';
import { childLevel } from '../levels';
import { CONTROL_OK, CONTROLLED, DRILL_OVERDUE, DUTY_OK, LIST_GAP, RULE_READS } from '../riskRules';
import { makeSpec, rowsOf, sqlString, type QuerySpec } from '../spec';
import { compileWhere } from '../where';
import { labelSql, rankSql } from './risks';

export type CoverageBy = 'child' | 'sector';
export const COVERAGE_BY: readonly CoverageBy[] = ['child', 'sector'];

export interface CoverageRow {
  /** Division code or sector key; 'total' for the 合计 row, 'unassigned' for risks without a sub-jurisdiction. */
  key: string;
  name: string;
  risks: number;
  /** 防控清单已建立: the risk has control measures. */
  control_filed: number;
  /** Every control measure in place. */
  control_in_place: number;
  /** A measure under online monitoring. */
  monitored: number;
  /** 责任清单: all three responsibilities name a person. */
  duty_complete: number;
  /** 应急清单已建立. */
  emergency_filed: number;
  /** Emergency list filed but the last drill missing or older than the sector allows. */
  drill_overdue: number;
  /** 管控: the four lists in place (CONTROLLED). */
  controlled: number;
  /** 管控率 = controlled / risks; null without risks. */
  rate: number | null;
  /** Distinct objects (enterprises, sites) with a risk that misses a list (LIST_GAP). */
  objects_missing: number;
}

export const COVERAGE_NUMBER_KEYS = [
  'risks', 'control_filed', 'control_in_place', 'monitored', 'duty_complete', 'emergency_filed', 'drill_overdue',
  'controlled', 'rate', 'objects_missing',
] as const satisfies readonly (keyof CoverageRow)[];

export const COVERAGE_TOTAL = 'total';
export const COVERAGE_UNASSIGNED = 'unassigned';

const COUNTS = `count(*)::DOUBLE AS risks,
    count_if(has_controls)::DOUBLE AS control_filed,
    count_if(${CONTROL_OK})::DOUBLE AS control_in_place,
    count_if(monitored)::DOUBLE AS monitored,
    count_if(${DUTY_OK})::DOUBLE AS duty_complete,
    count_if(has_emergency)::DOUBLE AS emergency_filed,
    count_if(${DRILL_OVERDUE})::DOUBLE AS drill_overdue,
    count_if(${CONTROLLED})::DOUBLE AS controlled,
    count(DISTINCT CASE WHEN ${LIST_GAP} THEN object_type || ':' || object_id END)::DOUBLE AS objects_missing`;

/**
 * Rows of the sub-jurisdictions of state.division (provinces for the whole country; none below a town)
 * or of the sectors with risks (taxonomy order), the 合计 row first. Children without risks show zeros.
 */
export function coverageQuery(state: AppState, by: CoverageBy): QuerySpec<CoverageRow[]> {
  const where = compileWhere(state, 'risks');
  if (by === 'sector') {
    const sql = `WITH agg AS (
  SELECT CASE WHEN GROUPING(sector) = 1 THEN '${COVERAGE_TOTAL}' ELSE sector END AS key, GROUPING(sector) AS is_total,
    ${COUNTS}
  FROM risks WHERE ${where}
  GROUP BY GROUPING SETS ((sector), ()))
SELECT key, CASE WHEN is_total = 1 THEN '合计' ELSE ${labelSql('sector', 'key')} END AS name, agg.* EXCLUDE (key, is_total)
FROM agg
ORDER BY is_total DESC, ${rankSql('sector', 'key')}, key`;
    return makeSpec(['risks', ...RULE_READS], sql, decodeCoverage);
  }
  const level = childLevel(state.division);
  if (level === null) {
    const sql = `SELECT '${COVERAGE_TOTAL}' AS key, '合计' AS name, ${COUNTS} FROM risks WHERE ${where}`;
    return makeSpec(['risks', ...RULE_READS], sql, decodeCoverage);
  }
  const col = codeColumn(level);
  const kids = state.division === null ? `level = 'province'` : `level = '${level}' AND parent_code = ${sqlString(state.division)}`;
  const sql = `WITH kids AS (SELECT code, name FROM divisions WHERE ${kids}),
  agg AS (
    SELECT CASE WHEN GROUPING(k) = 1 THEN '${COVERAGE_TOTAL}' ELSE coalesce(k, '${COVERAGE_UNASSIGNED}') END AS key,
      GROUPING(k) AS is_total, ${COUNTS}
    FROM (SELECT *, CASE WHEN ${col} IN (SELECT code FROM kids) THEN ${col} END AS k FROM risks WHERE ${where})
    GROUP BY GROUPING SETS ((k), ()))
SELECT '${COVERAGE_TOTAL}' AS key, '合计' AS name, 0 AS ord, agg.* EXCLUDE (key, is_total) FROM agg WHERE is_total = 1
UNION ALL
SELECT kids.code, kids.name, 1, agg.* EXCLUDE (key, is_total) FROM kids LEFT JOIN agg ON agg.key = kids.code AND agg.is_total = 0
UNION ALL
SELECT '${COVERAGE_UNASSIGNED}', '未落实到下级区划', 2, agg.* EXCLUDE (key, is_total) FROM agg WHERE agg.key = '${COVERAGE_UNASSIGNED}' AND is_total = 0
ORDER BY ord, key`;
  return makeSpec(['risks', 'divisions', ...RULE_READS], sql, decodeCoverage);
}

function decodeCoverage(table: Parameters<typeof rowsOf>[0]): CoverageRow[] {
  return rowsOf<Record<string, unknown>>(table).map((r) => {
    const n = (k: string) => (r[k] == null ? 0 : Number(r[k]));
    const risks = n('risks');
    const controlled = n('controlled');
    return {
      key: String(r.key),
      name: String(r.name ?? r.key),
      risks,
      control_filed: n('control_filed'),
      control_in_place: n('control_in_place'),
      monitored: n('monitored'),
      duty_complete: n('duty_complete'),
      emergency_filed: n('emergency_filed'),
      drill_overdue: n('drill_overdue'),
      controlled,
      rate: risks > 0 ? controlled / risks : null,
      objects_missing: n('objects_missing'),
    };
  });
}
