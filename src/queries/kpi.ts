import type { AppState } from '../state/types';
import { makeSpec, rowsOf, type QuerySpec } from './spec';
import { hazardCountColumns } from './basics';
import { compileWhere } from './where';

export interface HazardKpis {
  found: number;
  self_found: number;
  dept_found: number;
  rectified: number;
  supervised: number;
  supervised_rectified: number;
  open: number;
  overdue: number;
}


/** Headline hazard counts for the jurisdiction and filters. Overdue is judged at the data's last date. */
export function hazardKpiQuery(state: AppState): QuerySpec<HazardKpis | null> {
  const where = compileWhere(state, 'hazards');
  return makeSpec(
    ['hazards'],
    `SELECT ${hazardCountColumns(['found', 'self_found', 'dept_found', 'rectified', 'supervised', 'supervised_rectified', 'open', 'overdue'])}
     FROM hazards WHERE ${where}`,
    (t) => rowsOf<HazardKpis>(t)[0] ?? null,
  );
}
