// Final enterprise and site rows (with their points), and the taxonomy lookup tables SQL joins to.
import type { DuckDBConnection } from '@duckdb/node-api';
import { departments, riskTypes, sectors } from '../../src/domain/taxonomy.ts';
import { valuesTable, weighted } from './sql.ts';

export async function createTaxonomyTables(conn: DuckDBConnection): Promise<void> {
  await conn.run(`CREATE OR REPLACE TABLE sectors AS ${valuesTable(['key', 'label', 'department'],
    sectors.map((s) => [s.key, s.label, s.department]))}`);
  await conn.run(`CREATE OR REPLACE TABLE departments AS ${valuesTable(['key', 'label'], departments.map((d) => [d.key, d.label]))}`);
  await conn.run(`CREATE OR REPLACE TABLE risk_types AS ${valuesTable(['key', 'label'], riskTypes.map((r) => [r.key, r.label]))}`);
}

export async function finishEnterprises(conn: DuckDBConnection): Promise<void> {
  // Both tables are in (place_key, index) order: ent by id, ent_pt as written by placement.
  await conn.run(`CREATE OR REPLACE TABLE ent_f AS SELECT e.*, p.lon, p.lat, p.place_key AS pt_key, p.idx AS pt_idx
    FROM ent e POSITIONAL JOIN ent_pt p`);
  const [c] = await (await conn.runAndReadAll(`SELECT count(*) FILTER (pt_key IS DISTINCT FROM place_key
    OR pt_idx IS DISTINCT FROM place_idx) AS bad FROM ent_f`)).getRowObjectsJS();
  if (Number(c!.bad) !== 0) throw new Error(`${c!.bad} enterprises do not line up with their points`);
  await conn.run('ALTER TABLE ent_f DROP COLUMN pt_key; ALTER TABLE ent_f DROP COLUMN pt_idx');
}

const siteRisk = `(CASE s.type
  WHEN 'tailings_dam' THEN CASE WHEN s.above_village OR s.grade <= 2 THEN 'major' WHEN s.grade = 3 THEN 'larger' ELSE 'general' END
  WHEN 'high_slope' THEN CASE WHEN s.height_m >= 300 THEN 'major' ELSE 'larger' END
  WHEN 'single_pier_bridge' THEN ${weighted(`u(s.id, 'risk')`, [['larger', 40], ['general', 60]])}
  WHEN 'waterside_cliff_road' THEN ${weighted(`u(s.id, 'risk')`, [['larger', 30], ['general', 55], ['low', 15]])}
  WHEN 'steep_downgrade' THEN ${weighted(`u(s.id, 'risk')`, [['major', 10], ['larger', 40], ['general', 50]])}
  ELSE ${weighted(`u(s.id, 'risk')`, [['larger', 30], ['general', 60], ['low', 10]])} END)`;

/** Sites before hazards: points, lines and risk level. */
export async function finishSitesGeometry(conn: DuckDBConnection): Promise<void> {
  await conn.run(`CREATE OR REPLACE TABLE site_f AS
    SELECT s.*, st.sector, ${siteRisk} AS risk_level, g.lon, g.lat, g.geometry, g.length_km
    FROM site_attr s JOIN site_geo g USING (id)
    JOIN (SELECT * FROM (VALUES ('single_pier_bridge', 'highway_facilities'), ('waterside_cliff_road', 'road_transport'),
      ('steep_downgrade', 'road_transport'), ('tailings_dam', 'non_coal_mine'), ('high_slope', 'non_coal_mine'),
      ('tourism_facility', 'tourism')) v(type, sector)) st USING (type)`);
}

/** Sites after hazards: each site carries the rectification status of its hazard. */
export async function finishSitesStatus(conn: DuckDBConnection): Promise<void> {
  await conn.run(`CREATE OR REPLACE TABLE site_out AS
    SELECT s.*, h.id AS hazard_id, h.status, h.found_date, h.deadline, h.rectified_date
    FROM site_f s LEFT JOIN (SELECT id, site_id, status, found_date, deadline, rectified_date FROM hz
      WHERE site_id IS NOT NULL) h ON h.site_id = s.id
    ORDER BY s.id`);
  await conn.run(`ALTER TABLE ent_f ADD COLUMN accident_prone BOOLEAN DEFAULT false;
    UPDATE ent_f SET accident_prone = true WHERE id IN (SELECT DISTINCT enterprise_id FROM acc)`);
}
