// One risk and its four lists, for the detail view. The list tables are lazy: only the risk's own
// province partition (by its province_code) is fetched.
import { partitionNeed } from './division';
import { DRILL_INTERVAL, DRILL_OVERDUE, RULE_READS } from './riskRules';
import { makeSpec, rowsOf, sqlString, type QuerySpec } from './spec';

export type Row = Record<string, string | number | boolean | null>;


export interface RiskRecord extends Row {
  id: string;
  lon: number;
  lat: number;
  object_type: string;
  object_id: string;
  province_code: string;
  site_type: string | null;
  downstream_bearing: number | null;
}

/** The risk with its object's name and place, the drill rule applied, and (for a site) its type and dam bearing. */
export function riskRecordQuery(id: string): QuerySpec<RiskRecord | null> {
  const q = sqlString(id);
  return makeSpec(
    ['risks', 'sites', 'divisions', ...RULE_READS],
    `WITH r AS (SELECT *, ${DRILL_INTERVAL} AS drill_months, ${DRILL_OVERDUE} AS drill_overdue FROM risks WHERE id = ${q})
     SELECT r.id, r.name, r.object_type, r.object_id, r.sector, r.risk_type, r.risk_level, r.consequences,
            r.identified_date::VARCHAR AS identified_date, r.province_code, r.lon, r.lat, r.has_controls, r.controls_in_place, r.monitored,
            r.duties_named, r.has_emergency, r.last_drill_date::VARCHAR AS last_drill_date, r.drill_months, r.drill_overdue,
            s.type AS site_type, s.downstream_bearing, s.above_village, s.villages_downstream, s.name AS site_name,
            concat_ws(' ', c.name, t.name) AS place
     FROM r
     LEFT JOIN sites s ON r.object_type = 'site' AND s.id = r.object_id
     LEFT JOIN divisions c ON c.code = r.county_code
     LEFT JOIN divisions t ON t.code = r.town_code`,
    (t) => (rowsOf<RiskRecord>(t)[0] ?? null),
  );
}

/** Other risks of the same enterprise or site. */
export function siblingRisksQuery(id: string): QuerySpec<Row[]> {
  const q = sqlString(id);
  return makeSpec(
    ['risks'],
    `SELECT r.id, r.name, r.risk_level FROM risks r
     WHERE r.object_id = (SELECT object_id FROM risks WHERE id = ${q}) AND r.id <> ${q} ORDER BY r.id`,
    (t) => rowsOf<Row>(t),
  );
}

export function riskControlsQuery(id: string, province: string): QuerySpec<Row[]> {
  return makeSpec(
    [partitionNeed('risk_controls', province)],
    `SELECT seq, measure_type, measure, in_place, monitored FROM risk_controls WHERE risk_id = ${sqlString(id)} ORDER BY seq`,
    (t) => rowsOf<Row>(t),
  );
}

export function riskDutiesQuery(id: string, province: string): QuerySpec<Row[]> {
  return makeSpec(
    [partitionNeed('risk_duties', province)],
    `SELECT seq, role, unit, person, phone FROM risk_duties WHERE risk_id = ${sqlString(id)} ORDER BY seq`,
    (t) => rowsOf<Row>(t),
  );
}

export function riskEmergencyQuery(id: string, province: string): QuerySpec<Row | null> {
  return makeSpec(
    [partitionNeed('risk_emergency', province)],
    `SELECT plan, plan_date::VARCHAR AS plan_date, rescue_team, supplies, evacuation_route, last_drill_date::VARCHAR AS last_drill_date
     FROM risk_emergency WHERE risk_id = ${sqlString(id)}`,
    (t) => rowsOf<Row>(t)[0] ?? null,
  );
}

/** An emergency resource (team or depot) with its county's name. */
export function resourceQuery(id: string): QuerySpec<Row | null> {
  return makeSpec(
    ['emergency_resources', 'divisions'],
    `SELECT q.id, q.kind, q.category, q.name, q.unit, q.personnel, q.equipment, q.phone, q.lon, q.lat, d.name AS county
     FROM emergency_resources q LEFT JOIN divisions d ON d.code = q.county_code WHERE q.id = ${sqlString(id)}`,
    (t) => rowsOf<Row>(t)[0] ?? null,
  );
}
