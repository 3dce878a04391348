// Production-safety accidents 2022 – March 2024: falling year on year nationally ("双下降"), with
// hotspot counties (4x the rate and one larger accident in 2023).
import type { DuckDBConnection } from '@duckdb/node-api';
import { PER_MILLION } from './config.ts';
import { poisson, valuesTable, weighted } from './sql.ts';

const SECTOR_RATE = `(CASE e.sector WHEN 'road_transport' THEN 25 WHEN 'coal_mine' THEN 10 WHEN 'construction' THEN 6
  WHEN 'non_coal_mine' THEN 5 WHEN 'illegal_mining' THEN 5 WHEN 'waterway_fishing' THEN 3 WHEN 'hazardous_chemicals' THEN 2
  WHEN 'industry_trade' THEN 1 WHEN 'urban_gas' THEN 1 WHEN 'tourism' THEN 1 WHEN 'special_equipment' THEN 1
  WHEN 'fire_safety' THEN 0.8 ELSE 0.3 END)::DOUBLE`;

/** Periods: start, days, expected share of one 2022 year. */
const PERIODS: [string, string, number, number][] = [
  ['2022', '2022-01-01', 365, 1],
  ['2023', '2023-01-01', 365, 0.92],
  ['2024', '2024-01-01', 91, (0.92 * 0.9 * 91) / 366],
];

export async function buildAccidents(conn: DuckDBConnection, scale: number): Promise<void> {
  await conn.run(`CREATE OR REPLACE TABLE acc_w AS
    SELECT e.id, e.sector, ${SECTOR_RATE} * sqrt(greatest(e.employees, 5) / 30.0)
      * CASE WHEN c.flag_accident_hotspot THEN 4 ELSE 1 END AS w
    FROM ent_f e JOIN place_county c USING (county_code)`);
  const [n] = await (await conn.runAndReadAll(`SELECT sum(w::DECIMAL(18, 6))::DOUBLE AS s FROM acc_w`)).getRowObjectsJS();
  const lam = (PER_MILLION.accidentsPerYear * scale) / Number(n!.s);
  const periods = valuesTable(['period', 'start', 'days', 'share'], PERIODS);
  const highRisk = `sector IN ('coal_mine', 'non_coal_mine', 'hazardous_chemicals', 'illegal_mining')`;
  await conn.run(`CREATE OR REPLACE TABLE acc AS
    WITH p AS (SELECT * FROM ${periods}),
    c AS (
      SELECT a.id AS enterprise_id, a.sector, p.period, p.start, p.days,
        ${poisson(`u(a.id || p.period, 'n_acc')`, `${lam} * a.w * p.share`, 5)} AS n
      FROM acc_w a CROSS JOIN p),
    r AS (
      SELECT c.enterprise_id, c.sector, c.start::DATE + ui(c.enterprise_id || c.period || k.i, 'day', c.days)::INT AS date,
        c.enterprise_id || c.period || k.i AS k, NULL AS forced_level
      FROM c JOIN nums k ON k.n = c.n
      UNION ALL
      SELECT e.id, e.sector, DATE '2023-03-01' + ui(e.county_code, 'hot_day', 240)::INT, e.id || 'hot', 'larger'
      FROM (SELECT *, row_number() OVER (PARTITION BY county_code ORDER BY u(id, 'hotspot'), id) AS rk
        FROM ent_f WHERE county_code IN (SELECT county_code FROM place_county WHERE flag_accident_hotspot)
          AND sector IN ('road_transport', 'construction', 'non_coal_mine', 'coal_mine', 'industry_trade')) e
      WHERE e.rk = 1),
    l AS (
      SELECT r.*, coalesce(r.forced_level, CASE WHEN ${highRisk}
          THEN ${weighted(`u(r.k, 'lvl')`, [['general', 95.5], ['larger', 4], ['major', 0.45], ['especially_major', 0.05]])}
          ELSE ${weighted(`u(r.k, 'lvl')`, [['general', 98.6], ['larger', 1.3], ['major', 0.09], ['especially_major', 0.01]])} END) AS level
      FROM r)
    SELECT 'A' || substr(l.enterprise_id, 2) || '-' || lpad(row_number() OVER (PARTITION BY l.enterprise_id ORDER BY l.date, l.k)::VARCHAR, 2, '0') AS id,
      l.date, l.sector, l.level,
      CASE l.level WHEN 'general' THEN ${weighted(`u(l.k, 'deaths')`, [['0', 15], ['1', 70], ['2', 15]])}::INT
        WHEN 'larger' THEN 3 + ui(l.k, 'deaths', 7)::INT WHEN 'major' THEN 10 + ui(l.k, 'deaths', 15)::INT
        ELSE 30 + ui(l.k, 'deaths', 12)::INT END AS deaths,
      CASE l.level WHEN 'general' THEN ui(l.k, 'inj', 5)::INT WHEN 'larger' THEN ui(l.k, 'inj', 12)::INT
        ELSE 5 + ui(l.k, 'inj', 40)::INT END AS injuries,
      CASE l.level WHEN 'general' THEN round(5 + 300 * u(l.k, 'loss') ^ 2, 1) WHEN 'larger' THEN round(1000 + 3000 * u(l.k, 'loss'), 1)
        ELSE round(5000 + 8000 * u(l.k, 'loss'), 1) END AS direct_loss_wan,
      l.enterprise_id, e.province_code, e.city_code, e.county_code, e.town_code, e.lon, e.lat
    FROM l JOIN ent_f e ON e.id = l.enterprise_id
    ORDER BY id`);
}
