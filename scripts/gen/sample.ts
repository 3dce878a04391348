// Rejection sampling of points inside a town's area and its county's outline, and of road lines that
// stay inside their county. Points cluster around a few centres per town, like real enterprises.
import { contains, segmentHitsBoundary, type Shape } from './shapes.ts';

export type Rnd = () => number;
export type Pt = [number, number];

const round6 = (v: number) => Math.round(v * 1e6) / 1e6;

function gauss(rnd: Rnd): number {
  return Math.sqrt(-2 * Math.log(Math.max(rnd(), 1e-12))) * Math.cos(2 * Math.PI * rnd());
}

/** Uniform in the region: a polygon part chosen by area, then rejection in that part's bbox. */
function uniformIn(region: Shape, county: Shape, rnd: Rnd, tries: number): Pt | null {
  for (let i = 0; i < tries; i++) {
    const r = rnd();
    const b = region.parts.find((p) => r <= p.cum) ?? region;
    const x = round6(b.minX + rnd() * (b.maxX - b.minX));
    const y = round6(b.minY + rnd() * (b.maxY - b.minY));
    if (contains(region, x, y) && (region === county || contains(county, x, y))) return [x, y];
  }
  return null;
}

/** Last resort for slivers: the first point of a fine lattice over each part that lies inside. */
function latticeIn(region: Shape, county: Shape): Pt | null {
  for (const b of region.parts) {
    for (let i = 1; i < 64; i++) {
      for (let j = 1; j < 64; j++) {
        const x = round6(b.minX + ((b.maxX - b.minX) * i) / 64);
        const y = round6(b.minY + ((b.maxY - b.minY) * j) / 64);
        if (contains(region, x, y) && (region === county || contains(county, x, y))) return [x, y];
      }
    }
  }
  return null;
}

/**
 * `n` points inside `town` (when it has an area) and inside `county`. Returns fewer only when the
 * shapes are degenerate; callers then fall back to the county.
 */
export function samplePoints(town: Shape | null, county: Shape, n: number, rnd: Rnd): Pt[] {
  const region = town ?? county;
  const out: Pt[] = [];
  if (n <= 0) return out;
  const centres: Pt[] = [];
  const nc = 1 + Math.floor(rnd() * 3);
  for (let i = 0; i < nc; i++) {
    const c = uniformIn(region, county, rnd, 400);
    if (c) centres.push(c);
  }
  if (!centres.length) {
    const c = latticeIn(region, county);
    if (!c) return out;
    centres.push(c);
  }
  const spread = 0.18 * Math.sqrt((region.maxX - region.minX) * (region.maxY - region.minY));
  for (let i = 0; i < n; i++) {
    let p: Pt | null = null;
    for (let t = 0; t < 60 && !p; t++) {
      if (rnd() < 0.65) {
        const c = centres[Math.floor(rnd() * centres.length)]!;
        const x = round6(c[0] + gauss(rnd) * spread);
        const y = round6(c[1] + gauss(rnd) * spread);
        if (contains(region, x, y) && (region === county || contains(county, x, y))) p = [x, y];
      } else {
        p = uniformIn(region, county, rnd, 1);
      }
    }
    out.push(p ?? centres[i % centres.length]!);
  }
  return out;
}

/**
 * A road line from `start` (inside `county`) of about `km` kilometres: a smooth random walk whose every
 * segment stays strictly inside the county outline.
 */
export function sampleLine(start: Pt, county: Shape, km: number, rnd: Rnd): Pt[] {
  const line: Pt[] = [start];
  const segments = 4 + Math.floor(rnd() * 6);
  const kx = 1 / (111.32 * Math.cos((start[1] * Math.PI) / 180));
  const ky = 1 / 110.57;
  let heading = rnd() * 2 * Math.PI;
  let step = km / segments;
  for (let s = 0; s < segments; s++) {
    const [x0, y0] = line[line.length - 1]!;
    let next: Pt | null = null;
    for (let t = 0; t < 12 && !next; t++) {
      const h = heading + (t === 0 ? gauss(rnd) * 0.35 : (rnd() - 0.5) * 2 * Math.PI);
      const x = round6(x0 + Math.cos(h) * step * kx);
      const y = round6(y0 + Math.sin(h) * step * ky);
      if (contains(county, x, y) && !segmentHitsBoundary(county, x0, y0, x, y)) {
        next = [x, y];
        heading = h;
      }
    }
    if (!next) {
      if (line.length > 1) break;
      step /= 4;
      continue;
    }
    line.push(next);
  }
  if (line.length < 2) {
    const [x0, y0] = start;
    for (let t = 0; t < 64; t++) {
      const h = rnd() * 2 * Math.PI;
      const x = round6(x0 + Math.cos(h) * 0.02 * kx);
      const y = round6(y0 + Math.sin(h) * 0.02 * ky);
      if ((x !== x0 || y !== y0) && contains(county, x, y) && !segmentHitsBoundary(county, x0, y0, x, y)) {
        line.push([x, y]);
        break;
      }
    }
  }
  return line;
}

export function lineKm(line: readonly Pt[]): number {
  let km = 0;
  for (let i = 1; i < line.length; i++) {
    const [x0, y0] = line[i - 1]!;
    const [x1, y1] = line[i]!;
    const dx = (x1 - x0) * 111.32 * Math.cos((((y0 + y1) / 2) * Math.PI) / 180);
    const dy = (y1 - y0) * 110.57;
    km += Math.sqrt(dx * dx + dy * dy);
  }
  return Math.round(km * 100) / 100;
}
