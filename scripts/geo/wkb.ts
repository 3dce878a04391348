// Little-endian WKB for Polygon and MultiPolygon (OGC simple features, 2D), both directions.
import { decodeWkb as decodeGeometry } from '../../src/geo/wkb.ts';
import type { Geometry, MultiPolygonCoords, PolygonCoords } from './types.ts';

const POLYGON = 3;
const MULTIPOLYGON = 6;

function polygonSize(p: PolygonCoords): number {
  return 9 + p.reduce((n, r) => n + 4 + r.length * 16, 0);
}

function writePolygon(view: DataView, at: number, p: PolygonCoords): number {
  view.setUint8(at, 1);
  view.setUint32(at + 1, POLYGON, true);
  view.setUint32(at + 5, p.length, true);
  let o = at + 9;
  for (const ring of p) {
    view.setUint32(o, ring.length, true);
    o += 4;
    for (const [x, y] of ring) {
      view.setFloat64(o, x, true);
      view.setFloat64(o + 8, y, true);
      o += 16;
    }
  }
  return o;
}

export function encodeWkb(g: Geometry): Uint8Array {
  if (g.type === 'Polygon') {
    const p = g.coordinates as PolygonCoords;
    const buf = new Uint8Array(polygonSize(p));
    writePolygon(new DataView(buf.buffer), 0, p);
    return buf;
  }
  const mp = g.coordinates as MultiPolygonCoords;
  const buf = new Uint8Array(9 + mp.reduce((n, p) => n + polygonSize(p), 0));
  const view = new DataView(buf.buffer);
  view.setUint8(0, 1);
  view.setUint32(1, MULTIPOLYGON, true);
  view.setUint32(5, mp.length, true);
  let o = 9;
  for (const p of mp) o = writePolygon(view, o, p);
  return buf;
}

/** Polygon or MultiPolygon from WKB, read by the app's decoder (src/geo/wkb.ts) so there is one reader. */
export function decodeWkb(bytes: Uint8Array): Geometry {
  const g = decodeGeometry(bytes);
  if (g.type !== 'Polygon' && g.type !== 'MultiPolygon') throw new Error(`unsupported WKB geometry type ${g.type}`);
  return g as unknown as Geometry;
}
