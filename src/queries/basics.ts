// SQL fragments every query family shares.
export const RECTIFIED = `status IN ('rectified', 'verified')`;
/**
 * The data's snapshot date (the last day a hazard was found): overdue is judged against it, not the
 * wall clock. A session variable, set once per connection after `hazards` is loaded (SESSION_SETUP):
 * written as the subquery it cost 8–18 ms of planning per query in DuckDB-WASM.
 */
export const AS_OF = `getvariable('as_of')`;

/** The last day an accident is recorded: the 3-year and year-on-year windows end there. */
export const ACCIDENTS_AS_OF = `getvariable('accidents_as_of')`;

/** The hazard counts the KPI strip and the ranking both show, defined once. */
const HAZARD_COUNTS = {
  found: 'count(*)',
  self_found: `count_if(source = 'self_check')`,
  dept_found: `count_if(source <> 'self_check')`,
  rectified: `count_if(${RECTIFIED})`,
  supervised: 'count_if(supervision_level IS NOT NULL)',
  supervised_rectified: `count_if(supervision_level IS NOT NULL AND ${RECTIFIED})`,
  open: `count_if(NOT ${RECTIFIED})`,
  overdue: `count_if(NOT ${RECTIFIED} AND deadline < ${AS_OF})`,
  dept_penalized: `count_if(source <> 'self_check' AND penalized)`,
} as const;

/** SELECT items for the named hazard counts, as DOUBLE columns of the same names. */
export const hazardCountColumns = (names: readonly (keyof typeof HAZARD_COUNTS)[]): string =>
  names.map((n) => `${HAZARD_COUNTS[n]}::DOUBLE AS ${n}`).join(',\n       ');

/** SQL each connection runs once a table is loaded (the browser's db layer, the CLI, the tests). */
export const SESSION_SETUP: Readonly<Record<string, string>> = {
  hazards: `SET VARIABLE as_of = (SELECT max(found_date) FROM hazards)`,
  accidents: `SET VARIABLE accidents_as_of = (SELECT max(date) FROM accidents)`,
};
/** Risk level as a number: 4 = 重大 … 1 = 低. */
export const LEVEL_NUM = `CASE risk_level WHEN 'major' THEN 4 WHEN 'larger' THEN 3 WHEN 'general' THEN 2 ELSE 1 END`;
