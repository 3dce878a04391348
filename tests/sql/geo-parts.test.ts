// The parts of the geography step that need no build: WKB, clipping, name rules, crosswalk.
import { describe, expect, it } from 'vitest';
import { clipConvex, signedArea } from '../../scripts/geo/clip.ts';
import { loadCrosswalk, parseCrosswalk } from '../../scripts/geo/crosswalk.ts';
import { isFunctionalZone, loadDivisions } from '../../scripts/geo/divisions.ts';
import { clipExact } from '../../scripts/geo/geom.ts';
import { areaKm2 } from '../../scripts/geo/labels.ts';
import { sameStem } from '../../scripts/geo/names.ts';
import { prng } from '../../scripts/geo/prng.ts';
import { finishGeometry } from '../../scripts/geo/rings.ts';
import type { Geometry, Position, Ring } from '../../scripts/geo/types.ts';
import { decodeWkb, encodeWkb } from '../../scripts/geo/wkb.ts';

const square = (x: number, y: number, s: number): Ring => [[x, y], [x + s, y], [x + s, y + s], [x, y + s], [x, y]];

describe('WKB', () => {
  it('round-trips polygons with holes and multipolygons', () => {
    const polygon: Geometry = { type: 'Polygon', coordinates: [square(100, 30, 1), square(100.2, 30.2, 0.1).reverse()] };
    const multi: Geometry = { type: 'MultiPolygon', coordinates: [[square(100, 30, 1)], [square(102, 31, 0.5)]] };
    for (const g of [polygon, multi]) expect(decodeWkb(encodeWkb(g))).toEqual(g);
    const bytes = encodeWkb(polygon);
    expect([bytes[0], bytes[1]]).toEqual([1, 3]);
  });

  it('finishes geometry counterclockwise on a 2^-16 degree grid', () => {
    const g = finishGeometry({ type: 'Polygon', coordinates: [[...square(100.123456789, 30, 1)].reverse()] })!;
    const ring = (g.coordinates as Ring[])[0]!;
    expect(signedArea(ring)).toBeGreaterThan(0);
    for (const [x, y] of ring) expect([x * 65536, y * 65536].every(Number.isInteger)).toBe(true);
  });
});

describe('clipConvex', () => {
  it('agrees with the exact clipper on concave polygons with holes', () => {
    const rand = prng('clip');
    for (let k = 0; k < 40; k++) {
      const star: Position[] = [];
      for (let i = 0; i < 24; i++) {
        const a = (2 * Math.PI * i) / 24;
        const r = 0.3 + 0.7 * rand();
        star.push([110 + r * Math.cos(a), 30 + r * Math.sin(a)]);
      }
      star.push(star[0]!);
      const hole = square(109.95 + 0.1 * rand(), 29.95 + 0.1 * rand(), 0.1).reverse();
      const g: Geometry = { type: 'Polygon', coordinates: [star, hole] };
      const x = 109.3 + rand();
      const y = 29.3 + rand();
      const cell: Ring = [[x, y], [x + 0.6, y + 0.1], [x + 0.5, y + 0.7], [x - 0.1, y + 0.5], [x, y]];
      const fast = clipConvex(g, cell);
      const exact = clipExact(g, cell);
      expect(fast ? areaKm2(fast) : 0).toBeCloseTo(exact ? areaKm2(exact) : 0, 3);
    }
  });
});

describe('reconciliation rules', () => {
  it('matches a stem under a new suffix and leaves renames to the crosswalk', () => {
    expect(sameStem('马龙县', '马龙区')).toBe(true);
    expect(sameStem('沙县', '沙县区')).toBe(true);
    expect(sameStem('潞城市', '潞城区')).toBe(true);
    expect(sameStem('盘县', '盘州市')).toBe(false);
    expect(sameStem('大同县', '云州区')).toBe(false);
  });

  it('keeps a crosswalk whose codes are divisions and whose rows are complete', () => {
    const rows = loadCrosswalk();
    const { counties } = loadDivisions();
    const names = new Map(counties.map((c) => [c.code, c.name]));
    for (const r of rows) {
      expect(names.get(r.code), r.code).toBe(r.name);
      expect(isFunctionalZone(r.code)).toBe(false);
      expect(r.source.length, r.code).toBeGreaterThan(0);
      if (r.kind === 'split') expect(r.seats.length, r.code).toBeGreaterThan(0);
      if (r.kind !== 'carved') expect(r.oldCodes.length, r.code).toBeGreaterThan(0);
    }
    expect(new Set(rows.map((r) => r.code)).size).toBe(rows.length);
    expect(() => parseCrosswalk('code,name\n1,2,3\n')).toThrow();
  });
});
