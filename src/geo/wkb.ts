// WKB → GeoJSON geometry (2D Point, LineString, Polygon and their Multi* forms, either byte order).
import type { Geometry, Position } from 'geojson';

interface Cursor {
  view: DataView;
  at: number;
}

function u32(c: Cursor, le: boolean): number {
  const v = c.view.getUint32(c.at, le);
  c.at += 4;
  return v;
}

function points(c: Cursor, le: boolean, n: number): Position[] {
  const out: Position[] = new Array(n);
  for (let i = 0; i < n; i++) {
    out[i] = [c.view.getFloat64(c.at, le), c.view.getFloat64(c.at + 8, le)];
    c.at += 16;
  }
  return out;
}

function rings(c: Cursor, le: boolean): Position[][] {
  const n = u32(c, le);
  const out: Position[][] = [];
  for (let i = 0; i < n; i++) out.push(points(c, le, u32(c, le)));
  return out;
}

function read(c: Cursor): Geometry {
  const le = c.view.getUint8(c.at) === 1;
  c.at += 1;
  const type = u32(c, le) % 1000;
  switch (type) {
    case 1:
      return { type: 'Point', coordinates: points(c, le, 1)[0]! };
    case 2:
      return { type: 'LineString', coordinates: points(c, le, u32(c, le)) };
    case 3:
      return { type: 'Polygon', coordinates: rings(c, le) };
    case 4:
    case 5:
    case 6: {
      const n = u32(c, le);
      const parts = Array.from({ length: n }, () => read(c));
      if (type === 4) return { type: 'MultiPoint', coordinates: parts.map((p) => (p as GeoJSON.Point).coordinates) };
      if (type === 5) return { type: 'MultiLineString', coordinates: parts.map((p) => (p as GeoJSON.LineString).coordinates) };
      return { type: 'MultiPolygon', coordinates: parts.map((p) => (p as GeoJSON.Polygon).coordinates) };
    }
    default:
      throw new Error(`不支持的 WKB 几何类型 ${type}`);
  }
}

export function decodeWkb(bytes: Uint8Array): Geometry {
  return read({ view: new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength), at: 0 });
}
