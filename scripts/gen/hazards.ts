// Major accident hazards from four sources: enterprise self-checks, department/supervision checks (one
// row per hazard a check found), public reports, and the high-risk sites themselves.
import type { DuckDBConnection } from '@duckdb/node-api';
import { INSPECTION_CURVE, SELF_CHECK_CURVE } from './config.ts';
import { curveDate, poisson, weighted } from './sql.ts';

export interface HazardTargets {
  self: number;
  report: number;
}

export async function buildHazardRows(conn: DuckDBConnection, t: HazardTargets): Promise<void> {
  await conn.run(`CREATE OR REPLACE TABLE ent_sw AS
    SELECT w.id, w.hw,
      CASE WHEN c.flag_self_check_silent THEN 0
        ELSE w.hw / CASE WHEN c.flag_self_check_silent THEN 2.5 ELSE 1 END
          * CASE w.quality WHEN 'good' THEN 1.4 WHEN 'fair' THEN 1 ELSE 0.6 END END::DOUBLE AS sw,
      w.hw / CASE WHEN c.flag_self_check_silent THEN 2.5 ELSE 1 END
        * CASE WHEN e.sector IN ('fire_safety', 'self_built_housing', 'urban_gas', 'illegal_mining') THEN 3 ELSE 1 END::DOUBLE AS rw
    FROM ent_w w JOIN ent e USING (id) JOIN place_county c ON c.county_code = e.county_code`);
  const [s] = await (await conn.runAndReadAll(`SELECT sum(sw::DECIMAL(18, 6))::DOUBLE AS ss,
    sum(rw::DECIMAL(18, 6))::DOUBLE AS sr FROM ent_sw`)).getRowObjectsJS();
  const nu = t.self / Number(s!.ss);
  const rho = t.report / Number(s!.sr);
  await conn.run(`CREATE OR REPLACE TABLE hz_raw AS
    WITH self AS (
      SELECT id AS object_id, ${poisson(`u(id, 'n_self')`, `${nu} * sw`, 10)} AS n,
        ${poisson(`u(id, 'n_rep')`, `${rho} * rw`, 6)} AS n_rep FROM ent_sw),
    s AS (
      SELECT s.object_id, 'self_check' AS source, NULL::VARCHAR AS inspection_id, 1 AS rank,
        ${curveDate(`u(s.object_id || k.i, 'self_date')`, SELF_CHECK_CURVE)} AS found_date, k.i::VARCHAR AS sub
      FROM self s JOIN nums k ON k.n = s.n),
    r AS (
      SELECT s.object_id, 'report' AS source, NULL::VARCHAR, 3,
        ${curveDate(`u(s.object_id || k.i, 'rep_date')`, INSPECTION_CURVE)}, k.i::VARCHAR
      FROM self s JOIN nums k ON k.n = s.n_rep),
    d AS (
      SELECT i.enterprise_id, CASE i.inspector WHEN 'supervision' THEN 'supervision' ELSE 'department' END,
        i.id, 2, i.date, i.id || '-' || k.i
      FROM insp i JOIN nums k ON k.n = i.hazards_found),
    st AS (
      SELECT id, ${weighted(`u(id, 'site_src')`, [['department', 75], ['supervision', 25]])}, NULL, 2,
        ${curveDate(`u(id, 'site_date')`, INSPECTION_CURVE)}, ''
      FROM site_f),
    a AS (SELECT * FROM s UNION ALL SELECT * FROM r UNION ALL SELECT * FROM d UNION ALL SELECT * FROM st)
    SELECT 'H' || substr(object_id, 2) || '-'
        || lpad(row_number() OVER (PARTITION BY object_id ORDER BY found_date, rank, sub)::VARCHAR, 3, '0') AS id,
      object_id, source, inspection_id, found_date
    FROM a`);
}
