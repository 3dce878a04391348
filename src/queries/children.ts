import type { AppState } from '../state/types';
import { childLevel } from './levels';
import { codeColumn } from './division';
import { makeSpec, rowsOf, sqlString, type QuerySpec } from './spec';
import { compileWhere } from './where';

export interface ChildStat {
  code: string;
  name: string;
  found: number;
  rectified: number;
}

/** Hazards found and rectified per direct child of the current jurisdiction. */
export function childStatsQuery(state: AppState): QuerySpec<ChildStat[]> {
  const level = childLevel(state.division);
  if (!level) return makeSpec([], 'SELECT NULL AS code WHERE FALSE', () => []);
  const col = codeColumn(level);
  const parent = state.division === null ? `d.level = 'province'` : `d.parent_code = ${sqlString(state.division)}`;
  return makeSpec(
    ['divisions', 'hazards'],
    `WITH h AS (
       SELECT ${col} AS code, count(*)::DOUBLE AS found,
              count_if(status IN ('rectified', 'verified'))::DOUBLE AS rectified
       FROM hazards WHERE ${compileWhere(state, 'hazards')} GROUP BY 1)
     SELECT d.code, d.name, coalesce(h.found, 0) AS found, coalesce(h.rectified, 0) AS rectified
     FROM divisions d LEFT JOIN h ON h.code = d.code
     WHERE ${parent}
     ORDER BY found DESC, d.code`,
    (t) => rowsOf<ChildStat>(t),
  );
}
