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

const DIMS: readonly BreakdownDim[] = ['sector', 'source', 'status', 'category'];
const FILTER_OF: Partial<Record<BreakdownDim, FilterKey>> = { sector: 'sector', source: 'source', status: 'status' };

/** A dimension's WHERE: its own filter is left out, so its chart keeps every bar (cross-filtering). */
const whereOf = (state: AppState, dim: BreakdownDim) => {
  const except = FILTER_OF[dim];
  return compileWhere(state, 'hazards', except ? { except } : {});
};

/**
 * Hazards found and rectified per value of one dimension, the chosen ones highlighted by the chart.
 * One GROUPING SETS query counts every dimension under that dimension's WHERE: the charts whose
 * WHERE is the same build identical SQL, which DuckDB answers once for all of them (one scan, not
 * one each), and a chart whose own filter changed keeps asking the question it asked before.
 */
export function breakdownQuery(state: AppState, dim: BreakdownDim, limit = 30): QuerySpec<BreakdownRow[]> {
  const pick = (what: (d: BreakdownDim) => string) => `CASE ${DIMS.map((d) => `WHEN grouping(${d}) = 0 THEN ${what(d)}`).join(' ')} END`;
  return makeSpec(
    ['hazards'],
    `SELECT ${pick((d) => `'${d}'`)} AS dim, ${pick((d) => d)} AS key,
            count(*)::DOUBLE AS found, count_if(${RECTIFIED})::DOUBLE AS rectified
     FROM hazards WHERE ${whereOf(state, dim)}
     GROUP BY GROUPING SETS (${DIMS.map((d) => `(${d})`).join(', ')})
     ORDER BY dim, found DESC, key`,
    (t) =>
      rowsOf<BreakdownRow & { dim: string }>(t)
        .filter((r) => r.dim === dim)
        .slice(0, limit)
        .map(({ key, found, rectified }) => ({ key, found, rectified })),
  );
}
