// Puts every enterprise and site on the map: JS samples points (and road lines) per town inside the
// town's area and the county outline, then DuckDB reads them back from a CSV file.
import { appendFile, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DuckDBConnection } from '@duckdb/node-api';
import { all, sqlString } from '../lib/duck.ts';
import { prng } from '../geo/prng.ts';
import { lineKm, samplePoints, sampleLine, type Pt } from './sample.ts';
import { lineWkbHex, pointWkbHex, type Shape } from './shapes.ts';

export interface PlacementShapes {
  county: Map<string, Shape>;
  town: Map<string, Shape>;
}

export interface PlaceRow { place_key: string; county_code: string; town_code: string | null; n: number }
interface SiteRow { id: string; place_key: string; county_code: string; town_code: string | null; type: string; target_km: number | null }

/** `n` points inside the town's area and the county outline (the county alone when the town fails). */
export function pointsFor(shapes: PlacementShapes, county: string, town: string | null, n: number, seed: string): Pt[] {
  const c = shapes.county.get(county);
  if (!c) throw new Error(`no outline for county ${county}`);
  const t = town ? shapes.town.get(town) ?? null : null;
  let pts = samplePoints(t, c, n, prng(seed));
  if (pts.length < n) pts = samplePoints(null, c, n, prng(`${seed}:county`));
  if (pts.length < n) throw new Error(`could not place ${n} points in ${town ?? county}`);
  return pts;
}

/**
 * Enterprise points, written to `<dir>/ent.csv` in (place_key, index) order. Pure JS: callers may run a
 * DuckDB query meanwhile (the places must be read first).
 */
export async function writeEnterprisePoints(places: PlaceRow[], shapes: PlacementShapes, seed: number,
  dir: string): Promise<string> {
  const file = join(dir, 'ent.csv');
  await writeFile(file, 'place_key,idx,lon,lat\n');
  let lines: string[] = [];
  for (const p of places) {
    const pts = pointsFor(shapes, p.county_code, p.town_code, p.n, `${seed}:ent:${p.place_key}`);
    pts.forEach(([x, y], i) => lines.push(`${p.place_key},${i},${x},${y}\n`));
    if (lines.length > 200_000) {
      await appendFile(file, lines.join(''));
      lines = [];
    }
  }
  await appendFile(file, lines.join(''));
  return file;
}

export async function readPlaces(conn: DuckDBConnection): Promise<PlaceRow[]> {
  return (await all(conn, `SELECT place_key, county_code, town_code, n_ent::INT AS n FROM place
    WHERE n_ent > 0 ORDER BY place_key`)) as unknown as PlaceRow[];
}

export async function loadEnterprisePoints(conn: DuckDBConnection, file: string): Promise<void> {
  await conn.run(`CREATE OR REPLACE TABLE ent_pt AS SELECT * FROM read_csv(${sqlString(file)}, header = true,
    columns = {'place_key': 'VARCHAR', 'idx': 'INTEGER', 'lon': 'DOUBLE', 'lat': 'DOUBLE'})`);
}

/** Site points, and road lines that stay inside their county, as table `site_geo`. */
export async function placeSites(conn: DuckDBConnection, shapes: PlacementShapes, seed: number, dir: string): Promise<void> {
  const sites = (await all(conn, `SELECT id, place_key, county_code, town_code, type, target_km FROM site_attr
    ORDER BY id`)) as unknown as SiteRow[];
  const rows: string[] = [];
  for (const s of sites) {
    const [pt] = pointsFor(shapes, s.county_code, s.town_code, 1, `${seed}:site:${s.id}`);
    const [x, y] = pt!;
    if (s.target_km == null) {
      rows.push(`${s.id},${x},${y},${pointWkbHex(x, y)},`);
      continue;
    }
    const line = sampleLine([x, y], shapes.county.get(s.county_code)!, s.target_km, prng(`${seed}:line:${s.id}`));
    rows.push(`${s.id},${x},${y},${lineWkbHex(line)},${lineKm(line)}`);
  }
  const file = join(dir, 'site.csv');
  await writeFile(file, `id,lon,lat,wkb,length_km\n${rows.join('\n')}\n`);
  await conn.run(`CREATE OR REPLACE TABLE site_geo AS SELECT id, lon, lat, unhex(wkb) AS geometry, length_km
    FROM read_csv(${sqlString(file)}, header = true,
    columns = {'id': 'VARCHAR', 'lon': 'DOUBLE', 'lat': 'DOUBLE', 'wkb': 'VARCHAR', 'length_km': 'DOUBLE'})`);
}

export async function withTempDir<T>(f: (dir: string) => Promise<T>): Promise<T> {
  const dir = await mkdtemp(join(tmpdir(), 'hazard-gen-'));
  try {
    return await f(dir);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
