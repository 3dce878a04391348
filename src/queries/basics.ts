// SQL fragments every query family shares.
export const RECTIFIED = `status IN ('rectified', 'verified')`;
/** The data's snapshot date: overdue is judged against it, not the wall clock. */
export const AS_OF = `(SELECT max(found_date) FROM hazards)`;
/** Risk level as a number: 4 = 重大 … 1 = 低. */
export const LEVEL_NUM = `CASE risk_level WHEN 'major' THEN 4 WHEN 'larger' THEN 3 WHEN 'general' THEN 2 ELSE 1 END`;
