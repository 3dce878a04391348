// Writes every record table as <table>/province_code=<code>/data.parquet with a total ORDER BY.
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { DuckDBConnection } from '@duckdb/node-api';
import { sqlString, writeParquet } from '../lib/duck.ts';
import type { ManifestBuilder } from '../lib/manifest.ts';

const CODES = 'province_code, city_code, county_code, town_code';

interface TableSpec {
  source: string;
  columns: string;
  order: string;
  geo?: boolean;
}

/** Contract columns of each output table, in order. */
export const TABLES: Record<string, TableSpec> = {
  enterprises: {
    source: 'ent_f', order: 'id',
    columns: `id, name, credit_code, sector, subsector, industry, focus_field, is_key, employees::INTEGER AS employees, size,
      risk_level, principal, phone, main_product, info_complete, risk_code_system, old_installation, high_risk_installation,
      accident_prone, lon, lat, ${CODES}`,
  },
  sites: {
    source: 'site_out', order: 'id', geo: true,
    columns: `id, type, name, sector, road_name, owner, facility_kind, grade::INTEGER AS grade, height_m, capacity_wan_m3,
      villages_downstream::INTEGER AS villages_downstream, above_village, downstream_bearing, online_monitoring, length_km, risk_level,
      status, hazard_id, found_date, deadline, rectified_date, lon, lat, geometry, ${CODES}`,
  },
  hazards: {
    source: 'hz', order: 'id',
    columns: `id, enterprise_id, site_id, sector, category, description, source, found_date, reported, supervision_level,
      responsible_person, measures, funds_wan, deadline, status, rectified_date, verified_date, penalized, fine_wan,
      dual_penalty, inspection_id, lon, lat, ${CODES}`,
  },
  risks: {
    source: 'risk_out', order: 'id',
    // The flags after identified_date are derived from the three list tables (risks.ts deriveRiskFlags), so
    // the 管控率, the four-colour map and the list coverage need not load those tables in the browser.
    columns: `id, object_type, object_id, sector, name, risk_type, risk_level, consequences, identified_date,
      has_controls, controls_in_place, monitored, duties_named::INTEGER AS duties_named, has_emergency, last_drill_date,
      lon, lat, ${CODES}`,
  },
  risk_controls: {
    source: 'risk_ctl', order: 'risk_id, seq',
    columns: `risk_id, seq::INTEGER AS seq, measure_type, measure, in_place, monitored, ${CODES}`,
  },
  risk_duties: {
    source: 'risk_duty', order: 'risk_id, seq',
    columns: `risk_id, seq::INTEGER AS seq, role, unit, person, phone, ${CODES}`,
  },
  risk_emergency: {
    source: 'risk_emg', order: 'risk_id',
    columns: `risk_id, plan, plan_date, rescue_team, supplies, evacuation_route, last_drill_date, ${CODES}`,
  },
  inspections: {
    source: 'insp', order: 'id',
    columns: `id, date, enterprise_id, sector, inspector, department, no_principal_study, no_principal_inspection,
      no_duty_list, no_safety_staff, unlicensed_special_workers, outsourcing_disorder, no_drill,
      hazards_found::INTEGER AS hazards_found, ${CODES}`,
  },
  enforcement: {
    source: 'enf', order: 'id',
    columns: `id, date, enterprise_id, hazard_id, type, fine_wan, persons::INTEGER AS persons, department, ${CODES}`,
  },
  activities: {
    source: 'act', order: 'id',
    columns: `id, date, type, org_level, count::INTEGER AS count, amount_wan, anonymous_wan, ${CODES}`,
  },
  accidents: {
    source: 'acc', order: 'id',
    columns: `id, date, sector, level, deaths::INTEGER AS deaths, injuries::INTEGER AS injuries, direct_loss_wan,
      enterprise_id, lon, lat, ${CODES}`,
  },
  emergency_resources: {
    source: 'res', order: 'id',
    columns: `id, kind, category, name, unit, personnel::INTEGER AS personnel, equipment, phone, lon, lat, ${CODES}`,
  },
  villages: {
    source: 'vil', order: 'id',
    columns: `id, name, population::INTEGER AS population, lon, lat, ${CODES}`,
  },
};

/** GeoParquet 1.0 metadata of the sites table. */
export const GEO = JSON.stringify({
  version: '1.0.0',
  primary_column: 'geometry',
  columns: { geometry: { encoding: 'WKB', geometry_types: ['Point', 'LineString'] } },
});

/**
 * Writes the partitions with two connections of single-threaded queries (many small files write faster so).
 * Every id starts with the province's two digits and the source tables are stored in id order, so a
 * partition's rows are contiguous and the province filter skips the other row groups.
 */
export async function writeTables(conns: [DuckDBConnection, DuckDBConnection], outDir: string, manifest: ManifestBuilder,
  provinces: string[], log: (s: string) => void): Promise<void> {
  const [main] = conns;
  const jobs = Object.entries(TABLES).flatMap(([name, spec]) => provinces.map((p) => ({ name, spec, p })));
  const rows: Record<string, number> = {};
  await main.run('SET threads = 1');
  try {
    await Promise.all(conns.map(async (conn) => {
      for (let job = jobs.shift(); job; job = jobs.shift()) {
        const { name, spec, p } = job;
        const dir = join(outDir, name, `province_code=${p}`);
        await mkdir(dir, { recursive: true });
        const file = join(dir, 'data.parquet');
        const select = `SELECT ${spec.columns} FROM ${spec.source} WHERE province_code = ${sqlString(p)} ORDER BY ${spec.order}`;
        const n = await writeParquet(conn, select, file, spec.geo ? { kvMetadata: { geo: GEO } } : {});
        manifest.add(name, file, n);
        rows[name] = (rows[name] ?? 0) + n;
      }
    }));
  } finally {
    await main.run('RESET threads');
  }
  for (const name of Object.keys(TABLES)) log(`  ${name}: ${rows[name] ?? 0} rows`);
}
