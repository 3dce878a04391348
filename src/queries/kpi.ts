import type { AppState } from '../state/types';
import { makeSpec, rowsOf, type QuerySpec } from './spec';
import { AS_OF, RECTIFIED } from './metrics';
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
    `SELECT count(*)::DOUBLE AS found,
       count_if(source = 'self_check')::DOUBLE AS self_found,
       count_if(source <> 'self_check')::DOUBLE AS dept_found,
       count_if(${RECTIFIED})::DOUBLE AS rectified,
       count_if(supervision_level IS NOT NULL)::DOUBLE AS supervised,
       count_if(supervision_level IS NOT NULL AND ${RECTIFIED})::DOUBLE AS supervised_rectified,
       count_if(NOT ${RECTIFIED})::DOUBLE AS open,
       count_if(NOT ${RECTIFIED} AND deadline < ${AS_OF})::DOUBLE AS overdue
     FROM hazards WHERE ${where}`,
    (t) => rowsOf<HazardKpis>(t)[0] ?? null,
  );
}
