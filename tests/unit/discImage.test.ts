import { describe, expect, it } from 'vitest';
import { discAt, mercY, rasterizeDiscs, type Disc } from '../../src/layers/discImage';

const disc = (lon: number, lat: number, r: number, color: [number, number, number, number] = [255, 0, 0, 255]): Disc<string> =>
  ({ item: `${lon},${lat}`, lon, lat, r, color });

/** The pixel of the image at a longitude and latitude. */
function at(img: NonNullable<ReturnType<typeof rasterizeDiscs>>, lon: number, lat: number): number[] {
  const [w, s, e, n] = img.bounds;
  const px = Math.floor(((lon - w) / (e - w)) * img.width);
  const py = Math.floor(((mercY(n) - mercY(lat)) / (mercY(n) - mercY(s))) * img.height);
  return [...img.data.slice((py * img.width + px) * 4, (py * img.width + px) * 4 + 4)];
}

describe('bins as one image', () => {
  it('draws each disc where it lies and nothing elsewhere', () => {
    const img = rasterizeDiscs([disc(100, 25, 0.05), disc(101, 26, 0.05, [0, 0, 255, 255])], 100)!;
    expect(at(img, 100, 25)).toEqual([255, 0, 0, 255]);
    expect(at(img, 101, 26)).toEqual([0, 0, 255, 255]);
    expect(at(img, 100.5, 25.5)).toEqual([0, 0, 0, 0]);
    // Just outside a disc's radius (0.05° of latitude; about 0.055° of longitude at 25°N in Mercator).
    expect(at(img, 100, 25.07)[3]).toBe(0);
    expect(at(img, 100.07, 25)[3]).toBe(0);
    expect(at(img, 100.045, 25)[3]).toBe(255);
  });

  it('covers every disc with its bounds, in Mercator rows, and keeps within the size cap', () => {
    const discs = [disc(73.5, 18, 0.375), disc(135, 53.5, 0.375)];
    const img = rasterizeDiscs(discs, 16, 512)!;
    const [w, s, e, n] = img.bounds;
    expect(w).toBeLessThan(73.5 - 0.375);
    expect(e).toBeGreaterThan(135 + 0.375 / Math.cos((53.5 * Math.PI) / 180));
    expect(s).toBeLessThan(18 - 0.375);
    expect(n).toBeGreaterThan(53.5 + 0.375);
    expect(Math.max(img.width, img.height)).toBeLessThanOrEqual(512);
    expect(img.data.length).toBe(img.width * img.height * 4);
    // Pixels per degree are the same along both axes in Mercator units: the aspect follows.
    expect(img.width / img.height).toBeCloseTo((e - w) / (mercY(n) - mercY(s)), 1);
    expect(at(img, 135, 53.5)[3]).toBe(255);
  });

  it('premultiplies alpha and blends a later disc over an earlier one', () => {
    const img = rasterizeDiscs([disc(100, 25, 0.05, [200, 100, 0, 128]), disc(100, 25, 0.02, [0, 0, 200, 128])], 200)!;
    const a = 128 / 255;
    expect(at(img, 100.035, 25)).toEqual([Math.round(200 * a), Math.round(100 * a), 0, 128]);
    const over = at(img, 100, 25);
    expect(over[2]).toBe(Math.round(200 * a));
    expect(over[0]).toBe(Math.round(200 * a * (1 - a)));
    expect(over[3]).toBe(Math.round(255 * (a + a * (1 - a))));
  });

  it('finds the topmost disc under a point', () => {
    const discs = [disc(100, 25, 0.05), disc(100.03, 25, 0.05)];
    expect(discAt(discs, 100.02, 25)?.item).toBe('100.03,25');
    expect(discAt(discs, 99.97, 25)?.item).toBe('100,25');
    expect(discAt(discs, 100, 25.2)).toBeNull();
  });

  it('draws nothing for no discs', () => {
    expect(rasterizeDiscs([], 100)).toBeNull();
  });
});
