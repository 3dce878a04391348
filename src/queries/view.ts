import type { AppState } from '../state/types';
import { areaShapesQuery, areaValuesQuery } from './areas';
import { breakdownQuery } from './breakdown';
import { ancestryQuery } from './division';
import { hazardKpiQuery } from './kpi';
import { accidentKpiQuery, controlRateQuery, enforcementKpiQuery } from './kpiMore';
import { viewMarksQueries } from './marks';
import { monthlyQuery } from './monthly';
import { scorecardQuery } from './scorecard';
import { partsOf, type QuerySpec } from './spec';

/**
 * The queries a view's first screen asks (header, KPIs, trend, red flags, breakdowns, map), the map's
 * first (its outlines and values; DuckDB answers in order): what a prefetch runs so that the view, once
 * chosen, is answered from the cache, its map drawn before its panels.
 */
export function viewQueries(state: AppState): QuerySpec<unknown>[] {
  const all = [
    areaShapesQuery(state.division),
    areaValuesQuery(state),
    ...(state.division ? [ancestryQuery(state.division)] : []),
    hazardKpiQuery(state), enforcementKpiQuery(state), controlRateQuery(state), accidentKpiQuery(state),
    monthlyQuery(state),
    scorecardQuery(state),
    ...(['sector', 'source', 'status', 'category'] as const).map((d) => breakdownQuery(state, d)),
    ...viewMarksQueries(state).filter((q) => q !== null),
  ];
  const seen = new Set<string>();
  return all.flatMap(partsOf).filter((q) => !seen.has(q.key) && Boolean(seen.add(q.key)));
}
