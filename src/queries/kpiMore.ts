import { CONTROLLED, RULE_READS } from './riskRules';
import type { AppState } from '../state/types';
import { makeSpec, rowsOf, type QuerySpec } from './spec';
import { ACCIDENTS_AS_OF } from './basics';
import { compileWhere } from './where';

export interface EnforcementKpis {
  penalties: number;
  fines_wan: number;
  dual_penalties: number;
  suspensions: number;
  closures: number;
  judicial_transfers: number;
}

/** Enforcement actions of the jurisdiction in the chosen time (每类按次数；罚款按万元合计). */
export function enforcementKpiQuery(state: AppState): QuerySpec<EnforcementKpis | null> {
  return makeSpec(
    ['enforcement'],
    `SELECT count_if(type IN ('penalty', 'dual_penalty'))::DOUBLE AS penalties,
            coalesce(sum(fine_wan), 0)::DOUBLE AS fines_wan,
            count_if(type = 'dual_penalty')::DOUBLE AS dual_penalties,
            count_if(type = 'suspension')::DOUBLE AS suspensions,
            count_if(type = 'closure')::DOUBLE AS closures,
            count_if(type = 'judicial_transfer')::DOUBLE AS judicial_transfers
     FROM enforcement WHERE ${compileWhere(state, 'enforcement')}`,
    (t) => rowsOf<EnforcementKpis>(t)[0] ?? null,
  );
}

export interface ControlKpis {
  risks: number;
  controlled: number;
}

/** 管控率: risks whose four-list measures are all in place (CONTROLLED in riskRules.ts) / risks identified. */
export function controlRateQuery(state: AppState): QuerySpec<ControlKpis | null> {
  return makeSpec(
    ['risks', ...RULE_READS],
    `SELECT count(*)::DOUBLE AS risks, count_if(${CONTROLLED})::DOUBLE AS controlled
     FROM risks WHERE ${compileWhere(state, 'risks')}`,
    (t) => rowsOf<ControlKpis>(t)[0] ?? null,
  );
}

export interface AccidentKpis {
  accidents: number;
  deaths: number;
  prev_accidents: number;
  prev_deaths: number;
  period_start: string;
  period_end: string;
}

/**
 * 双下降: accidents and deaths from January to the data's last month, against the same months of
 * the previous year. Sector filters apply; time filters do not (the period is the comparison).
 */
export function accidentKpiQuery(state: AppState): QuerySpec<AccidentKpis | null> {
  const where = compileWhere({ ...state, filters: { sector: state.filters.sector ?? [] } }, 'accidents');
  return makeSpec(
    ['accidents'],
    `WITH cur AS (SELECT date_trunc('year', ${ACCIDENTS_AS_OF})::DATE AS lo, ${ACCIDENTS_AS_OF}::DATE AS hi),
          prev AS (SELECT (lo - INTERVAL 1 YEAR)::DATE AS lo, (hi - INTERVAL 1 YEAR)::DATE AS hi FROM cur)
     SELECT count_if(date BETWEEN cur.lo AND cur.hi)::DOUBLE AS accidents,
            coalesce(sum(deaths) FILTER (WHERE date BETWEEN cur.lo AND cur.hi), 0)::DOUBLE AS deaths,
            count_if(date BETWEEN prev.lo AND prev.hi)::DOUBLE AS prev_accidents,
            coalesce(sum(deaths) FILTER (WHERE date BETWEEN prev.lo AND prev.hi), 0)::DOUBLE AS prev_deaths,
            strftime(any_value(cur.lo), '%Y-%m') AS period_start, strftime(any_value(cur.hi), '%Y-%m') AS period_end
     FROM accidents, cur, prev WHERE ${where}`,
    (t) => rowsOf<AccidentKpis>(t)[0] ?? null,
  );
}
