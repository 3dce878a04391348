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
import { ACCIDENTS_AS_OF } from './basics';
import { compileWhere } from './where';

export interface Scorecard extends ScoreInput {
  code: string;
  name: string;
  deaths_3y: number;
  /** Risks identified and those under control (4张清单, CONTROLLED): the 管控率 column. */
  risks: number;
  controlled: number;
}

const COLUMNS = [
  'found', 'rectified', 'self_found', 'dept_found', 'overdue', 'supervised', 'supervised_rectified', 'dept_penalized',
  'enforcement', 'fines_wan', 'repeat_offenders', 'accidents_3y', 'deaths_3y', 'risks', 'controlled',
];

export function scorecardQuery(state: AppState): QuerySpec<Scorecard[]> {
  const level = childLevel(state.division);
  if (!level) return makeSpec([], 'SELECT NULL AS code WHERE FALSE', () => []);
  const col = codeColumn(level);
  const parent = state.division === null ? `d.level = 'province'` : `d.parent_code = ${sqlString(state.division)}`;
  const hazards = compileWhere(state, 'hazards');
  const sum = (c: string) => `coalesce(sum(${c}), 0)::DOUBLE AS ${c}`;
  // One row per child and source table, stacked (UNION ALL BY NAME) and summed: the same numbers as
  // five CTEs joined to the divisions, with a simpler plan (docs/architecture.md, "Query cost").
  return makeSpec(
    ['divisions', 'hazards', 'enforcement', 'accidents', 'risks'],
    `WITH u AS (
       SELECT ${col} AS code, count(*) AS found, count_if(${RECTIFIED}) AS rectified,
              count_if(source = 'self_check') AS self_found, count_if(source <> 'self_check') AS dept_found,
              count_if(NOT ${RECTIFIED} AND deadline < ${AS_OF}) AS overdue,
              count_if(supervision_level IS NOT NULL) AS supervised,
              count_if(supervision_level IS NOT NULL AND ${RECTIFIED}) AS supervised_rectified,
              count_if(source <> 'self_check' AND penalized) AS dept_penalized
       FROM hazards WHERE ${hazards} GROUP BY 1
       UNION ALL BY NAME
       SELECT code, count(*) AS repeat_offenders FROM (
         SELECT ${col} AS code, enterprise_id FROM hazards
         WHERE ${hazards} AND enterprise_id IS NOT NULL
         GROUP BY 1, 2 HAVING count(*) >= 2) GROUP BY 1
       UNION ALL BY NAME
       SELECT ${col} AS code, count(*) AS enforcement, coalesce(sum(fine_wan), 0) AS fines_wan
       FROM enforcement WHERE ${compileWhere(state, 'enforcement')} GROUP BY 1
       UNION ALL BY NAME
       SELECT ${col} AS code, count(*) AS accidents_3y, coalesce(sum(deaths), 0) AS deaths_3y FROM accidents
       WHERE ${compileWhere({ ...state, filters: {} }, 'accidents')}
         AND date > ${ACCIDENTS_AS_OF} - INTERVAL 3 YEAR GROUP BY 1
       UNION ALL BY NAME
       SELECT ${col} AS code, count(*) AS risks, count_if(${CONTROLLED}) AS controlled FROM risks
       WHERE ${compileWhere(state, 'risks')} GROUP BY 1),
     s AS (
       SELECT code, ${COLUMNS.map(sum).join(', ')}
       FROM u GROUP BY 1)
     SELECT d.code, d.name, ${COLUMNS.map((c) => `coalesce(s.${c}, 0) AS ${c}`).join(', ')}
     FROM divisions d LEFT JOIN s ON s.code = d.code
     WHERE ${parent} AND NOT coalesce(d.functional_zone, false)
     ORDER BY d.code`,
    (t) => rowsOf<Scorecard>(t),
  );
}
