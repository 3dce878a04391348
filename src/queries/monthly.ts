import type { AppState } from '../state/types';
import { makeSpec, rowsOf, type QuerySpec } from './spec';
import { compileWhere } from './where';

export interface MonthRow {
  month: string;
  found: number;
  rectified: number;
}

/**
 * Hazards found per month (by found date) and rectified per month (by rectified date). The month
 * filter is left out: this chart sets it and highlights the chosen months instead.
 */
export function monthlyQuery(state: AppState): QuerySpec<MonthRow[]> {
  const found = compileWhere(state, 'hazards', { except: 'month' });
  const rect = found;
  return makeSpec(
    ['hazards'],
    // Grouped by the month's first day, formatted once per month (not once per row).
    `WITH f AS (SELECT date_trunc('month', found_date) AS m, count(*)::DOUBLE AS n FROM hazards WHERE ${found} GROUP BY 1),
          r AS (SELECT date_trunc('month', rectified_date) AS m, count(*)::DOUBLE AS n FROM hazards
                WHERE ${rect} AND rectified_date IS NOT NULL GROUP BY 1)
     SELECT strftime(coalesce(f.m, r.m), '%Y-%m') AS month, coalesce(f.n, 0) AS found, coalesce(r.n, 0) AS rectified
     FROM f FULL OUTER JOIN r ON f.m = r.m ORDER BY 1`,
    (t) => rowsOf<MonthRow>(t),
  );
}
