// Department and supervision checks of enterprises, with the seven spot-check findings of the progress
// table and the number of major hazards each check found.
import type { DuckDBConnection } from '@duckdb/node-api';
import { INSPECTION_CURVE, PER_MILLION } from './config.ts';
import { curveDate, poisson, weighted } from './sql.ts';

/** Relative propensity of an enterprise to have major hazards (sector, risk, management quality). */
export const HAZARD_WEIGHT_SQL = `(
  CASE e.sector WHEN 'coal_mine' THEN 6 WHEN 'non_coal_mine' THEN 3 WHEN 'illegal_mining' THEN 4
    WHEN 'hazardous_chemicals' THEN 3 WHEN 'civil_explosives' THEN 3 WHEN 'construction' THEN 2
    WHEN 'urban_gas' THEN 1.5 WHEN 'road_transport' THEN 1.2 WHEN 'tourism' THEN 1 WHEN 'hydropower' THEN 1
    WHEN 'industry_trade' THEN CASE WHEN e.industry IN ('metallurgy', 'nonferrous') THEN 2.5 ELSE 1.2 END
    WHEN 'fire_safety' THEN 0.6 WHEN 'self_built_housing' THEN 0.8 WHEN 'special_equipment' THEN 0.8
    WHEN 'schools' THEN 0.3 WHEN 'hospitals' THEN 0.4 ELSE 0.5 END
  * CASE e.risk_level WHEN 'major' THEN 3 WHEN 'larger' THEN 1.8 WHEN 'general' THEN 1 ELSE 0.5 END
  * CASE e.quality WHEN 'good' THEN 0.5 WHEN 'fair' THEN 1.3 ELSE 3 END
  * CASE WHEN e.repeat_offender THEN 4 ELSE 1 END)::DOUBLE`;

const FINDINGS: [string, number][] = [
  ['no_principal_study', 0.08], ['no_principal_inspection', 0.1], ['no_duty_list', 0.12], ['no_safety_staff', 0.06],
  ['unlicensed_special_workers', 0.05], ['outsourcing_disorder', 0.04], ['no_drill', 0.09],
];

/**
 * `insp`: one row per check. `deptTarget` is the number of hazards all checks together should find;
 * checks in "self-check silent" counties find 2.5 times more.
 */
export async function buildInspections(conn: DuckDBConnection, scale: number, deptTarget: number): Promise<void> {
  const nInsp = PER_MILLION.inspections * scale;
  await conn.run(`CREATE OR REPLACE TABLE ent_w AS
    SELECT e.id, e.county_code, e.repeat_offender, e.quality,
      ${HAZARD_WEIGHT_SQL} * CASE WHEN c.flag_self_check_silent THEN 2.5 ELSE 1 END AS hw,
      (CASE WHEN e.is_key THEN 2.5 ELSE 1 END) * (CASE WHEN e.sector IN ('coal_mine', 'hazardous_chemicals',
        'non_coal_mine') THEN 1.5 ELSE 1 END)::DOUBLE AS iw
    FROM ent e JOIN place_county c USING (county_code)`);
  const [norm] = await (await conn.runAndReadAll(`SELECT sum(iw::DECIMAL(18, 6))::DOUBLE AS si,
    sum((iw * hw)::DECIMAL(18, 6)) FILTER (NOT repeat_offender)::DOUBLE AS sih,
    coalesce(sum(hw::DECIMAL(18, 6)) FILTER (repeat_offender), 0)::DOUBLE AS srh,
    count(*) FILTER (repeat_offender) AS nr FROM ent_w`)).getRowObjectsJS();
  const lamI = nInsp / Number(norm!.si);
  // Expected hazards = sum over checks of mu * hw: lamI * iw checks per enterprise, 4 (+1 hazard each) for
  // repeat offenders.
  const repeatChecks = 4 * Number(norm!.nr);
  const mu = Math.max(0, deptTarget - repeatChecks) / (lamI * Number(norm!.sih) + 4 * Number(norm!.srh));
  await conn.run(`CREATE OR REPLACE TABLE insp_n AS
    SELECT id AS enterprise_id, hw, repeat_offender, quality,
      CASE WHEN repeat_offender THEN 3 + ui(id, 'rep_n', 3) ELSE ${poisson(`u(id, 'n_insp')`, `${lamI} * iw`, 8)} END AS n
    FROM ent_w`);
  const findings = FINDINGS.map(([k, p]) =>
    `u(i.id, '${k}') < ${p} * CASE i.quality WHEN 'good' THEN 0.4 WHEN 'fair' THEN 1.2 ELSE 3 END AS ${k}`).join(',\n      ');
  await conn.run(`CREATE OR REPLACE TABLE insp AS
    WITH r AS (
      SELECT 'I' || substr(n.enterprise_id, 2) || lpad((k.i + 1)::VARCHAR, 2, '0') AS id, n.enterprise_id, n.hw,
        n.repeat_offender, n.quality
      FROM insp_n n JOIN nums k ON k.n = n.n),
    d AS (
      SELECT r.*, ${curveDate(`u(r.id, 'date')`, INSPECTION_CURVE)} AS date,
        ${weighted(`u(r.id, 'who')`, [['department', 85], ['supervision', 10], ['expert', 5]])} AS inspector
      FROM r)
    SELECT i.id, i.date, i.enterprise_id, e.sector, i.inspector, s.department,
      ${findings},
      CASE WHEN i.repeat_offender THEN 1 + ${poisson(`u(i.id, 'hz')`, `${mu} * i.hw`, 6)}
        ELSE ${poisson(`u(i.id, 'hz')`, `${mu} * i.hw`, 8)} END AS hazards_found,
      e.province_code, e.city_code, e.county_code, e.town_code
    FROM d i JOIN ent_f e ON e.id = i.enterprise_id JOIN sectors s ON s.key = e.sector
    ORDER BY i.id`);
}
