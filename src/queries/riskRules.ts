// SQL over `risks` for the four lists (4张清单). The pipeline derives per-risk flags from the three
// list tables (has_controls, controls_in_place, monitored, duties_named, has_emergency,
// last_drill_date) so the map and coverage never load those tables; registers do.
import { DRILL_MONTHS, DRILL_MONTHS_HIGH_RISK, HIGH_RISK_SECTORS } from '../domain/lists';
import { AS_OF } from './basics';

const HIGH_RISK = `sector IN (${HIGH_RISK_SECTORS.map((s) => `'${s}'`).join(', ')})`;

/** Months allowed between drills for the risk's sector. */
export const DRILL_INTERVAL = `(CASE WHEN ${HIGH_RISK} THEN ${DRILL_MONTHS_HIGH_RISK} ELSE ${DRILL_MONTHS} END)`;

/** The emergency list is filed but the last drill is missing or older than the sector allows. */
export const DRILL_OVERDUE = `(has_emergency AND (last_drill_date IS NULL OR last_drill_date < ${AS_OF} - to_months(${DRILL_INTERVAL})))`;

export const CONTROL_OK = 'controls_in_place';
export const DUTY_OK = 'duties_named = 3';
export const EMERGENCY_OK = `(has_emergency AND NOT ${DRILL_OVERDUE})`;

/** 管控: the measures of all four lists are in place (basic is the risk row itself). */
export const CONTROLLED = `(${CONTROL_OK} AND ${DUTY_OK} AND ${EMERGENCY_OK})`;

/** A list is missing or incomplete: no control list, an unnamed responsibility, or no emergency list. */
export const LIST_GAP = '(NOT has_controls OR duties_named < 3 OR NOT has_emergency)';

/** Tables these fragments read besides `risks` (AS_OF reads hazards). */
export const RULE_READS = ['hazards'];
