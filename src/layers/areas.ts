// Pure factories: the areas' outlines → the GeoJSON the map draws, the label points and the extent to
// zoom to; their values and classes → one colour per area (applied without reloading the outlines).
import type { Feature, FeatureCollection } from 'geojson';
import { bbox } from '@turf/turf';
import type { AreaShape, AreaValue } from '../queries/areas';
import type { Classes } from './classes';

export type Bounds = [number, number, number, number];

/** An area's name and where it is drawn (with the tests' and the benchmark's hook to click it). */
export interface AreaLabel {
  code: string;
  name: string;
  position: [number, number];
}

export interface AreaLayers {
  /** Polygons with properties {code, name, approximate}. */
  areas: FeatureCollection;
  /** Label points with properties {code, name, outline}; outline false means drawn as a dot. */
  points: FeatureCollection;
  labels: AreaLabel[];
  bounds: Bounds | null;
  /** Some outlines are schematic (示意), not legal boundaries. */
  approximate: boolean;
}

export function buildAreaLayers(shapes: AreaShape[]): AreaLayers {
  const polys: Feature[] = [];
  const points: Feature[] = [];
  const labels: AreaLabel[] = [];
  for (const a of shapes) {
    const props = { code: a.code, name: a.name, approximate: a.approximate, outline: a.geometry !== null };
    if (a.geometry) polys.push({ type: 'Feature', geometry: a.geometry, properties: props });
    if (a.labelLon !== null && a.labelLat !== null) {
      points.push({ type: 'Feature', geometry: { type: 'Point', coordinates: [a.labelLon, a.labelLat] }, properties: props });
      labels.push({ code: a.code, name: a.name, position: [a.labelLon, a.labelLat] });
    }
  }
  const areas: FeatureCollection = { type: 'FeatureCollection', features: polys };
  const pointFc: FeatureCollection = { type: 'FeatureCollection', features: points };
  const source = polys.length ? areas : pointFc;
  let bounds: Bounds | null = null;
  if (source.features.length) {
    const [w, s, e, n] = bbox(source) as Bounds;
    const pad = e - w < 0.02 ? 0.05 : 0;
    bounds = [w - pad, s - pad, e + pad, n + pad];
  }
  return { areas, points: pointFc, labels, bounds, approximate: shapes.some((a) => a.approximate) };
}

/** Each area's fill colour by code. */
export function areaColors(values: AreaValue[], classes: Classes): Record<string, string> {
  return Object.fromEntries(values.map((v) => [v.code, classes.colorOf(v.value)]));
}
