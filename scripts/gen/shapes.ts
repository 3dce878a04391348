// Polygons prepared for fast point-in-polygon and segment tests (even-odd over all rings, so
// multipolygons with holes work), plus WKB encoding of the points and lines the generator makes.
import { decodeWkb } from '../geo/wkb.ts';

export interface Shape {
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
  /** Each ring as a flat [x0, y0, x1, y1, ...] array, closed (last vertex equals the first). */
  rings: Float64Array[];
  /** For big shapes: a G x G grid over the bbox, cell = 0 outside, 1 inside, 2 crossed by an edge. */
  grid?: Uint8Array;
  /** Bbox of each polygon with its cumulative share of the outer-ring area (for sampling archipelagos). */
  parts: { minX: number; minY: number; maxX: number; maxY: number; cum: number }[];
}

const G = 32;

export function shapeFromWkb(bytes: Uint8Array): Shape {
  const g = decodeWkb(bytes);
  const polygons = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
  const rings: Float64Array[] = [];
  const parts: Shape['parts'] = [];
  let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
  let total = 0;
  for (const poly of polygons as [number, number][][][]) {
    const outer = poly[0] ?? [];
    const xs = outer.map((p) => p[0]), ys = outer.map((p) => p[1]);
    let area = 0;
    for (let i = 1; i < outer.length; i++) area += outer[i - 1]![0] * outer[i]![1] - outer[i]![0] * outer[i - 1]![1];
    total += Math.abs(area) / 2;
    parts.push({ minX: Math.min(...xs), minY: Math.min(...ys), maxX: Math.max(...xs), maxY: Math.max(...ys), cum: total });
    for (const ring of poly) {
      const flat = new Float64Array(ring.length * 2);
      ring.forEach(([x, y], i) => {
        flat[2 * i] = x;
        flat[2 * i + 1] = y;
        if (x < minX) minX = x;
        if (x > maxX) maxX = x;
        if (y < minY) minY = y;
        if (y > maxY) maxY = y;
      });
      rings.push(flat);
    }
  }
  for (const part of parts) part.cum = total > 0 ? part.cum / total : 1;
  const shape: Shape = { minX, minY, maxX, maxY, rings, parts };
  if (rings.reduce((n, r) => n + r.length / 2, 0) > 64 && maxX > minX && maxY > minY) shape.grid = buildGrid(shape);
  return shape;
}

function buildGrid(s: Shape): Uint8Array {
  const cells = new Uint8Array(G * G);
  const cw = (s.maxX - s.minX) / G, ch = (s.maxY - s.minY) / G;
  const col = (x: number) => Math.min(G - 1, Math.max(0, Math.floor((x - s.minX) / cw)));
  const row = (y: number) => Math.min(G - 1, Math.max(0, Math.floor((y - s.minY) / ch)));
  for (const r of s.rings) {
    for (let i = 0; i + 3 < r.length; i += 2) {
      const c0 = col(Math.min(r[i]!, r[i + 2]!)), c1 = col(Math.max(r[i]!, r[i + 2]!));
      const r0 = row(Math.min(r[i + 1]!, r[i + 3]!)), r1 = row(Math.max(r[i + 1]!, r[i + 3]!));
      for (let y = r0; y <= r1; y++) for (let x = c0; x <= c1; x++) cells[y * G + x] = 2;
    }
  }
  for (let y = 0; y < G; y++) {
    const yc = s.minY + (y + 0.5) * ch;
    const xs: number[] = [];
    for (const r of s.rings) {
      const n = r.length / 2;
      for (let i = 0, j = n - 1; i < n; j = i++) {
        const xi = r[2 * i]!, yi = r[2 * i + 1]!, xj = r[2 * j]!, yj = r[2 * j + 1]!;
        if (yi > yc !== yj > yc) xs.push(((xj - xi) * (yc - yi)) / (yj - yi) + xi);
      }
    }
    xs.sort((a, b) => a - b);
    for (let x = 0, k = 0; x < G; x++) {
      const xc = s.minX + (x + 0.5) * cw;
      while (k < xs.length && xs[k]! < xc) k++;
      if (cells[y * G + x] !== 2) cells[y * G + x] = k % 2;
    }
  }
  return cells;
}

export function contains(s: Shape, x: number, y: number): boolean {
  if (x < s.minX || x > s.maxX || y < s.minY || y > s.maxY) return false;
  if (s.grid) {
    const gx = Math.min(G - 1, Math.floor(((x - s.minX) / (s.maxX - s.minX)) * G));
    const gy = Math.min(G - 1, Math.floor(((y - s.minY) / (s.maxY - s.minY)) * G));
    const cell = s.grid[gy * G + gx]!;
    if (cell !== 2) return cell === 1;
  }
  let inside = false;
  for (const r of s.rings) {
    const n = r.length / 2;
    for (let i = 0, j = n - 1; i < n; j = i++) {
      const xi = r[2 * i]!, yi = r[2 * i + 1]!, xj = r[2 * j]!, yj = r[2 * j + 1]!;
      if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
    }
  }
  return inside;
}

function cross(ax: number, ay: number, bx: number, by: number, cx: number, cy: number): number {
  return (bx - ax) * (cy - ay) - (by - ay) * (cx - ax);
}

/** True when segment a-b touches or crosses any edge of the shape. */
export function segmentHitsBoundary(s: Shape, ax: number, ay: number, bx: number, by: number): boolean {
  const lx = Math.min(ax, bx), hx = Math.max(ax, bx), ly = Math.min(ay, by), hy = Math.max(ay, by);
  for (const r of s.rings) {
    const n = r.length / 2;
    for (let i = 0; i < n - 1; i++) {
      const cx = r[2 * i]!, cy = r[2 * i + 1]!, dx = r[2 * i + 2]!, dy = r[2 * i + 3]!;
      if (Math.max(cx, dx) < lx || Math.min(cx, dx) > hx || Math.max(cy, dy) < ly || Math.min(cy, dy) > hy) continue;
      const d1 = cross(cx, cy, dx, dy, ax, ay), d2 = cross(cx, cy, dx, dy, bx, by);
      const d3 = cross(ax, ay, bx, by, cx, cy), d4 = cross(ax, ay, bx, by, dx, dy);
      if (((d1 >= 0 && d2 <= 0) || (d1 <= 0 && d2 >= 0)) && ((d3 >= 0 && d4 <= 0) || (d3 <= 0 && d4 >= 0))) return true;
    }
  }
  return false;
}

const hex = (bytes: Uint8Array) => Buffer.from(bytes).toString('hex');

export function pointWkbHex(x: number, y: number): string {
  const buf = new Uint8Array(21);
  const v = new DataView(buf.buffer);
  v.setUint8(0, 1);
  v.setUint32(1, 1, true);
  v.setFloat64(5, x, true);
  v.setFloat64(13, y, true);
  return hex(buf);
}

export function lineWkbHex(coords: readonly (readonly [number, number])[]): string {
  const buf = new Uint8Array(9 + coords.length * 16);
  const v = new DataView(buf.buffer);
  v.setUint8(0, 1);
  v.setUint32(1, 2, true);
  v.setUint32(5, coords.length, true);
  coords.forEach(([x, y], i) => {
    v.setFloat64(9 + 16 * i, x, true);
    v.setFloat64(17 + 16 * i, y, true);
  });
  return hex(buf);
}
