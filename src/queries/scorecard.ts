// One row per direct child of the current jurisdiction with everything the ranking (打分排队) and
// the red flags need. Hazard counts follow all filters; enforcement and accidents follow the
// jurisdiction and time filters of their own tables.
import type { ScoreInput } from '../domain/score';
import type { AppState } from '../state/types';
import { codeColumn } from './division';
import { childLevel } from './levels';
import { AS_OF, RECTIFIED } from './metrics';
import { CONTROLLED } from './riskRules';
import { makeSpec, rowsOf, sqlString, type QuerySpec } from './spec';
import { compileWhere } from './where';

export interface Scorecard extends ScoreInput {
  code: string;
  name: string;
  deaths_3y: number;
  /** Risks identified and those under control (4张清单, CONTROLLED): the 管控率 column. */
  risks: number;
  controlled: number;
}

export function scorecardQuery(state: AppState): QuerySpec<Scorecard[]> {
  const level = childLevel(state.division);
  if (!level) return makeSpec([], 'SELECT NULL AS code WHERE FALSE', () => []);
  const col = codeColumn(level);
  const parent = state.division === null ? `d.level = 'province'` : `d.parent_code = ${sqlString(state.division)}`;
  return makeSpec(
    ['divisions', 'hazards', 'enforcement', 'accidents', 'risks'],
    `WITH h AS (
       SELECT ${col} AS code, count(*) AS found, count_if(${RECTIFIED}) AS rectified,
              count_if(source = 'self_check') AS self_found, count_if(source <> 'self_check') AS dept_found,
              count_if(NOT ${RECTIFIED} AND deadline < ${AS_OF}) AS overdue,
              count_if(supervision_level IS NOT NULL) AS supervised,
              count_if(supervision_level IS NOT NULL AND ${RECTIFIED}) AS supervised_rectified,
              count_if(source <> 'self_check' AND penalized) AS dept_penalized
       FROM hazards WHERE ${compileWhere(state, 'hazards')} GROUP BY 1),
     rep AS (
       SELECT code, count(*) AS n FROM (
         SELECT ${col} AS code, enterprise_id FROM hazards
         WHERE ${compileWhere(state, 'hazards')} AND enterprise_id IS NOT NULL
         GROUP BY 1, 2 HAVING count(*) >= 2) GROUP BY 1),
     e AS (SELECT ${col} AS code, count(*) AS n, coalesce(sum(fine_wan), 0) AS fines
           FROM enforcement WHERE ${compileWhere(state, 'enforcement')} GROUP BY 1),
     a AS (SELECT ${col} AS code, count(*) AS n, coalesce(sum(deaths), 0) AS deaths FROM accidents
           WHERE ${compileWhere({ ...state, filters: {} }, 'accidents')}
             AND date > (SELECT max(date) FROM accidents) - INTERVAL 3 YEAR GROUP BY 1),
     k AS (SELECT ${col} AS code, count(*) AS n, count_if(${CONTROLLED}) AS controlled FROM risks
           WHERE ${compileWhere(state, 'risks')} GROUP BY 1)
     SELECT d.code, d.name,
       coalesce(h.found, 0)::DOUBLE AS found, coalesce(h.rectified, 0)::DOUBLE AS rectified,
       coalesce(h.self_found, 0)::DOUBLE AS self_found, coalesce(h.dept_found, 0)::DOUBLE AS dept_found,
       coalesce(h.overdue, 0)::DOUBLE AS overdue, coalesce(h.supervised, 0)::DOUBLE AS supervised,
       coalesce(h.supervised_rectified, 0)::DOUBLE AS supervised_rectified,
       coalesce(h.dept_penalized, 0)::DOUBLE AS dept_penalized,
       coalesce(e.n, 0)::DOUBLE AS enforcement, coalesce(e.fines, 0)::DOUBLE AS fines_wan,
       coalesce(rep.n, 0)::DOUBLE AS repeat_offenders,
       coalesce(a.n, 0)::DOUBLE AS accidents_3y, coalesce(a.deaths, 0)::DOUBLE AS deaths_3y,
       coalesce(k.n, 0)::DOUBLE AS risks, coalesce(k.controlled, 0)::DOUBLE AS controlled
     FROM divisions d
     LEFT JOIN h ON h.code = d.code LEFT JOIN rep ON rep.code = d.code
     LEFT JOIN e ON e.code = d.code LEFT JOIN a ON a.code = d.code LEFT JOIN k ON k.code = d.code
     WHERE ${parent} AND NOT coalesce(d.functional_zone, false)
     ORDER BY d.code`,
    (t) => rowsOf<Scorecard>(t),
  );
}
