import { destination } from '@turf/turf';
import { describe, expect, it } from 'vitest';
import { DOWNSTREAM_HALF_ANGLE, EARTH_RADIUS_KM, HEAD_DAM_KM } from '../../src/domain/lists';
import { angleOffset, downstream, greatCircleKm, isHeadDam, nearest } from '../../src/geo/emergency';
import { boundingBox, resourceCandidatesQuery, settlementCandidatesQuery } from '../../src/queries/emergency';

const DEG_KM = (EARTH_RADIUS_KM * Math.PI) / 180; // one degree of a great circle: 111.195080233533 km

describe('great-circle distance', () => {
  it('is R·Δσ for hand-computed pairs', () => {
    expect(DEG_KM).toBeCloseTo(111.195080233533, 10);
    expect(greatCircleKm({ lon: 0, lat: 0 }, { lon: 1, lat: 0 })).toBeCloseTo(DEG_KM, 9);
    expect(greatCircleKm({ lon: 103, lat: 25 }, { lon: 103, lat: 26 })).toBeCloseTo(DEG_KM, 9); // along a meridian
    expect(greatCircleKm({ lon: 0, lat: 0 }, { lon: 0, lat: 90 })).toBeCloseTo(90 * DEG_KM, 7);
    // On the 60th parallel, 1° of longitude apart: 2R·asin(cos 60°·sin 0.5°), a little under half a degree of the equator.
    const expected = 2 * EARTH_RADIUS_KM * Math.asin(Math.cos(Math.PI / 3) * Math.sin(Math.PI / 360));
    expect(greatCircleKm({ lon: 10, lat: 60 }, { lon: 11, lat: 60 })).toBeCloseTo(expected, 9);
    expect(expected).toBeLessThan(DEG_KM / 2);
  });
});

describe('angleOffset', () => {
  it('wraps at 0°/360° into (-180, 180]', () => {
    expect(angleOffset(350, 10)).toBe(20);
    expect(angleOffset(10, 350)).toBe(-20);
    expect(angleOffset(10, -10)).toBe(-20); // turf bearings are in [-180, 180]
    expect(angleOffset(350, -10)).toBe(0);
    expect(angleOffset(0, 180)).toBe(180);
    expect(angleOffset(180, 0)).toBe(180);
    expect(angleOffset(90, 270)).toBe(180);
    expect(angleOffset(0, 359)).toBe(-1);
    expect(angleOffset(720, 45)).toBe(45);
  });
});

describe('nearest', () => {
  const origin = { lon: 100, lat: 30 };
  const at = (id: string, dLon: number, dLat: number) => ({ id, lon: 100 + dLon, lat: 30 + dLat });

  it('sorts by exact distance and takes the top k with km', () => {
    const c = [at('far', 0, 0.3), at('near', 0, 0.1), at('mid', 0, 0.2), at('east', 0.15, 0)];
    const r = nearest(origin, c, 3);
    expect(r.map((x) => x.id)).toEqual(['near', 'east', 'mid']);
    expect(r[0]!.km).toBeCloseTo(0.1 * DEG_KM, 9);
    expect(r[0]).toMatchObject({ id: 'near', lon: 100, lat: 30.1 });
  });

  it('breaks ties by id, whatever the input order', () => {
    const c = [at('c', 0, 0.1), at('a', 0, 0.1), at('b', 0, 0.1), at('z', 0, 0.05)];
    expect(nearest(origin, c, 3).map((x) => x.id)).toEqual(['z', 'a', 'b']);
    expect(nearest(origin, [...c].reverse(), 3).map((x) => x.id)).toEqual(['z', 'a', 'b']);
    // Points north and south of the equator at the same distance tie exactly.
    const eq = [{ id: 'S', lon: 0, lat: -1 }, { id: 'N', lon: 0, lat: 1 }];
    expect(nearest({ lon: 0, lat: 0 }, eq, 1).map((x) => x.id)).toEqual(['N']);
  });

  it('keeps input order on ties when there is no id', () => {
    const c = [{ lon: 100, lat: 30.1, tag: 1 }, { lon: 100, lat: 30.1, tag: 2 }];
    expect(nearest(origin, c, 2).map((x) => x.tag)).toEqual([1, 2]);
  });

  it('returns every candidate when k exceeds them, and nothing for k ≤ 0', () => {
    const c = [at('b', 0, 0.2), at('a', 0, 0.1)];
    expect(nearest(origin, c, 10).map((x) => x.id)).toEqual(['a', 'b']);
    expect(nearest(origin, c, 0)).toEqual([]);
    expect(nearest(origin, c, -1)).toEqual([]);
    expect(nearest(origin, c, 1.9).map((x) => x.id)).toEqual(['a']);
    expect(nearest(origin, [], 5)).toEqual([]);
  });
});

describe('downstream and 头顶库', () => {
  const dam = (bearing: number) => ({ lon: 100, lat: 30, bearing });
  // Settlements 0.5 km from the dam in the given initial bearing (turf destination is the inverse of bearing).
  const towards = (id: string, b: number, km = 0.5) => {
    const [lon, lat] = destination([100, 30], km, b, { units: 'kilometers' }).geometry.coordinates as [number, number];
    return { id, lon, lat };
  };

  it('uses constants of the 头顶库 rule', () => {
    expect(HEAD_DAM_KM).toBe(1);
    expect(DOWNSTREAM_HALF_ANGLE).toBe(45);
  });

  it('handles the wrap-around at 350°/10°', () => {
    const s = [towards('n', 0), towards('b10', 10), towards('b340', 340), towards('b300', 300), towards('b40', 40), towards('b60', 60)];
    const r350 = downstream(dam(350), s, 1);
    expect(r350.map((x) => x.id).sort()).toEqual(['b10', 'b340', 'n']); // b300 is 50° off, b40 50°, b60 70°
    expect(r350.find((x) => x.id === 'b10')!.offset).toBeCloseTo(20, 6);
    expect(r350.find((x) => x.id === 'b340')!.offset).toBeCloseTo(-10, 6);
    const r10 = downstream(dam(10), s, 1);
    expect(r10.map((x) => x.id).sort()).toEqual(['b10', 'b40', 'b340', 'n'].sort());
    expect(r10.find((x) => x.id === 'b340')!.offset).toBeCloseTo(-30, 6);
    expect(r10.find((x) => x.id === 'n')!.offset).toBeCloseTo(-10, 6);
  });

  it('a narrower half angle and a shorter radius exclude', () => {
    const s = [towards('b10', 10, 0.5), towards('b30', 30, 0.5), towards('far', 0, 2)];
    expect(downstream(dam(0), s, 1, 20).map((x) => x.id)).toEqual(['b10']);
    expect(downstream(dam(0), s, 3).map((x) => x.id)).toEqual(['b10', 'b30', 'far']);
    expect(downstream(dam(0), s, 3)[2]!.km).toBeCloseTo(2, 6);
  });

  it('sorts by distance, ties by id', () => {
    const s = [towards('z', 0, 0.8), towards('b', 5, 0.3), towards('a', 5, 0.3)];
    expect(downstream(dam(0), s, 1).map((x) => x.id)).toEqual(['a', 'b', 'z']);
  });

  it('calls a dam 头顶库 only with a downstream settlement closer than 1 km', () => {
    const upstream = [towards('up', 180, 0.2)];
    expect(isHeadDam(downstream(dam(0), upstream, 5))).toBe(false);
    expect(isHeadDam(downstream(dam(0), [towards('d', 0, 0.9)], 5))).toBe(true);
    expect(isHeadDam(downstream(dam(0), [towards('d', 0, 1.5)], 5))).toBe(false);
    expect(isHeadDam([{ km: 1 }])).toBe(false);
    expect(isHeadDam([{ km: 0.999 }])).toBe(true);
    expect(isHeadDam([{ km: 1.5 }], 2)).toBe(true);
    expect(isHeadDam([])).toBe(false);
  });
});

describe('candidate box', () => {
  it('contains the whole circle at every latitude and hugs it', () => {
    for (const lat of [-60, 0, 18.2, 30, 45, 53.5, 70, 85]) {
      for (const km of [0.5, 1, 3, 10, 100]) {
        const box = boundingBox({ lon: 100, lat }, km);
        let widest = 0;
        for (let b = 0; b < 360; b += 0.5) {
          const [lon, la] = destination([100, lat], km, b, { units: 'kilometers' }).geometry.coordinates as [number, number];
          expect(lon >= box.minLon && lon <= box.maxLon && la >= box.minLat && la <= box.maxLat, `${lat} ${km} ${b}`).toBe(true);
          widest = Math.max(widest, Math.abs(lon - 100));
        }
        expect(box.maxLon - 100).toBeLessThan(widest * 1.01 + 1e-6);
      }
    }
  });

  it('drops the longitude bound when the circle reaches a pole', () => {
    expect(boundingBox({ lon: 0, lat: 89.99 }, 10).lonBounded).toBe(false);
    expect(boundingBox({ lon: 179.99, lat: 0 }, 10).lonBounded).toBe(false);
  });

  it('names the tables the queries read and refuses non-numbers', () => {
    expect(resourceCandidatesQuery({ lon: 100, lat: 30 }, 'team', 5).tables).toContain('emergency_resources');
    expect(settlementCandidatesQuery({ lon: 100, lat: 30 }, 1).tables).toEqual(['villages', 'divisions']);
    expect(() => resourceCandidatesQuery({ lon: Number.NaN, lat: 30 }, 'team', 5)).toThrow(RangeError);
  });
});
