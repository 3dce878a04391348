// Pure: the heat grid's bins (graduated discs) rasterised into one image. Under software WebGL every
// deck.gl instance costs about 20 µs a frame (a province's 3,711 bins: 75 ms of every map frame); as one
// image they cost one textured quad however many there are. Rows are linear in Web Mercator, so the
// image lies on the map as a plain rectangle and discs stay round.

export type Rgba = [number, number, number, number];

export interface Disc<T> {
  item: T;
  lon: number;
  lat: number;
  /** Radius in degrees of latitude (a ground distance: 0.1 ≈ 11 km). */
  r: number;
  color: Rgba;
}

export interface DiscImage {
  width: number;
  height: number;
  /** RGBA, premultiplied by alpha (so linear filtering leaves no dark fringes). */
  data: Uint8ClampedArray<ArrayBuffer>;
  /** [west, south, east, north] in degrees. */
  bounds: [number, number, number, number];
}

const RAD = Math.PI / 180;
/** Web Mercator y in degree units (the same scale as longitude). */
export const mercY = (lat: number): number => Math.log(Math.tan(Math.PI / 4 + (lat * RAD) / 2)) / RAD;
const latOf = (y: number): number => (2 * Math.atan(Math.exp(y * RAD)) - Math.PI / 2) / RAD;
/** A disc's radius in Mercator degree units (ground distances grow by 1/cos(lat) in Mercator). */
const mercR = (d: Disc<unknown>): number => d.r / Math.cos(d.lat * RAD);

/**
 * Draws discs (anti-aliased, each over the ones before) at `pxPerDeg` pixels per degree of longitude,
 * scaled down when the image would exceed `maxSide` pixels. Null when there is nothing to draw.
 */
export function rasterizeDiscs<T>(discs: Disc<T>[], pxPerDeg: number, maxSide = 2048): DiscImage | null {
  if (!discs.length) return null;
  let x0 = Infinity, x1 = -Infinity, y0 = Infinity, y1 = -Infinity;
  for (const d of discs) {
    const r = mercR(d), y = mercY(d.lat);
    x0 = Math.min(x0, d.lon - r); x1 = Math.max(x1, d.lon + r);
    y0 = Math.min(y0, y - r); y1 = Math.max(y1, y + r);
  }
  const pad = 2 / pxPerDeg;
  x0 -= pad; x1 += pad; y0 -= pad; y1 += pad;
  const s = Math.min(pxPerDeg, maxSide / (x1 - x0), maxSide / (y1 - y0));
  const width = Math.max(1, Math.ceil((x1 - x0) * s));
  const height = Math.max(1, Math.ceil((y1 - y0) * s));
  // The image spans whole pixels: widen the east and south edges to match.
  x1 = x0 + width / s;
  y0 = y1 - height / s;
  const data = new Uint8ClampedArray(width * height * 4);
  for (const d of discs) {
    const cx = (d.lon - x0) * s, cy = (y1 - mercY(d.lat)) * s, pr = mercR(d) * s;
    const [r, g, b, a8] = d.color;
    const a0 = a8 / 255, inner = pr > 0.5 ? (pr - 0.5) ** 2 : -1, outer = (pr + 0.5) ** 2;
    const px0 = Math.max(0, Math.floor(cx - pr - 1)), px1 = Math.min(width - 1, Math.ceil(cx + pr + 1));
    for (let py = Math.max(0, Math.floor(cy - pr - 1)); py <= Math.min(height - 1, Math.ceil(cy + pr + 1)); py++) {
      const dy2 = (py + 0.5 - cy) ** 2;
      for (let px = px0, k = (py * width + px0) * 4; px <= px1; px++, k += 4) {
        const d2 = (px + 0.5 - cx) ** 2 + dy2;
        if (d2 >= outer) continue;
        // Coverage: 1 inside, falling to 0 over the pixel that the edge crosses.
        const a = d2 <= inner ? a0 : a0 * (pr + 0.5 - Math.sqrt(d2));
        const keep = 1 - a;
        data[k] = r * a + data[k]! * keep;
        data[k + 1] = g * a + data[k + 1]! * keep;
        data[k + 2] = b * a + data[k + 2]! * keep;
        data[k + 3] = 255 * a + data[k + 3]! * keep;
      }
    }
  }
  return { width, height, data, bounds: [x0, latOf(y0), x1, latOf(y1)] };
}

/** The topmost disc (the last drawn) under a point, for tooltips: the image itself is not picked. */
export function discAt<T>(discs: Disc<T>[], lon: number, lat: number): Disc<T> | null {
  const y = mercY(lat);
  for (let i = discs.length - 1; i >= 0; i--) {
    const d = discs[i]!;
    const r = mercR(d);
    if ((lon - d.lon) ** 2 + (y - mercY(d.lat)) ** 2 <= r * r) return d;
  }
  return null;
}
