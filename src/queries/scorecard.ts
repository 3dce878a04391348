// One row per direct child of the current jurisdiction with everything the ranking (打分排队) and
// the red flags need. Hazard counts follow all filters; enforcement and accidents follow the
// jurisdiction and time filters of their own tables.
import type { ScoreInput } from '../domain/score';
import type { AppState } from '../state/types';
import { codeColumn } from './division';
import { childLevel } from './levels';
import { CONTROLLED } from './riskRules';
import { makeSet, makeSpec, rowsOf, sqlString, type Query, type QuerySpec } from './spec';
import { ACCIDENTS_AS_OF, hazardCountColumns } from './basics';
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
] as const;

type Counts = Record<string, number> & { code: string };

/** Per-child counts of one table, keyed by child code. */
const perChild = (tables: QuerySpec<unknown>['tables'], sql: string) =>
  makeSpec(tables, sql, (t) => new Map(rowsOf<Counts>(t).map((r) => [r.code, r])));

/**
 * One part per table, each answered and cached on its own (makeSet): a hazard filter re-asks the
 * hazard counts (and the risks' for sector), while the children, the enforcement and the accidents
 * of the jurisdiction come from the cache.
 */
export function scorecardQuery(state: AppState): Query<Scorecard[]> {
  const level = childLevel(state.division);
  if (!level) return makeSet([], () => []);
  const col = codeColumn(level);
  const parent = state.division === null ? `level = 'province'` : `parent_code = ${sqlString(state.division)}`;
  const children = makeSpec(
    ['divisions'],
    `SELECT code, name FROM divisions WHERE ${parent} AND NOT coalesce(functional_zone, false) ORDER BY code`,
    (t) => rowsOf<{ code: string; name: string }>(t),
  );
  const where = compileWhere(state, 'hazards');
  const hazards = perChild(['hazards'], `
    SELECT ${col} AS code,
       ${hazardCountColumns(['found', 'rectified', 'self_found', 'dept_found', 'overdue', 'supervised', 'supervised_rectified', 'dept_penalized'])}
    FROM hazards WHERE ${where} GROUP BY 1`);
  // Enterprises with at least two hazards. A pass of its own: counting the hazards per child and
  // enterprise in the pass above is faster in a province but 40 % slower nationally (many enterprises).
  const repeat = perChild(['hazards'], `
    SELECT code, count(*)::DOUBLE AS repeat_offenders FROM (
      SELECT ${col} AS code, enterprise_id FROM hazards
      WHERE ${where} AND enterprise_id IS NOT NULL GROUP BY 1, 2 HAVING count(*) >= 2)
    GROUP BY 1`);
  const enforcement = perChild(['enforcement'], `
    SELECT ${col} AS code, count(*)::DOUBLE AS enforcement, coalesce(sum(fine_wan), 0)::DOUBLE AS fines_wan
    FROM enforcement WHERE ${compileWhere(state, 'enforcement')} GROUP BY 1`);
  const accidents = perChild(['accidents'], `
    SELECT ${col} AS code, count(*)::DOUBLE AS accidents_3y, coalesce(sum(deaths), 0)::DOUBLE AS deaths_3y FROM accidents
    WHERE ${compileWhere({ ...state, filters: {} }, 'accidents')} AND date > ${ACCIDENTS_AS_OF} - INTERVAL 3 YEAR GROUP BY 1`);
  const risks = perChild(['risks'], `
    SELECT ${col} AS code, count(*)::DOUBLE AS risks, count_if(${CONTROLLED})::DOUBLE AS controlled FROM risks
    WHERE ${compileWhere(state, 'risks')} GROUP BY 1`);
  return makeSet([children, hazards, repeat, enforcement, accidents, risks], (kids, ...counts) =>
    kids.map((k) => {
      const row: Record<string, unknown> = Object.fromEntries(COLUMNS.map((c) => [c, 0]));
      for (const m of counts) Object.assign(row, m.get(k.code));
      return { ...row, code: k.code, name: k.name } as Scorecard;
    }),
  );
}
