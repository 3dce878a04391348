// Replace one level's boundaries in a built data folder with the user's own outlines.
//   npx tsx scripts/geo/import-boundaries.ts --level county --file my.geojson --key code --data public/data
//     [--crs wgs84|gcj02] [--simplify METRES] [--approximate] [--replace]
// GeoJSON (Polygon/MultiPolygon features) or GeoParquet (WKB) keyed by the 6/9-digit division code.
// By default the user's outlines override those codes and the rest stay; --replace drops the rest.
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import gcoord from 'gcoord';
import mapshaper from 'mapshaper';
import type { DuckDBConnection } from '@duckdb/node-api';
import { parseArgs, stringArg } from '../lib/args.ts';
import { all, openDuck, sqlString, writeParquet } from '../lib/duck.ts';
import type { Manifest } from '../lib/manifest.ts';
import type { BoundaryRow } from './compute.ts';
import { areaKm2, labelPoint } from './labels.ts';
import { INTERVALS } from './outlines.ts';
import type { Geometry, Level, Position } from './types.ts';
import { decodeWkb } from './wkb.ts';
import { appendBoundaries, DIVISIONS_FILE, writeBoundaryFile } from './write.ts';

interface UserOutline { code: string; geometry: Geometry }
interface DivisionInfo { name: string; provinceCode: string }

const LEVELS: Level[] = ['province', 'city', 'county', 'town'];

async function readUserFile(conn: DuckDBConnection, file: string, key: string): Promise<UserOutline[]> {
  if (/\.(geo)?json$/i.test(file)) {
    const fc = JSON.parse(readFileSync(file, 'utf8')) as { features: { properties: Record<string, unknown>; geometry: Geometry | null }[] };
    return fc.features
      .filter((f) => f.geometry && (f.geometry.type === 'Polygon' || f.geometry.type === 'MultiPolygon'))
      .map((f) => ({ code: String(f.properties[key] ?? ''), geometry: f.geometry! }));
  }
  const kv = await all(conn, `SELECT decode(value) AS v FROM parquet_kv_metadata(${sqlString(file)}) WHERE decode(key) = 'geo'`);
  const column = kv[0] ? (JSON.parse(String(kv[0].v)) as { primary_column: string }).primary_column : 'geometry';
  const rows = await all(conn, `SELECT CAST("${key}" AS VARCHAR) AS code, "${column}" AS g FROM read_parquet(${sqlString(file)})`);
  return rows.map((r) => {
    if (!(r.g instanceof Uint8Array)) throw new Error(`column ${column} must hold WKB (BLOB)`);
    return { code: String(r.code), geometry: decodeWkb(r.g) };
  });
}

function toWgs84(g: Geometry): Geometry {
  const out = gcoord.transform(structuredClone(g) as never, gcoord.GCJ02, gcoord.WGS84) as unknown;
  return out as Geometry;
}

async function simplify(outlines: UserOutline[], metres: number): Promise<UserOutline[]> {
  if (metres <= 0) return outlines;
  const features = outlines.map((o) => ({ type: 'Feature', properties: { code: o.code }, geometry: o.geometry }));
  const out = await mapshaper.applyCommands(`-i in.json -simplify interval=${metres}m keep-shapes -o out.json format=geojson -quiet`,
    { 'in.json': { type: 'FeatureCollection', features } });
  const raw = out['out.json']!;
  const text = typeof raw === 'string' ? raw : Buffer.from(raw).toString('utf8');
  return (JSON.parse(text) as { features: { properties: { code: string }; geometry: Geometry | null }[] }).features
    .filter((f) => f.geometry).map((f) => ({ code: f.properties.code, geometry: f.geometry! }));
}

async function existingRows(conn: DuckDBConnection, dir: string, files: string[], info: Map<string, DivisionInfo>,
  level: Level): Promise<BoundaryRow[]> {
  if (!files.length) return [];
  const list = files.map((f) => sqlString(join(dir, f))).join(', ');
  const rows = await all(conn, `SELECT code, name, approximate, geometry FROM read_parquet([${list}], hive_partitioning = false)`);
  return rows.map((r) => ({
    code: String(r.code), level, name: String(r.name), approximate: Boolean(r.approximate),
    provinceCode: info.get(String(r.code))?.provinceCode ?? `${String(r.code).slice(0, 2)}0000`,
    geometry: decodeWkb(r.geometry as Uint8Array),
  }));
}

/** Flags, label points and areas in divisions follow the new outlines (labels only for imported ones). */
async function updateDivisions(conn: DuckDBConnection, dir: string, level: Level, rows: BoundaryRow[],
  imported: Set<string>): Promise<void> {
  const file = join(dir, DIVISIONS_FILE);
  await conn.run(`CREATE TABLE d AS SELECT * FROM read_parquet(${sqlString(file)})`);
  await conn.run('CREATE TABLE u (code VARCHAR, lon DOUBLE, lat DOUBLE, area DOUBLE, approximate BOOLEAN)');
  const app = await conn.createAppender('u');
  for (const r of rows) {
    app.appendVarchar(r.code);
    if (imported.has(r.code)) {
      const [lon, lat] = labelPoint(r.geometry) as Position;
      app.appendDouble(Math.round(lon * 1e6) / 1e6); app.appendDouble(Math.round(lat * 1e6) / 1e6);
      app.appendDouble(Math.round(areaKm2(r.geometry) * 1000) / 1000);
    } else {
      app.appendNull(); app.appendNull(); app.appendNull();
    }
    app.appendBoolean(r.approximate);
    app.endRow();
  }
  app.closeSync();
  await conn.run(`UPDATE d SET has_boundary = false, boundary_approximate = false WHERE level = ${sqlString(level)}`);
  await conn.run(`UPDATE d SET label_lon = coalesce(u.lon, d.label_lon), label_lat = coalesce(u.lat, d.label_lat),
    area_km2 = coalesce(u.area, d.area_km2), has_boundary = true, boundary_approximate = u.approximate
    FROM u WHERE d.code = u.code AND d.level = ${sqlString(level)}`);
  await writeParquet(conn, `SELECT * FROM d ORDER BY code, list_position(['province', 'city', 'county', 'town'], level)`, file);
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const level = stringArg(args, 'level', '') as Level;
  if (!LEVELS.includes(level)) throw new Error(`--level must be one of ${LEVELS.join(', ')}`);
  const dir = resolve(stringArg(args, 'data', 'public/data'));
  const file = resolve(stringArg(args, 'file', ''));
  const conn = await openDuck();
  const divisions = await all(conn, `SELECT code, name, province_code FROM read_parquet(${sqlString(join(dir, DIVISIONS_FILE))})
    WHERE level = ${sqlString(level)}`);
  const info = new Map(divisions.map((d) => [String(d.code), { name: String(d.name), provinceCode: String(d.province_code) }]));

  let outlines = await readUserFile(conn, file, stringArg(args, 'key', 'code'));
  if (stringArg(args, 'crs', 'wgs84').toLowerCase() === 'gcj02') outlines = outlines.map((o) => ({ ...o, geometry: toWgs84(o.geometry) }));
  const unknown = outlines.filter((o) => !info.has(o.code));
  if (unknown.length) console.warn(`import: ${unknown.length} outlines have no ${level} code in divisions, skipped: ${unknown.slice(0, 10).map((o) => o.code).join(', ')}`);
  outlines = await simplify(outlines.filter((o) => info.has(o.code)), Number(stringArg(args, 'simplify', String(level === 'town' ? 0 : INTERVALS[level]))));

  const manifestPath = join(dir, 'manifest.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Manifest;
  const entry = manifest.tables.boundaries ?? { files: [], rows: 0 };
  const levelFiles = entry.files.filter((f) => f.startsWith(`boundaries/level=${level}/`));
  const imported = new Map(outlines.map((o) => [o.code, o]));
  const kept = args.replace === true ? [] : (await existingRows(conn, dir, levelFiles, info, level)).filter((r) => !imported.has(r.code));
  const rows: BoundaryRow[] = [...kept, ...[...imported.values()].map((o) => ({
    code: o.code, level, name: info.get(o.code)!.name, provinceCode: info.get(o.code)!.provinceCode,
    approximate: args.approximate === true, geometry: o.geometry,
  }))];
  await appendBoundaries(conn, rows);
  const provinces = level === 'province' || level === 'city' ? [null]
    : [...new Set([...levelFiles.map((f) => /province_code=(\d+)/.exec(f)?.[1] ?? ''), ...rows.map((r) => r.provinceCode)])].filter(Boolean).sort();
  const written = [];
  for (const p of provinces) written.push(await writeBoundaryFile(conn, dir, level, p));
  await updateDivisions(conn, dir, level, rows, new Set(imported.keys()));

  const files = [...entry.files.filter((f) => !levelFiles.includes(f)), ...written.map((w) => w.file)].sort();
  const counts = await all(conn, `SELECT count(*)::INT AS n FROM read_parquet([${files.map((f) => sqlString(join(dir, f))).join(', ')}], hive_partitioning = false)`);
  manifest.tables.boundaries = { files, rows: Number(counts[0]?.n ?? 0) };
  writeFileSync(manifestPath, JSON.stringify(manifest, null, 2) + '\n');
  conn.closeSync();
  console.log(`import: ${imported.size} ${level} outlines from ${file}; ${rows.length} ${level} boundaries in ${written.length} files`);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
