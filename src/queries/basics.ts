// SQL fragments every query family shares.
export const RECTIFIED = `status IN ('rectified', 'verified')`;
/** The data's snapshot date: overdue is judged against it, not the wall clock. */
export const AS_OF = `(SELECT max(found_date) FROM hazards)`;
