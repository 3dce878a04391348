import type { AppState, FilterKey } from '../state/types';
import { makeSpec, rowsOf, type QuerySpec } from './spec';
import { RECTIFIED } from './metrics';
import { compileWhere } from './where';

export type BreakdownDim = 'sector' | 'source' | 'category' | 'status';

export interface BreakdownRow {
  key: string;
  found: number;
  rectified: number;
}

const FILTER_OF: Partial<Record<BreakdownDim, FilterKey>> = { sector: 'sector', source: 'source', status: 'status' };

/**
 * Hazards found and rectified per value of one dimension. The dimension's own filter is left out,
 * so the chart keeps every bar and highlights the chosen ones (cross-filtering).
 */
export function breakdownQuery(state: AppState, dim: BreakdownDim, limit = 30): QuerySpec<BreakdownRow[]> {
  const except = FILTER_OF[dim];
  return makeSpec(
    ['hazards'],
    `SELECT ${dim} AS key, count(*)::DOUBLE AS found, count_if(${RECTIFIED})::DOUBLE AS rectified
     FROM hazards WHERE ${compileWhere(state, 'hazards', except ? { except } : {})}
     GROUP BY 1 ORDER BY found DESC, key LIMIT ${limit}`,
    (t) => rowsOf<BreakdownRow>(t),
  );
}
