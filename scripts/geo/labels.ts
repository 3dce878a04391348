// Label points: inside the drawn outline, deterministic where a point has to be invented.
import { area, booleanPointInPolygon, centroid } from '@turf/turf';
import { prng } from './prng.ts';
import { asFeature } from './geom.ts';
import type { Geometry, PolygonCoords, Position } from './types.ts';
import { polygonsOf } from './types.ts';

export function largestPart(g: Geometry): Geometry {
  let best: PolygonCoords | null = null;
  let bestArea = -1;
  for (const p of polygonsOf(g)) {
    const a = area(asFeature({ type: 'Polygon', coordinates: p }));
    if (a > bestArea) { best = p; bestArea = a; }
  }
  return { type: 'Polygon', coordinates: best ?? [] };
}

export function contains(g: Geometry, p: Position): boolean {
  return booleanPointInPolygon(p, asFeature(g));
}

/** The middle of the widest inside stretch of a few horizontal lines across the polygon. */
function scanlinePoint(part: Geometry): Position {
  const rings = polygonsOf(part).flat();
  const ys = rings.flat().map((p) => p[1]);
  const y0 = Math.min(...ys);
  const y1 = Math.max(...ys);
  let best: Position = rings[0]![0]!;
  let bestWidth = -1;
  for (const f of [0.5, 0.3, 0.7, 0.2, 0.8, 0.4, 0.6]) {
    const y = y0 + f * (y1 - y0);
    const xs: number[] = [];
    for (const ring of rings) {
      for (let i = 1; i < ring.length; i++) {
        const [ax, ay] = ring[i - 1]!;
        const [bx, by] = ring[i]!;
        if ((ay > y) !== (by > y)) xs.push(ax + ((y - ay) * (bx - ax)) / (by - ay));
      }
    }
    xs.sort((a, b) => a - b);
    for (let i = 0; i + 1 < xs.length; i += 2) {
      const w = xs[i + 1]! - xs[i]!;
      if (w > bestWidth) { bestWidth = w; best = [(xs[i]! + xs[i + 1]!) / 2, y]; }
    }
  }
  return best;
}

/** The centroid of the largest part if it lies inside, else a point well inside that part. */
export function labelPoint(g: Geometry): Position {
  const part = largestPart(g);
  const c = centroid(asFeature(part)).geometry.coordinates as Position;
  return contains(part, c) ? [c[0], c[1]] : scanlinePoint(part);
}

export function areaKm2(g: Geometry): number {
  return area(asFeature(g)) / 1e6;
}

/**
 * A point inside `g` near `around` (within `radius` degrees), drawn from a generator seeded by
 * `key`; falls back to `around` when no draw lands inside.
 */
export function jitterInside(g: Geometry, around: Position, radius: number, key: string): Position {
  const rand = prng(key);
  for (let i = 0; i < 64; i++) {
    const r = radius * Math.sqrt(rand());
    const t = 2 * Math.PI * rand();
    const p: Position = [around[0] + r * Math.cos(t), around[1] + r * Math.sin(t)];
    if (contains(g, p)) return p;
  }
  return around;
}
