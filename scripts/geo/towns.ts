// Schematic town areas: a Voronoi partition of the county around deterministic seed points.
// No public town outline exists; every area here is flagged approximate (示意).
import { areaKm2, contains, labelPoint } from './labels.ts';
import { prng } from './prng.ts';
import { bboxOf, clip, voronoiCells } from './geom.ts';
import type { Division, Geometry, Position } from './types.ts';

export interface TownArea {
  code: string;
  label: Position;
  geometry: Geometry | null;
  areaKm2: number | null;
}

const URBAN = /街道$/;

function drawInside(g: Geometry, draw: () => Position, tries: number): Position | null {
  for (let i = 0; i < tries; i++) {
    const p = draw();
    if (contains(g, p)) return p;
  }
  return null;
}

/**
 * Best-candidate sampling: each town, in code order, takes the candidate farthest from the seeds
 * placed so far. Subdistricts (街道) cluster around the county seat, townships spread out.
 */
export function townSeeds(g: Geometry, towns: Division[], seat: Position): Position[] {
  const [x0, y0, x1, y1] = bboxOf(g);
  const urbanShare = towns.filter((t) => URBAN.test(t.name)).length / Math.max(1, towns.length);
  const radius = 0.15 * Math.sqrt((x1 - x0) * (y1 - y0));
  const kx = Math.cos((seat[1] * Math.PI) / 180);
  const placed: Position[] = [];
  const fallback = labelPoint(g);
  towns.forEach((t, index) => {
    const rand = prng(t.code);
    const nearSeat = URBAN.test(t.name) && urbanShare < 0.6;
    const draw = (): Position => {
      if (!nearSeat) return [x0 + rand() * (x1 - x0), y0 + rand() * (y1 - y0)];
      const r = radius * Math.sqrt(rand());
      const a = 2 * Math.PI * rand();
      return [seat[0] + (r * Math.cos(a)) / kx, seat[1] + r * Math.sin(a)];
    };
    let best: Position | null = null;
    let bestDistance = -1;
    for (let k = 0; k < (nearSeat ? 4 : 10); k++) {
      const p = drawInside(g, draw, 40);
      if (!p) continue;
      let d = Infinity;
      for (const q of placed) d = Math.min(d, ((p[0] - q[0]) * kx) ** 2 + (p[1] - q[1]) ** 2);
      if (d > bestDistance) { best = p; bestDistance = d; }
    }
    placed.push(best ?? [fallback[0] + index * 1e-6, fallback[1]]);
  });
  return placed;
}

export function townAreas(g: Geometry, towns: Division[], seat: Position | null): TownArea[] {
  if (!towns.length) return [];
  const s = seat && contains(g, seat) ? seat : labelPoint(g);
  if (towns.length === 1) return [{ code: towns[0]!.code, label: labelPoint(g), geometry: g, areaKm2: areaKm2(g) }];
  const seeds = townSeeds(g, towns, s);
  const [x0, y0, x1, y1] = bboxOf(g);
  const cells = voronoiCells(seeds, [x0 - 1, y0 - 1, x1 + 1, y1 + 1]);
  return towns.map((t, i) => {
    const cell = cells[i];
    const geometry = cell ? clip(g, cell) : null;
    return { code: t.code, label: seeds[i]!, geometry, areaKm2: geometry ? areaKm2(geometry) : null };
  });
}
