// Geometry finishing before WKB: snap to a binary grid (exact, compresses well), drop repeated
// vertices, orient rings counterclockwise (outer) / clockwise (holes) as RFC 7946 and GeoParquet say.
import { signedArea } from './clip.ts';
import type { Geometry, MultiPolygonCoords, PolygonCoords, Ring } from './types.ts';
import { polygonsOf } from './types.ts';

/** 2^-16 degree, about 1.7 m: far below the simplification of every level. */
const GRID = 65536;

function finishRing(ring: Ring, outer: boolean): Ring | null {
  const out: Ring = [];
  for (const [x, y] of ring) {
    const p: [number, number] = [Math.round(x * GRID) / GRID, Math.round(y * GRID) / GRID];
    const last = out[out.length - 1];
    if (!last || last[0] !== p[0] || last[1] !== p[1]) out.push(p);
  }
  if (out.length < 4) return null;
  const ccw = signedArea(out) > 0;
  return ccw === outer ? out : out.reverse();
}

export function finishGeometry(g: Geometry): Geometry | null {
  const polygons: MultiPolygonCoords = [];
  for (const poly of polygonsOf(g)) {
    const outer = finishRing(poly[0] ?? [], true);
    if (!outer) continue;
    const holes = poly.slice(1).map((r) => finishRing(r, false)).filter((r): r is Ring => r !== null);
    polygons.push([outer, ...holes] as PolygonCoords);
  }
  if (!polygons.length) return null;
  return polygons.length === 1 ? { type: 'Polygon', coordinates: polygons[0]! } : { type: 'MultiPolygon', coordinates: polygons };
}
