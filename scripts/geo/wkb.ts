// Little-endian WKB for Polygon and MultiPolygon (OGC simple features, 2D), both directions.
import type { Geometry, MultiPolygonCoords, PolygonCoords, Position, Ring } from './types.ts';

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

interface Cursor { view: DataView; at: number }

function readUint32(c: Cursor, le: boolean): number {
  const v = c.view.getUint32(c.at, le);
  c.at += 4;
  return v;
}

function readPolygonBody(c: Cursor, le: boolean): PolygonCoords {
  const rings: Ring[] = [];
  const nRings = readUint32(c, le);
  for (let r = 0; r < nRings; r++) {
    const n = readUint32(c, le);
    const ring: Position[] = [];
    for (let i = 0; i < n; i++) {
      ring.push([c.view.getFloat64(c.at, le), c.view.getFloat64(c.at + 8, le)]);
      c.at += 16;
    }
    rings.push(ring);
  }
  return rings;
}

function readHeader(c: Cursor): { le: boolean; type: number } {
  const le = c.view.getUint8(c.at) === 1;
  c.at += 1;
  return { le, type: readUint32(c, le) % 1000 };
}

export function decodeWkb(bytes: Uint8Array): Geometry {
  const c: Cursor = { view: new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength), at: 0 };
  const { le, type } = readHeader(c);
  if (type === POLYGON) return { type: 'Polygon', coordinates: readPolygonBody(c, le) };
  if (type !== MULTIPOLYGON) throw new Error(`unsupported WKB geometry type ${type}`);
  const n = readUint32(c, le);
  const polygons: MultiPolygonCoords = [];
  for (let i = 0; i < n; i++) {
    const h = readHeader(c);
    if (h.type !== POLYGON) throw new Error(`unexpected WKB member type ${h.type}`);
    polygons.push(readPolygonBody(c, h.le));
  }
  return { type: 'MultiPolygon', coordinates: polygons };
}
