// Acceptance of the geography step (issue 3), read back with native DuckDB. The build comes from
// .cache/geo when its inputs are unchanged, so this is fast after the first run (~1 min cold).
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { booleanPointInPolygon } from '@turf/turf';
import type { DuckDBConnection } from '@duckdb/node-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { all, openDuck, type Row } from '../../scripts/lib/duck.ts';
import { ManifestBuilder, readManifest } from '../../scripts/lib/manifest.ts';
import { buildGeography } from '../../scripts/geo/build.ts';
import { asFeature } from '../../scripts/geo/geom.ts';
import { polygonsOf, type Geometry } from '../../scripts/geo/types.ts';
import { decodeWkb } from '../../scripts/geo/wkb.ts';

let dir = '';
let conn: DuckDBConnection;

const file = (rel: string): string => `'${join(dir, rel)}'`;
const divisions = (): string => `read_parquet(${file('divisions/data.parquet')})`;
const boundaries = (level: string, province = '*'): string =>
  level === 'province' || level === 'city'
    ? `read_parquet(${file(`boundaries/level=${level}/data.parquet`)})`
    : `read_parquet(${file(`boundaries/level=${level}/province_code=${province}/data.parquet`)}, hive_partitioning = false)`;

async function outline(level: string, code: string, province = '*'): Promise<Geometry> {
  const rows = await all(conn, `SELECT geometry FROM ${boundaries(level, province)} WHERE code = '${code}'`);
  expect(rows, `${level} ${code}`).toHaveLength(1);
  return decodeWkb(rows[0]!.geometry as Uint8Array);
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'geo-test-'));
  const manifest = new ManifestBuilder(dir);
  await buildGeography({ outDir: dir, manifest, log: () => undefined });
  await manifest.write({ generated_at: '2000-01-01T00:00:00.000Z', source: 'geography' });
  conn = await openDuck();
}, 300_000);

afterAll(() => {
  conn?.closeSync();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('divisions', () => {
  it('has every level in the numbers of the statistical codes', async () => {
    const rows = await all(conn, `SELECT level, count(*)::INT AS n FROM ${divisions()} GROUP BY level`);
    const n = Object.fromEntries(rows.map((r) => [r.level, r.n]));
    expect(n.province).toBe(31);
    expect(n.city).toBeGreaterThanOrEqual(330);
    expect(n.county).toBeGreaterThanOrEqual(2800);
    expect(n.town).toBeGreaterThanOrEqual(38000);
  });

  it('holds the places of the source documents with their names and parents', async () => {
    const expected: [string, string, string | null][] = [
      ['530000', '云南省', null], ['530300', '曲靖市', '530000'], ['530302', '麒麟区', '530300'],
      ['532500', '红河哈尼族彝族自治州', '530000'], ['140000', '山西省', null], ['140200', '大同市', '140000'],
      ['141100', '吕梁市', '140000'], ['141128', '方山县', '141100'], ['141128105', '积翠镇', '141128'],
    ];
    const rows = await all(conn, `SELECT code, name, parent_code FROM ${divisions()}
      WHERE code IN (${expected.map((e) => `'${e[0]}'`).join(',')})`);
    const got = new Map(rows.map((r) => [r.code, [r.name, r.parent_code]]));
    for (const [code, name, parent] of expected) expect(got.get(code), code).toEqual([name, parent]);
    const town = await all(conn, `SELECT province_code, city_code, county_code, town_code FROM ${divisions()} WHERE code = '141128105'`);
    expect(town[0]).toEqual({ province_code: '140000', city_code: '141100', county_code: '141128', town_code: '141128105' });
  });

  it('keys rows by level and code, with full-length codes', async () => {
    const dup = await all(conn, `SELECT level, code FROM ${divisions()} GROUP BY ALL HAVING count(*) > 1`);
    expect(dup).toEqual([]);
    const bad = await all(conn, `SELECT code FROM ${divisions()} WHERE
      (level = 'town' AND NOT regexp_full_match(code, '\\d{9}')) OR (level <> 'town' AND NOT regexp_full_match(code, '\\d{6}'))`);
    expect(bad).toEqual([]);
  });

  it('flags functional zones, keeps them under their city, and places their label inside it', async () => {
    const zones = await all(conn, `SELECT code, city_code, label_lon, label_lat, has_boundary FROM ${divisions()}
      WHERE level = 'county' AND functional_zone`);
    expect(zones.length).toBeGreaterThan(100);
    const cities = new Map((await all(conn, `SELECT code, geometry FROM ${boundaries('city')}`))
      .map((r) => [r.code as string, decodeWkb(r.geometry as Uint8Array)]));
    for (const z of zones) {
      expect(Number(String(z.code).slice(4))).toBeGreaterThanOrEqual(71);
      expect(z.has_boundary).toBe(false);
      expect(booleanPointInPolygon([Number(z.label_lon), Number(z.label_lat)], asFeature(cities.get(String(z.city_code))!)), String(z.code)).toBe(true);
    }
  });
});

describe('boundaries', () => {
  it('covers every province and city, and at least 98% of the counties', async () => {
    for (const level of ['province', 'city']) {
      const missing = await all(conn, `SELECT code FROM ${divisions()} d WHERE level = '${level}'
        AND code NOT IN (SELECT code FROM ${boundaries(level)})`);
      expect(missing, level).toEqual([]);
    }
    const [c] = await all(conn, `SELECT count(*)::INT AS n, count(b.code)::INT AS with_outline FROM ${divisions()} d
      LEFT JOIN ${boundaries('county')} b USING (code) WHERE d.level = 'county' AND NOT d.functional_zone`);
    expect(Number(c!.with_outline) / Number(c!.n)).toBeGreaterThanOrEqual(0.98);
  });

  it('puts the test points of the issue in the right outlines', async () => {
    const inside = (g: Geometry, p: [number, number]): boolean => booleanPointInPolygon(p, asFeature(g));
    expect(inside(await outline('county', '530302', '530000'), [103.797, 25.501])).toBe(true);
    expect(inside(await outline('city', '140200'), [113.30, 40.08])).toBe(true);
    expect(inside(await outline('city', '530100'), [102.71, 25.04])).toBe(true);
    const hits = (await all(conn, `SELECT code, geometry FROM ${boundaries('county', '530000')}`))
      .filter((r) => inside(decodeWkb(r.geometry as Uint8Array), [103.797, 25.501])).map((r) => r.code);
    expect(hits).toEqual(['530302']);
  });

  it('lies within the extent of China and matches its bbox columns', async () => {
    for (const level of ['province', 'city', 'county', 'town']) {
      const rows: Row[] = await all(conn, `SELECT code, xmin, ymin, xmax, ymax, geometry FROM ${boundaries(level)}`);
      for (const r of rows) {
        let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
        for (const poly of polygonsOf(decodeWkb(r.geometry as Uint8Array))) {
          for (const [x, y] of poly.flat()) {
            x0 = Math.min(x0, x); y0 = Math.min(y0, y); x1 = Math.max(x1, x); y1 = Math.max(y1, y);
          }
        }
        expect([x0, y0, x1, y1], `${level} ${r.code}`).toEqual([r.xmin, r.ymin, r.xmax, r.ymax]);
        expect(x0 >= 73 && x1 <= 136 && y0 >= 3 && y1 <= 54, `${level} ${r.code}`).toBe(true);
      }
    }
  });

  it('labels every county with an outline inside it', async () => {
    const rows = await all(conn, `SELECT b.code, d.label_lon, d.label_lat, b.geometry FROM ${boundaries('county')} b
      JOIN ${divisions()} d ON d.code = b.code AND d.level = 'county'`);
    const outside = rows.filter((r) => !booleanPointInPolygon([Number(r.label_lon), Number(r.label_lat)],
      asFeature(decodeWkb(r.geometry as Uint8Array)))).map((r) => r.code);
    expect(outside).toEqual([]);
  });

  it('flags every town area as approximate', async () => {
    const [r] = await all(conn, `SELECT count(*)::INT AS n, count(*) FILTER (WHERE approximate)::INT AS a FROM ${boundaries('town')}`);
    expect(Number(r!.n)).toBeGreaterThan(38000);
    expect(r!.a).toBe(r!.n);
  });

  it('writes GeoParquet metadata and stays within the size targets', async () => {
    const [kv] = await all(conn, `SELECT decode(value) AS v FROM parquet_kv_metadata(${file('boundaries/level=province/data.parquet')}) WHERE decode(key) = 'geo'`);
    const geo = JSON.parse(String(kv!.v)) as { primary_column: string; columns: Record<string, { encoding: string; crs: { id: { code: string } } }> };
    expect(geo.columns[geo.primary_column]!.encoding).toBe('WKB');
    expect(geo.columns[geo.primary_column]!.crs.id.code).toBe('CRS84');
    expect(statSync(join(dir, 'boundaries/level=province/data.parquet')).size).toBeLessThan(300 * 1024);
    const manifest = await readManifest(dir);
    for (const f of manifest.tables.boundaries!.files.filter((f) => f.includes('level=county'))) {
      expect(statSync(join(dir, f)).size, f).toBeLessThan(500 * 1024);
    }
    expect(manifest.tables.divisions!.files).toEqual(['divisions/data.parquet']);
  });
});
