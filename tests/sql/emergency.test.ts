// Emergency analysis (应急分析) against brute force: the SQL candidates + turf answer must equal turf run
// over EVERY row of the table, for nearest resources and for the settlements downstream of tailings dams.
// First on a synthetic fixture built here (ties, rings, far-apart points), then on the small dataset.
import { prng } from '../../scripts/geo/prng';
import { join } from 'node:path';
import type { DuckDBConnection } from '@duckdb/node-api';
import { bearing, destination, distance } from '@turf/turf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { all, openDuck } from '../../scripts/lib/duck';
import { readManifest } from '../../scripts/lib/manifest';
import { DOWNSTREAM_COUNT_KM, DOWNSTREAM_HALF_ANGLE, HEAD_DAM_KM } from '../../src/domain/lists';
import { isHeadDam } from '../../src/geo/emergency';
import { decodeWkb } from '../../src/geo/wkb';
import {
  CANDIDATE_SLACK_KM, downstreamSettlements, nearestResources, resourceCandidatesQuery, settlementCandidatesQuery,
  type ResourceKind,
} from '../../src/queries/emergency';
import { ensureTestData } from '../testData';
import { nativeRunner, openDataset, runSpec } from './fixture';

interface Pt { lon: number; lat: number }
interface Resource extends Pt { id: string; kind: string }
interface Settlement extends Pt { kind: string; id: string }
interface DamRow extends Pt { id: string; bearing: number; above_village?: boolean; villages_downstream?: number }

const K = 5;
const KINDS: ResourceKind[] = ['team', 'depot'];
const MAX_KMS = [1, 3, 10];


const km = (a: Pt, b: Pt): number => distance([a.lon, a.lat], [b.lon, b.lat], { units: 'kilometers' });
const cmpId = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Brute force: turf distance from the origin to every row, sorted by (km, id), top k. */
function bruteNearest(origin: Pt, rows: readonly Resource[], k: number): { id: string; km: number }[] {
  return rows.map((r) => ({ id: r.id, km: km(origin, r) })).sort((a, b) => a.km - b.km || cmpId(a.id, b.id)).slice(0, k);
}

/**
 * Brute force: turf distance from the dam to EVERY settlement (once, for the largest radius), then for each radius
 * the settlements within it whose bearing is within the half angle of the dam's (either side), by (km, id).
 */
function bruteDownstream(dam: DamRow, all: readonly Settlement[], radii: readonly number[]): Map<number, { key: string; km: number }[]> {
  const maxKm = Math.max(...radii);
  const near: { key: string; id: string; km: number }[] = [];
  for (const s of all) {
    const d = km(dam, s);
    if (d > maxKm) continue;
    const diff = Math.abs(bearing([dam.lon, dam.lat], [s.lon, s.lat]) - dam.bearing) % 360;
    if (d > 0 && Math.min(diff, 360 - diff) > DOWNSTREAM_HALF_ANGLE) continue;
    near.push({ key: `${s.kind}:${s.id}`, id: s.id, km: d });
  }
  near.sort((a, b) => a.km - b.km || cmpId(a.id, b.id));
  return new Map(radii.map((r) => [r, near.filter((n) => n.km <= r).map(({ key, km }) => ({ key, km }))]));
}

async function checkNearest(conn: DuckDBConnection, origins: readonly Pt[]): Promise<number> {
  const run = nativeRunner(conn);
  const rows = (await all(conn, 'SELECT id, kind, lon, lat FROM emergency_resources')) as unknown as Resource[];
  let compared = 0;
  let maxGap = 0;
  for (const kind of KINDS) {
    const ofKind = rows.filter((r) => r.kind === kind);
    for (const o of origins) {
      const got = await nearestResources(run, o, kind, K);
      const want = bruteNearest(o, ofKind, K);
      expect(got.map((g) => g.id), `${kind} near ${o.lon},${o.lat}`).toEqual(want.map((w) => w.id));
      expect(got.map((g) => g.km)).toEqual(want.map((w) => w.km));
      // SQL and turf compute the same formula: far closer than the 1 m slack of the candidate cut.
      for (const g of got) maxGap = Math.max(maxGap, Math.abs(g.approx_km - g.km));
      compared++;
    }
  }
  expect(maxGap).toBeLessThan(CANDIDATE_SLACK_KM / 1000);
  return compared;
}

async function allSettlements(conn: DuckDBConnection): Promise<Settlement[]> {
  return (await all(conn, `SELECT 'village' AS kind, id::VARCHAR AS id, lon, lat FROM villages
    UNION ALL SELECT 'town', code, label_lon, label_lat FROM divisions WHERE level = 'town'`)) as unknown as Settlement[];
}

async function checkDownstream(conn: DuckDBConnection, dams: readonly DamRow[]): Promise<{ found: number; head: number }> {
  const run = nativeRunner(conn);
  const settlements = await allSettlements(conn);
  let found = 0;
  let head = 0;
  for (const dam of dams) {
    const brute = bruteDownstream(dam, settlements, MAX_KMS);
    for (const maxKm of MAX_KMS) {
      const got = await downstreamSettlements(run, dam, maxKm);
      const want = brute.get(maxKm)!;
      expect(got.map((g) => `${g.kind}:${g.id}`), `dam ${dam.id} within ${maxKm} km`).toEqual(want.map((w) => w.key));
      expect(got.map((g) => g.km)).toEqual(want.map((w) => w.km));
      found += got.length;
      if (maxKm === HEAD_DAM_KM && isHeadDam(got)) head++;
    }
  }
  return { found, head };
}

// ---------------------------------------------------------------------------------------------------
// Synthetic fixture: a few hundred points, deliberately with exact ties, equal-distance rings, points
// across the country and dams whose downstream bearing sits at the 0°/360° wrap.

const q = (s: string) => `'${s.replaceAll("'", "''")}'`;
const move = (p: Pt, kmAway: number, b: number): Pt => {
  const [lon, lat] = destination([p.lon, p.lat], kmAway, b, { units: 'kilometers' }).geometry.coordinates as [number, number];
  return { lon, lat };
};

const RING_CENTER: Pt = { lon: 110, lat: 35 };
const CLUSTER: Pt = { lon: 102.7, lat: 25.05 };

async function syntheticFixture(): Promise<{ conn: DuckDBConnection; origins: Pt[]; dams: DamRow[] }> {
  const rnd = prng('emergency-fixture');
  const conn = await openDuck();
  const counties = ['530102', '530302', '140105', '110101'];
  const resources: string[] = [];
  const addResource = (id: string, kind: string, p: Pt) => {
    const county = counties[resources.length % counties.length]!;
    resources.push(`(${q(id)}, ${q(kind)}, '综合', ${q(`资源${id}`)}, '应急管理局', ${Math.floor(rnd() * 80)}, '车辆', '138****0000',
      ${p.lon}, ${p.lat}, ${q(county.slice(0, 2) + '0000')}, ${q(county.slice(0, 4) + '00')}, ${q(county)}, NULL)`);
  };
  for (let i = 0; i < 500; i++) addResource(`R${String(i).padStart(4, '0')}`, i % 2 ? 'depot' : 'team', { lon: 73.5 + rnd() * 61.5, lat: 18 + rnd() * 35.5 });
  // Twelve resources of each kind at one point (exact ties decided by id) and two rings of equal distance.
  for (let i = 0; i < 12; i++) for (const kind of KINDS) addResource(`C${kind[0]}${String(11 - i).padStart(2, '0')}`, kind, CLUSTER);
  for (let i = 0; i < 16; i++) for (const kind of KINDS) addResource(`G${kind[0]}${String(i).padStart(2, '0')}`, kind, move(RING_CENTER, 5, i * 22.5));
  await conn.run(`CREATE TABLE emergency_resources (id VARCHAR, kind VARCHAR, category VARCHAR, name VARCHAR, unit VARCHAR,
    personnel INTEGER, equipment VARCHAR, phone VARCHAR, lon DOUBLE, lat DOUBLE, province_code VARCHAR, city_code VARCHAR,
    county_code VARCHAR, town_code VARCHAR)`);
  await conn.run(`INSERT INTO emergency_resources VALUES ${resources.join(',\n')}`);

  // Dams around two centres, villages and towns scattered within 12 km of them.
  const dams: DamRow[] = [];
  const bearings = [0, 350, 10, 355.5, 4.5, 180, 90, 270, 45, 315];
  for (let i = 0; i < 40; i++) {
    const base = i % 2 ? { lon: 103.8, lat: 25.5 } : { lon: 112.5, lat: 37.9 };
    const p = move(base, rnd() * 30, rnd() * 360);
    dams.push({ id: `D${i}`, ...p, bearing: i < bearings.length ? bearings[i]! : rnd() * 360 });
  }
  const villages: string[] = [];
  const towns: string[] = [];
  dams.forEach((d, i) => {
    for (let j = 0; j < 10; j++) {
      const p = move(d, rnd() * 12, rnd() * 360);
      villages.push(`(${q(`V${i}-${j}`)}, ${q(`村${i}-${j}`)}, ${Math.floor(rnd() * 3000)}, ${p.lon}, ${p.lat})`);
    }
    // Just inside and just outside each tested radius, straight downstream and at ±44°/±46°.
    for (const [j, r, b] of [[0, 0.99, 0], [1, 1.01, 0], [2, 2.99, 44], [3, 2.5, 46], [4, 9.99, -44], [5, 10.01, 1]] as const) {
      const p = move(d, r, d.bearing + b);
      towns.push(`(${q(`9${String(i).padStart(2, '0')}${j}`)}, ${q(`镇${i}-${j}`)}, 'town', ${p.lon}, ${p.lat})`);
    }
  });
  await conn.run('CREATE TABLE villages (id VARCHAR, name VARCHAR, population INTEGER, lon DOUBLE, lat DOUBLE)');
  await conn.run(`INSERT INTO villages VALUES ${villages.join(',\n')}`);
  await conn.run('CREATE TABLE divisions (code VARCHAR, name VARCHAR, level VARCHAR, label_lon DOUBLE, label_lat DOUBLE)');
  await conn.run(`INSERT INTO divisions VALUES ${towns.join(',\n')}`);
  await conn.run(`INSERT INTO divisions VALUES ${counties.map((c) => `(${q(c)}, ${q(`县${c}`)}, 'county', NULL, NULL)`).join(', ')}`);

  const origins: Pt[] = [CLUSTER, RING_CENTER, { lon: 73.5, lat: 39.4 }, { lon: 135.1, lat: 48.4 }, { lon: 124.3, lat: 53.5 }, { lon: 109.5, lat: 18.2 }];
  for (let i = 0; i < 200; i++) origins.push({ lon: 70 + rnd() * 70, lat: 15 + rnd() * 42 });
  return { conn, origins, dams };
}

describe('emergency analysis on a synthetic fixture', () => {
  let fx: Awaited<ReturnType<typeof syntheticFixture>>;
  beforeAll(async () => {
    fx = await syntheticFixture();
  });
  afterAll(() => fx?.conn.closeSync());

  it('nearest 5 teams and 5 depots equal brute force at 206 origins (ties by id, rings, country edges)', async () => {
    expect(await checkNearest(fx.conn, fx.origins)).toBe(2 * fx.origins.length);
    const cluster = await nearestResources(nativeRunner(fx.conn), CLUSTER, 'team', K);
    expect(cluster.map((c) => c.id)).toEqual(['Ct00', 'Ct01', 'Ct02', 'Ct03', 'Ct04']);
    expect(cluster[0]).toMatchObject({ km: 0, county_name: expect.stringMatching(/^县/), personnel: expect.any(Number) });
  });

  it('returns k plus ties, never the whole table', async () => {
    const cluster = await runSpec(fx.conn, resourceCandidatesQuery(CLUSTER, 'team', K));
    expect(cluster).toHaveLength(12); // all twelve tied at 0 km
    const ring = await runSpec(fx.conn, resourceCandidatesQuery(RING_CENTER, 'depot', 3));
    expect(ring.length).toBeGreaterThanOrEqual(3);
    expect(ring.length).toBeLessThanOrEqual(16);
    const [{ n }] = (await all(fx.conn, "SELECT count(*)::INT AS n FROM emergency_resources WHERE kind = 'depot'")) as [{ n: number }];
    expect((await runSpec(fx.conn, resourceCandidatesQuery(RING_CENTER, 'depot', 1000))).length).toBe(n);
  });

  it('downstream settlements equal brute force for every dam at 1, 3 and 10 km, across the 0°/360° wrap', async () => {
    const { found, head } = await checkDownstream(fx.conn, fx.dams);
    expect(found).toBeGreaterThan(fx.dams.length * 3); // the planted towns alone give 5 per dam
    expect(head).toBe(fx.dams.length); // the town planted 0.99 km straight downstream
  });

  it('the settlement box keeps the candidates local', async () => {
    const d = fx.dams[0]!;
    const rows = await runSpec(fx.conn, settlementCandidatesQuery(d, 1));
    expect(rows.every((r) => km(d, r as unknown as Pt) < 1.5)).toBe(true);
    expect(rows.some((r) => r.kind === 'town' && r.population === null)).toBe(true);
  });
});

// ---------------------------------------------------------------------------------------------------
// The small dataset (Yunnan + Shanxi records and resources, national divisions).

describe('emergency analysis on the small dataset', () => {
  let conn: DuckDBConnection;
  let origins: Pt[] = [];
  let dams: DamRow[] = [];

  beforeAll(async () => {
    const dir = await ensureTestData('small');
    const manifest = await readManifest(dir);
    const missing = ['emergency_resources', 'villages'].filter((t) => !manifest.tables[t]);
    if (missing.length) throw new Error(`${dir}/manifest.json lacks ${missing.join(', ')}`);
    conn = await openDataset(dir);
    // In-memory tables, as the browser holds them (the views would re-read Parquet on every query).
    for (const t of ['emergency_resources', 'villages', 'divisions']) {
      await conn.run(`CREATE TABLE "${t}_mem" AS SELECT * FROM "${t}"; DROP VIEW "${t}"; ALTER TABLE "${t}_mem" RENAME TO "${t}"`);
    }
    // Origins: 150 risks spread over the id order, three vertices of every province outline (points on the
    // borders between provinces, on the coast and on the national border), and extreme points of China.
    const risks = await all(conn, `SELECT lon, lat FROM (SELECT lon, lat, row_number() OVER (ORDER BY id) AS i,
      count(*) OVER () AS n FROM risks WHERE lon IS NOT NULL) WHERE i % (n // 150) = 0 ORDER BY i LIMIT 150`);
    origins = risks.map((r) => ({ lon: Number(r.lon), lat: Number(r.lat) }));
    const outlines = await all(conn, `SELECT geometry FROM read_parquet('${join(dir, 'boundaries/level=province/data.parquet')}') ORDER BY code`);
    for (const b of outlines) {
      const g = decodeWkb(b.geometry as Uint8Array);
      const ring = g.type === 'MultiPolygon' ? g.coordinates.flatMap((p) => p[0] ?? []) : g.type === 'Polygon' ? (g.coordinates[0] ?? []) : [];
      for (let i = 0; i < 3 && ring.length; i++) {
        const [lon, lat] = ring[Math.floor((i * ring.length) / 3)]!;
        origins.push({ lon: lon!, lat: lat! });
      }
    }
    origins.push(
      { lon: 73.5, lat: 39.4 }, { lon: 135.08, lat: 48.4 }, { lon: 124.3, lat: 53.55 }, { lon: 109.5, lat: 18.2 },
      { lon: 112.3, lat: 16.8 }, { lon: 97.5, lat: 28.3 }, { lon: 80, lat: 35.5 }, { lon: 87.5, lat: 49.2 },
      { lon: 121.5, lat: 31.2 }, { lon: 130, lat: 42.5 },
    );
    dams = (await all(conn, `SELECT id, lon, lat, downstream_bearing AS bearing, above_village, villages_downstream
      FROM sites WHERE type = 'tailings_dam' ORDER BY id`)) as unknown as DamRow[];
  });
  afterAll(() => conn?.closeSync());

  it('nearest 5 teams and 5 depots equal brute force from 200+ origins', async () => {
    expect(origins.length).toBeGreaterThanOrEqual(200);
    expect(await checkNearest(conn, origins)).toBe(2 * origins.length);
  });

  it('downstream settlements equal brute force for every tailings dam at 1, 3 and 10 km', async () => {
    expect(dams.length).toBeGreaterThan(100);
    const { found, head } = await checkDownstream(conn, dams);
    expect(found).toBeGreaterThan(0);
    expect(head).toBeGreaterThan(0);
  });

  it('头顶库 (isHeadDam at 1 km) equals sites.above_village and the 5 km count equals villages_downstream, for every dam', async () => {
    const run = nativeRunner(conn);
    const head: string[] = [];
    const count: string[] = [];
    for (const dam of dams) {
      const within = await downstreamSettlements(run, dam, DOWNSTREAM_COUNT_KM);
      if (isHeadDam(within) !== dam.above_village) head.push(dam.id);
      if (within.length !== dam.villages_downstream) count.push(`${dam.id}: ${within.length} ≠ ${dam.villages_downstream}`);
    }
    expect(head).toEqual([]);
    expect(count).toEqual([]);
    expect(dams.filter((d) => d.above_village).length).toBeGreaterThan(0);
    expect(dams.filter((d) => !d.above_village).length).toBeGreaterThan(0);
  });
});
