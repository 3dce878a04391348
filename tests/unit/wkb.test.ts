import { describe, expect, it } from 'vitest';
import { decodeWkb } from '../../src/geo/wkb';

function wkb(parts: (number | [number, 'u32'] | [number, 'f64'])[]): Uint8Array {
  const size = parts.reduce<number>((n, p) => n + (typeof p === 'number' ? 1 : p[1] === 'u32' ? 4 : 8), 0);
  const view = new DataView(new ArrayBuffer(size));
  let at = 0;
  for (const p of parts) {
    if (typeof p === 'number') {
      view.setUint8(at++, p);
    } else if (p[1] === 'u32') {
      view.setUint32(at, p[0], true);
      at += 4;
    } else {
      view.setFloat64(at, p[0], true);
      at += 8;
    }
  }
  return new Uint8Array(view.buffer);
}

describe('WKB decoder', () => {
  it('reads a point and a line string', () => {
    expect(decodeWkb(wkb([1, [1, 'u32'], [103.797, 'f64'], [25.501, 'f64']]))).toEqual({ type: 'Point', coordinates: [103.797, 25.501] });
    const line = wkb([1, [2, 'u32'], [2, 'u32'], [1, 'f64'], [2, 'f64'], [3, 'f64'], [4, 'f64']]);
    expect(decodeWkb(line)).toEqual({ type: 'LineString', coordinates: [[1, 2], [3, 4]] });
  });

  it('reads a multipolygon of one square', () => {
    const ring: [number, 'f64'][] = [0, 0, 1, 0, 1, 1, 0, 0].map((v) => [v, 'f64']);
    const g = decodeWkb(wkb([1, [6, 'u32'], [1, 'u32'], 1, [3, 'u32'], [1, 'u32'], [4, 'u32'], ...ring]));
    expect(g).toEqual({ type: 'MultiPolygon', coordinates: [[[[0, 0], [1, 0], [1, 1], [0, 0]]]] });
  });

  it('names an unsupported type', () => {
    expect(() => decodeWkb(wkb([1, [7, 'u32'], [0, 'u32']]))).toThrow(/WKB/);
  });
});
