// Enforcement actions: the penalties of penalised hazards, plus general actions (suspensions, fines,
// summons, exposure, closures...) spread over enterprises. Red-flag "zero enforcement" counties get none.
import type { DuckDBConnection } from '@duckdb/node-api';
import { CALIBRATION, curveShare, EARLY_ENFORCEMENT_CURVE, INSPECTION_CURVE, PER_MILLION, SNAPSHOT } from './config.ts';
import { curveDate, poisson } from './sql.ts';

const FINE_MEDIAN = 2.5;
const FINE_SIGMA = 0.7;

export async function buildEnforcement(conn: DuckDBConnection, scale: number): Promise<void> {
  // Hazard-linked penalties a few days to weeks after discovery.
  await conn.run(`CREATE OR REPLACE TABLE enf_hz AS
    SELECT h.enterprise_id, h.id AS hazard_id, CASE WHEN h.dual_penalty THEN 'dual_penalty' ELSE 'penalty' END AS type,
      least(h.found_date + 3 + ui(h.id, 'pen_date', 25)::INT, DATE '${SNAPSHOT}') AS date, h.fine_wan,
      CASE WHEN h.dual_penalty THEN 1 ELSE 0 END AS persons
    FROM hz h WHERE h.penalized`);
  const early = CALIBRATION.earlyAsOf;
  const [row] = await (await conn.runAndReadAll(`SELECT coalesce(sum(fine_wan), 0)::DOUBLE AS f FROM enf_hz
    WHERE date <= DATE '${early}'`)).getRowObjectsJS();
  const shareEarly = curveShare(EARLY_ENFORCEMENT_CURVE, early);
  const meanFine = FINE_MEDIAN * Math.exp((FINE_SIGMA * FINE_SIGMA) / 2);
  const penalties = Math.max(0, (CALIBRATION.finesEarlyWan * scale - Number(row!.f)) / (meanFine * shareEarly));
  const suspensions = (CALIBRATION.suspendedEarly * scale) / shareEarly;

  await conn.run(`CREATE OR REPLACE TABLE enf_w AS
    SELECT e.id, e.repeat_offender,
      (CASE e.quality WHEN 'good' THEN 0.4 WHEN 'fair' THEN 1 ELSE 3 END)
        * (CASE e.risk_level WHEN 'major' THEN 2 WHEN 'larger' THEN 1.5 ELSE 1 END)::DOUBLE AS w
    FROM ent_f e JOIN place_county c USING (county_code) WHERE NOT c.flag_zero_enforcement`);
  const [n] = await (await conn.runAndReadAll(`SELECT sum(w::DECIMAL(18, 6))::DOUBLE AS s FROM enf_w`)).getRowObjectsJS();
  const per = (count: number) => count / Number(n!.s);
  const other = Object.entries(PER_MILLION.enforcement)
    .map(([type, count]) => `SELECT id, '${type}' AS type, ${poisson(`u(id, 'n_${type}')`, `${per(count * scale)} * w`, 4)} AS n FROM enf_w`)
    .join(' UNION ALL ');
  await conn.run(`CREATE OR REPLACE TABLE enf_gen AS
    WITH c AS (
      SELECT id, 'suspension' AS type, (u(id, 'n_susp') < least(0.9, ${per(suspensions)} * w))::INT AS n FROM enf_w
      UNION ALL SELECT id, 'penalty', ${poisson(`u(id, 'n_pen')`, `${per(penalties)} * w`, 6)} FROM enf_w
      UNION ALL ${other}
      UNION ALL SELECT id, CASE WHEN u(id, 'close') < 0.5 THEN 'closure' ELSE 'licence' END, 1 FROM enf_w WHERE repeat_offender),
    r AS (SELECT c.id AS enterprise_id, c.type, k.i, c.id || c.type || k.i AS k FROM c JOIN nums k ON k.n = c.n)
    SELECT enterprise_id, NULL::VARCHAR AS hazard_id, type,
      CASE WHEN type IN ('suspension', 'penalty') THEN ${curveDate(`u(k, 'date')`, EARLY_ENFORCEMENT_CURVE)}
        ELSE ${curveDate(`u(k, 'date')`, INSPECTION_CURVE)} END AS date,
      CASE WHEN type = 'penalty' THEN round(least(100, greatest(0.5, ${FINE_MEDIAN} * lognorm(k, 'fine', ${FINE_SIGMA}))), 1) END AS fine_wan,
      CASE WHEN type = 'judicial_transfer' THEN 1 + ui(k, 'persons', 3)::INT ELSE 0 END AS persons
    FROM r`);
  await conn.run(`CREATE OR REPLACE TABLE enf AS
    WITH a AS (SELECT * FROM enf_hz UNION ALL SELECT * FROM enf_gen)
    SELECT 'F' || substr(a.enterprise_id, 2) || '-'
        || lpad(row_number() OVER (PARTITION BY a.enterprise_id ORDER BY a.date, a.type, a.hazard_id NULLS LAST,
          a.fine_wan NULLS LAST, a.persons)::VARCHAR, 3, '0') AS id,
      a.date, a.enterprise_id, a.hazard_id, a.type, a.fine_wan, a.persons, s.department,
      e.province_code, e.city_code, e.county_code, e.town_code
    FROM a JOIN ent_f e ON e.id = a.enterprise_id JOIN sectors s ON s.key = e.sector
    ORDER BY id`);
}
