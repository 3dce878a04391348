// Pure factory: areas + metric classes → the GeoJSON the map draws, and the extent to zoom to.
import type { Feature, FeatureCollection } from 'geojson';
import { bbox } from '@turf/turf';
import type { Area } from '../queries/areas';
import type { Classes } from './classes';
import type { Bounds } from '../components/MapView';

export interface AreaLayers {
  areas: FeatureCollection;
  labels: FeatureCollection;
  bounds: Bounds | null;
}

export function buildAreaLayers(rows: Area[], classes: Classes): AreaLayers {
  const polys: Feature[] = [];
  const labels: Feature[] = [];
  for (const a of rows) {
    const color = classes.colorOf(a.value);
    const props = { code: a.code, name: a.name, color, approximate: a.approximate, outline: a.geometry !== null };
    if (a.geometry) polys.push({ type: 'Feature', geometry: a.geometry, properties: props });
    if (a.labelLon !== null && a.labelLat !== null) {
      labels.push({ type: 'Feature', geometry: { type: 'Point', coordinates: [a.labelLon, a.labelLat] }, properties: props });
    }
  }
  const areas: FeatureCollection = { type: 'FeatureCollection', features: polys };
  const labelFc: FeatureCollection = { type: 'FeatureCollection', features: labels };
  const source = polys.length ? areas : labelFc;
  let bounds: Bounds | null = null;
  if (source.features.length) {
    const [w, s, e, n] = bbox(source) as Bounds;
    const pad = e - w < 0.02 ? 0.05 : 0;
    bounds = [w - pad, s - pad, e + pad, n + pad];
  }
  return { areas, labels: labelFc, bounds };
}
