// Small geometry helpers shared by the steps: GeoJSON wrappers, bbox, Voronoi cells, clipping.
import { Delaunay } from 'd3-delaunay';
import { featureCollection, intersect, polygon as turfPolygon } from '@turf/turf';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { clipConvex } from './clip.ts';
import type { Geometry, Position } from './types.ts';
import { polygonsOf } from './types.ts';

export function asFeature(g: Geometry): Feature<Polygon | MultiPolygon> {
  return { type: 'Feature', properties: {}, geometry: g as Polygon | MultiPolygon };
}

export function fromFeature(f: Feature<Polygon | MultiPolygon> | null): Geometry | null {
  if (!f || !f.geometry) return null;
  return f.geometry as unknown as Geometry;
}

export function bboxOf(g: Geometry): [number, number, number, number] {
  let x0 = Infinity; let y0 = Infinity; let x1 = -Infinity; let y1 = -Infinity;
  for (const poly of polygonsOf(g)) {
    for (const [x, y] of poly[0] ?? []) {
      if (x < x0) x0 = x;
      if (x > x1) x1 = x;
      if (y < y0) y0 = y;
      if (y > y1) y1 = y;
    }
  }
  return [x0, y0, x1, y1];
}

/** Cells of a Voronoi diagram over `seeds`, bounded by `box`, as closed rings. */
export function voronoiCells(seeds: Position[], box: [number, number, number, number]): (Position[] | null)[] {
  const voronoi = Delaunay.from(seeds).voronoi(box);
  return seeds.map((_, i) => {
    const cell = voronoi.cellPolygon(i) as Position[] | null;
    return cell && cell.length >= 4 ? cell.map(([x, y]) => [x, y] as Position) : null;
  });
}

export function clip(g: Geometry, ring: Position[]): Geometry | null {
  return clipConvex(g, ring);
}

/** Reference implementation (polyclip-ts, exact but slow), for tests. */
export function clipExact(g: Geometry, ring: Position[]): Geometry | null {
  return fromFeature(intersect(featureCollection([asFeature(g), turfPolygon([ring])])));
}
