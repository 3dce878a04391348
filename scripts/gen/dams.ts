// Villages (村庄/社区 label points, generated around tailings dams) and the dams' downstream geometry.
// `above_village` (头顶库) and `villages_downstream` are not drawn at random: they are recomputed from the
// placed points with the rule of src/domain/lists.ts, so the data and the documented rule agree exactly.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { DuckDBConnection } from '@duckdb/node-api';
import { DOWNSTREAM_COUNT_KM, DOWNSTREAM_HALF_ANGLE, EARTH_RADIUS_KM, HEAD_DAM_KM } from '../../src/domain/lists.ts';
import { prng } from '../geo/prng.ts';
import { all, sqlString } from '../lib/duck.ts';
import { villageNameSql } from './names.ts';
import { pointsFor, type PlacementShapes } from './placement.ts';
import { listLit } from './sql.ts';
import type { Pt } from './sample.ts';
import { contains } from './shapes.ts';

/**
 * Share of dams that get one or two villages 0.3–0.9 km downstream (inside the sector, so 头顶库). Villages and
 * town label points that happen to lie within 1 km downstream add 4–8 points: 18–22 % of dams are 头顶库.
 */
export const NEAR_DAM_SHARE = 0.15;
/** Villages spread over each town that holds a dam or may hold settlements downstream of one. */
const VILLAGES_MIN = 6;
const VILLAGES_MAX = 12;
/** A repeated name in one town gets one of these in front (东和平社区, 新张家村). */
const DUP_PREFIX = ['新', '东', '西', '南', '北', '中', '上', '下', '前', '后', '大', '小', '老', '外'];

/**
 * Great-circle macros written as @turf/distance and @turf/bearing compute them (degrees to radians as
 * `(d % 360) * π / 180`, haversine with EARTH_RADIUS_KM, initial bearing in degrees, −180..180).
 */
export async function createGeoMacros(conn: DuckDBConnection): Promise<void> {
  const rad = (x: string) => `((((${x}) % 360) * pi()) / 180)`;
  await conn.run(`CREATE OR REPLACE MACRO gc_hav(lon1, lat1, lon2, lat2) AS
    pow(sin(${rad('lat2 - lat1')} / 2), 2) + pow(sin(${rad('lon2 - lon1')} / 2), 2) * cos(${rad('lat1')}) * cos(${rad('lat2')})`);
  await conn.run(`CREATE OR REPLACE MACRO gc_km(lon1, lat1, lon2, lat2) AS
    (2 * atan2(sqrt(gc_hav(lon1, lat1, lon2, lat2)), sqrt(1 - gc_hav(lon1, lat1, lon2, lat2)))) * ${EARTH_RADIUS_KM}`);
  await conn.run(`CREATE OR REPLACE MACRO gc_bearing(lon1, lat1, lon2, lat2) AS
    ((atan2(sin(${rad('lon2')} - ${rad('lon1')}) * cos(${rad('lat2')}),
      cos(${rad('lat1')}) * sin(${rad('lat2')}) - sin(${rad('lat1')}) * cos(${rad('lat2')}) * cos(${rad('lon2')} - ${rad('lon1')}))
      % (2 * pi())) * 180) / pi()`);
  // Signed offset of direction `b` from direction `a`, in [-180, 180).
  await conn.run(`CREATE OR REPLACE MACRO gc_offset(a, b) AS ((((b - a) % 360) + 540) % 360) - 180`);
}

/**
 * SELECT (id, villages_downstream, above_village) for every row of `dams` (id, lon, lat, bearing) against
 * `settlements` (lon, lat): settlements at most DOWNSTREAM_COUNT_KM away whose bearing from the dam is within
 * ±DOWNSTREAM_HALF_ANGLE of the downstream bearing; 头顶库 when one of them is less than HEAD_DAM_KM away.
 * Candidates come from a 0.1° grid (wider than 5 km up to 63° north), then the exact test.
 */
export function downstreamSql(dams: string, settlements: string): string {
  const inSector = `(j.km = 0 OR abs(gc_offset(j.bearing, gc_bearing(j.lon, j.lat, j.slon, j.slat))) <= ${DOWNSTREAM_HALF_ANGLE})`;
  return `WITH d AS (SELECT id, lon, lat, bearing FROM ${dams}),
    c AS (SELECT d.*, floor(d.lon * 10)::INT + ox AS cx, floor(d.lat * 10)::INT + oy AS cy
      FROM d, (VALUES (-1), (0), (1)) x(ox), (VALUES (-1), (0), (1)) y(oy)),
    s AS (SELECT lon AS slon, lat AS slat, floor(lon * 10)::INT AS cx, floor(lat * 10)::INT AS cy FROM ${settlements}
      WHERE lon IS NOT NULL AND lat IS NOT NULL),
    j AS (SELECT c.id, c.lon, c.lat, c.bearing, s.slon, s.slat, gc_km(c.lon, c.lat, s.slon, s.slat) AS km
      FROM c JOIN s USING (cx, cy)),
    k AS (SELECT j.id, j.km FROM j WHERE j.km <= ${DOWNSTREAM_COUNT_KM} AND ${inSector})
    SELECT d.id, count(k.id)::INT AS villages_downstream, coalesce(bool_or(k.km < ${HEAD_DAM_KM}), false) AS above_village
    FROM d LEFT JOIN k ON k.id = d.id GROUP BY d.id`;
}

interface DamRow { id: string; place_key: string; county_code: string; town_code: string | null; lon: number; lat: number; bearing: number; near: number }
interface TownRow { place_key: string; county_code: string; town_code: string | null }

const round6 = (v: number) => Math.round(v * 1e6) / 1e6;

/** The point `km` from `from` at initial bearing `deg` on the sphere (as @turf/destination). */
export function destination([lon, lat]: Pt, km: number, deg: number): Pt {
  const r = Math.PI / 180;
  const d = km / EARTH_RADIUS_KM;
  const b = deg * r;
  const p1 = lat * r;
  const p2 = Math.asin(Math.sin(p1) * Math.cos(d) + Math.cos(p1) * Math.sin(d) * Math.cos(b));
  const l2 = lon * r + Math.atan2(Math.sin(b) * Math.sin(d) * Math.cos(p1), Math.cos(d) - Math.sin(p1) * Math.sin(p2));
  return [round6(l2 / r), round6(p2 / r)];
}

/** Bounding box of a dam's downstream sector: DOWNSTREAM_COUNT_KM, ±DOWNSTREAM_HALF_ANGLE around its bearing. */
function sectorBox(d: DamRow): { x0: number; y0: number; x1: number; y1: number } {
  const b = Number(d.bearing);
  const dirs = [b - DOWNSTREAM_HALF_ANGLE, b, b + DOWNSTREAM_HALF_ANGLE];
  for (const c of [0, 90, 180, 270, 360]) if (Math.abs(angle(b, c)) <= DOWNSTREAM_HALF_ANGLE) dirs.push(c);
  const pts: Pt[] = [[d.lon, d.lat], ...dirs.map((a) => destination([d.lon, d.lat], DOWNSTREAM_COUNT_KM, a))];
  const xs = pts.map((p) => p[0]);
  const ys = pts.map((p) => p[1]);
  return { x0: Math.min(...xs), y0: Math.min(...ys), x1: Math.max(...xs), y1: Math.max(...ys) };
}

const angle = (from: number, to: number) => ((((to - from) % 360) + 540) % 360) - 180;

/**
 * Towns that get villages: the dams' own towns and the towns whose outline box meets the box of a dam's
 * downstream sector (neighbours that can hold settlements downstream).
 */
function townsNearDams(dams: DamRow[], towns: TownRow[], shapes: PlacementShapes): Set<string> {
  const out = new Set(dams.map((d) => d.place_key));
  const cell = 0.5;
  const grid = new Map<string, { key: string; x0: number; y0: number; x1: number; y1: number }[]>();
  for (const t of towns) {
    const s = t.town_code ? shapes.town.get(t.town_code) : undefined;
    if (!s) continue;
    const box = { key: t.place_key, x0: s.minX, y0: s.minY, x1: s.maxX, y1: s.maxY };
    for (let i = Math.floor(box.x0 / cell); i <= Math.floor(box.x1 / cell); i++) {
      for (let j = Math.floor(box.y0 / cell); j <= Math.floor(box.y1 / cell); j++) {
        const k = `${i}:${j}`;
        let list = grid.get(k);
        if (!list) grid.set(k, (list = []));
        list.push(box);
      }
    }
  }
  for (const d of dams) {
    const q = sectorBox(d);
    for (let i = Math.floor(q.x0 / cell); i <= Math.floor(q.x1 / cell); i++) {
      for (let j = Math.floor(q.y0 / cell); j <= Math.floor(q.y1 / cell); j++) {
        for (const b of grid.get(`${i}:${j}`) ?? []) {
          if (b.x0 <= q.x1 && b.x1 >= q.x0 && b.y0 <= q.y1 && b.y1 >= q.y0) out.add(b.key);
        }
      }
    }
  }
  return out;
}

/**
 * Village points, table `vil`: 6–12 per town near a dam (placement helpers: inside the town's area and the
 * county outline), plus 1–2 villages 0.3–0.9 km from NEAR_DAM_SHARE of the dams, within ±40° of the
 * downstream bearing (inside the dam's town and county). Needs `site_attr`, `site_geo` and `place`.
 */
export async function placeVillages(conn: DuckDBConnection, shapes: PlacementShapes, seed: number, dir: string): Promise<void> {
  const dams = (await all(conn, `SELECT s.id, s.place_key, s.county_code, s.town_code, g.lon, g.lat, s.downstream_bearing AS bearing,
      CASE WHEN u(s.id, 'near') < ${NEAR_DAM_SHARE} THEN 1 + (u(s.id, 'near2') < 0.4)::INT ELSE 0 END AS near
    FROM site_attr s JOIN site_geo g USING (id) WHERE s.type = 'tailings_dam' ORDER BY s.id`)) as unknown as DamRow[];
  const towns = (await all(conn, `SELECT place_key, county_code, town_code FROM place ORDER BY place_key`)) as unknown as TownRow[];
  const chosen = townsNearDams(dams, towns, shapes);
  const rows: string[] = [];
  for (const t of towns) {
    if (!chosen.has(t.place_key)) continue;
    const n = VILLAGES_MIN + Math.floor(prng(`${seed}:nvil:${t.place_key}`)() * (VILLAGES_MAX - VILLAGES_MIN + 1));
    const pts = pointsFor(shapes, t.county_code, t.town_code, n, `${seed}:vil:${t.place_key}`);
    pts.forEach(([x, y], i) => rows.push(`${t.place_key},0,,${i},${x},${y}`));
  }
  for (const d of dams) {
    if (!d.near) continue;
    const county = shapes.county.get(d.county_code)!;
    const town = d.town_code ? shapes.town.get(d.town_code) : undefined;
    const rnd = prng(`${seed}:near:${d.id}`);
    for (let i = 0; i < d.near; i++) {
      for (let t = 0; t < 40; t++) {
        const p = destination([d.lon, d.lat], 0.3 + 0.6 * rnd(), Number(d.bearing) + (2 * rnd() - 1) * 40);
        if (contains(county, p[0], p[1]) && (!town || contains(town, p[0], p[1]))) {
          rows.push(`${d.place_key},1,${d.id},${i},${p[0]},${p[1]}`);
          break;
        }
      }
    }
  }
  const file = join(dir, 'villages.csv');
  await writeFile(file, `place_key,grp,dam_id,idx,lon,lat\n${rows.join('\n')}\n`);
  const urban = `regexp_matches(p.town_name, '街道')`;
  await conn.run(`CREATE OR REPLACE TABLE vil AS
    WITH v AS (
      SELECT c.*, row_number() OVER (PARTITION BY c.place_key ORDER BY c.grp, c.dam_id, c.idx) AS seq
      FROM read_csv(${sqlString(file)}, header = true, columns = {'place_key': 'VARCHAR', 'grp': 'INTEGER',
        'dam_id': 'VARCHAR', 'idx': 'INTEGER', 'lon': 'DOUBLE', 'lat': 'DOUBLE'}) c),
    n AS (
      SELECT 'N' || v.place_key || lpad(v.seq::VARCHAR, 3, '0') AS id, v.lon, v.lat, v.dam_id, ${urban} AS urban,
        p.province_code, p.city_code, p.county_code, p.town_code, v.place_key
      FROM v JOIN place p USING (place_key)),
    named AS (
      SELECT n.*, ${villageNameSql('n.id', 'n.urban')} AS name0 FROM n),
    dedup AS (
      SELECT *, row_number() OVER (PARTITION BY place_key, name0 ORDER BY id) AS dup FROM named)
    SELECT id, CASE WHEN dup = 1 THEN name0 ELSE ${listLit(DUP_PREFIX)}[least(dup - 1, ${DUP_PREFIX.length})] || name0 END AS name,
      (CASE WHEN urban THEN 800 + round(4000 * lognorm(id, 'pop', 0.5)) ELSE 60 + round(700 * lognorm(id, 'pop', 0.6)) END)::INT
        AS population,
      lon, lat, dam_id AS near_dam, province_code, city_code, county_code, town_code
    FROM dedup ORDER BY id`);
}

/**
 * Recomputes the dams' `villages_downstream` and `above_village` from the village points and every town label
 * point of `div` (the app's settlements), and adds them to `site_attr` (before the site risk level reads them).
 */
export async function finishDams(conn: DuckDBConnection): Promise<void> {
  await createGeoMacros(conn);
  await conn.run(`CREATE OR REPLACE TABLE site_dam AS ${downstreamSql(
    `(SELECT s.id, g.lon, g.lat, s.downstream_bearing AS bearing FROM site_attr s JOIN site_geo g USING (id)
      WHERE s.type = 'tailings_dam')`,
    `(SELECT lon, lat FROM vil UNION ALL SELECT label_lon, label_lat FROM div WHERE level = 'town')`)}`);
  await conn.run(`CREATE OR REPLACE TABLE site_attr AS
    SELECT s.*, d.villages_downstream, d.above_village FROM site_attr s LEFT JOIN site_dam d USING (id) ORDER BY s.id`);
}
