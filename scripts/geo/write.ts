// Parquet output: divisions, and boundaries per level (county and town partitioned by province),
// geometry as WKB with GeoParquet 1.0 metadata.
import { mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { DuckDBConnection } from '@duckdb/node-api';
import { openDuck, sqlString, writeParquet } from '../lib/duck.ts';
import type { BoundaryRow, Geography } from './compute.ts';
import { finishGeometry } from './rings.ts';
import { bboxOf } from './geom.ts';
import type { Level } from './types.ts';
import { encodeWkb } from './wkb.ts';

export interface WrittenFile { table: string; file: string; rows: number }

const round = (x: number, digits: number): number => Math.round(x * 10 ** digits) / 10 ** digits;

/** PROJJSON of OGC:CRS84 (WGS-84, longitude first), as GeoParquet 1.0 expects for `crs`. */
const CRS84 = {
  $schema: 'https://proj.org/schemas/v0.7/projjson.schema.json',
  type: 'GeographicCRS',
  name: 'WGS 84 (CRS84)',
  datum: {
    type: 'GeodeticReferenceFrame', name: 'World Geodetic System 1984',
    ellipsoid: { name: 'WGS 84', semi_major_axis: 6378137, inverse_flattening: 298.257223563 },
  },
  coordinate_system: {
    subtype: 'ellipsoidal',
    axis: [
      { name: 'Geodetic longitude', abbreviation: 'Lon', direction: 'east', unit: 'degree' },
      { name: 'Geodetic latitude', abbreviation: 'Lat', direction: 'north', unit: 'degree' },
    ],
  },
  id: { authority: 'OGC', code: 'CRS84' },
};

const DIVISION_COLUMNS = `code VARCHAR, name VARCHAR, level VARCHAR, parent_code VARCHAR, province_code VARCHAR,
  city_code VARCHAR, county_code VARCHAR, town_code VARCHAR, label_lon DOUBLE, label_lat DOUBLE, area_km2 DOUBLE,
  functional_zone BOOLEAN, has_boundary BOOLEAN, boundary_approximate BOOLEAN`;

const BOUNDARY_COLUMNS = `code VARCHAR, level VARCHAR, name VARCHAR, approximate BOOLEAN, xmin DOUBLE, ymin DOUBLE,
  xmax DOUBLE, ymax DOUBLE, geometry BLOB, province_code VARCHAR, geometry_type VARCHAR`;

async function appendDivisions(conn: DuckDBConnection, geo: Geography): Promise<void> {
  await conn.run(`CREATE TABLE divisions (${DIVISION_COLUMNS})`);
  const app = await conn.createAppender('divisions');
  const text = (v: string | null): void => (v === null ? app.appendNull() : app.appendVarchar(v));
  for (const d of geo.divisions) {
    text(d.code); text(d.name); text(d.level); text(d.parentCode); text(d.provinceCode);
    text(d.cityCode); text(d.countyCode); text(d.townCode);
    app.appendDouble(round(d.label[0], 6));
    app.appendDouble(round(d.label[1], 6));
    if (d.areaKm2 === null) app.appendNull(); else app.appendDouble(round(d.areaKm2, 3));
    app.appendBoolean(d.functionalZone);
    app.appendBoolean(d.hasBoundary);
    app.appendBoolean(d.boundaryApproximate);
    app.endRow();
  }
  app.closeSync();
}

/** Load boundary rows into a table `boundaries` (finished geometry, WKB, bbox). */
export async function appendBoundaries(conn: DuckDBConnection, rows: BoundaryRow[]): Promise<void> {
  await conn.run(`CREATE OR REPLACE TABLE boundaries (${BOUNDARY_COLUMNS})`);
  const app = await conn.createAppender('boundaries');
  for (const b of rows) {
    const g = finishGeometry(b.geometry);
    if (!g) continue;
    const [x0, y0, x1, y1] = bboxOf(g);
    app.appendVarchar(b.code); app.appendVarchar(b.level); app.appendVarchar(b.name); app.appendBoolean(b.approximate);
    app.appendDouble(x0); app.appendDouble(y0); app.appendDouble(x1); app.appendDouble(y1);
    app.appendBlob(encodeWkb(g));
    app.appendVarchar(b.provinceCode); app.appendVarchar(g.type);
    app.endRow();
  }
  app.closeSync();
}

async function geoMetadata(conn: DuckDBConnection, where: string): Promise<string> {
  const reader = await conn.runAndReadAll(`SELECT min(xmin), min(ymin), max(xmax), max(ymax),
    list(DISTINCT geometry_type ORDER BY geometry_type) FROM boundaries WHERE ${where}`);
  const [x0, y0, x1, y1, types] = reader.getRowsJS()[0] as [number, number, number, number, string[]];
  return JSON.stringify({
    version: '1.0.0',
    primary_column: 'geometry',
    columns: {
      geometry: {
        encoding: 'WKB', geometry_types: types, crs: CRS84, orientation: 'counterclockwise', edges: 'planar',
        bbox: [x0, y0, x1, y1],
      },
    },
  });
}

export const DIVISIONS_FILE = 'divisions/data.parquet';

/** Where one level's boundaries live: one file, or one per province for county and town. */
export function boundaryFile(level: Level, provinceCode: string | null): string {
  return level === 'province' || level === 'city'
    ? `boundaries/level=${level}/data.parquet`
    : `boundaries/level=${level}/province_code=${provinceCode}/data.parquet`;
}

/** Write the rows of table `boundaries` for one level (and province) to its file under `dir`. */
export async function writeBoundaryFile(conn: DuckDBConnection, dir: string, level: Level,
  provinceCode: string | null): Promise<WrittenFile> {
  const rel = boundaryFile(level, provinceCode);
  const where = `level = ${sqlString(level)}${provinceCode ? ` AND province_code = ${sqlString(provinceCode)}` : ''}`;
  const file = join(dir, rel);
  await mkdir(dirname(file), { recursive: true });
  const select = `SELECT code, level, name, approximate, xmin, ymin, xmax, ymax, geometry FROM boundaries
    WHERE ${where} ORDER BY code`;
  const rows = await writeParquet(conn, select, file, { kvMetadata: { geo: await geoMetadata(conn, where) } });
  return { table: 'boundaries', file: rel, rows };
}

export async function writeGeography(geo: Geography, dir: string): Promise<WrittenFile[]> {
  const conn = await openDuck();
  await appendDivisions(conn, geo);
  const file = join(dir, DIVISIONS_FILE);
  await mkdir(dirname(file), { recursive: true });
  const rows = await writeParquet(conn, `SELECT * FROM divisions ORDER BY code,
    list_position(['province', 'city', 'county', 'town'], level)`, file);
  const written: WrittenFile[] = [{ table: 'divisions', file: DIVISIONS_FILE, rows }];
  await appendBoundaries(conn, geo.boundaries);
  written.push(await writeBoundaryFile(conn, dir, 'province', null));
  written.push(await writeBoundaryFile(conn, dir, 'city', null));
  for (const p of geo.divisionSet.provinces) {
    for (const level of ['county', 'town'] as const) written.push(await writeBoundaryFile(conn, dir, level, p.code));
  }
  conn.closeSync();
  return written;
}
