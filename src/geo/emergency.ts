// Emergency analysis (应急分析) on the sphere: nearest resources and the settlements downstream of a
// tailings dam (头顶库). Pure functions; the SQL in src/queries/emergency.ts only narrows the candidates,
// these decide exactly. Distances are turf's great-circle (haversine) distances, earth radius
// EARTH_RADIUS_KM; bearings are turf's initial bearings (degrees clockwise from north).
import { bearing, distance } from '@turf/turf';
import { DOWNSTREAM_HALF_ANGLE, HEAD_DAM_KM } from '../domain/lists';

export interface LonLat {
  lon: number;
  lat: number;
}

/** A tailings dam: its point and `downstream_bearing` (degrees clockwise from north). */
export interface Dam extends LonLat {
  bearing: number;
}

export type WithKm<T> = T & { km: number };
/** `offset`: signed degrees from the dam's downstream bearing to the settlement, in (-180, 180]. */
export type Downstream<T> = T & { km: number; offset: number };

/** Great-circle distance in kilometres (turf, haversine). */
export function greatCircleKm(a: LonLat, b: LonLat): number {
  return distance([a.lon, a.lat], [b.lon, b.lat], { units: 'kilometers' });
}

/** Signed difference `to - from` of two directions in degrees, normalised to (-180, 180]. */
export function angleOffset(from: number, to: number): number {
  const d = ((((to - from) % 360) + 540) % 360) - 180;
  return d === -180 ? 180 : d;
}

/** The stable tie-break key: `id` when the candidate has one (compared as text), else none. */
function keyOf(c: object): string | null {
  const id = (c as { id?: unknown }).id;
  return id === undefined || id === null ? null : String(id);
}

/** Ascending by km, then by id (code-unit order); candidates without id keep their input order. */
function byKmThenId<T extends { km: number }>(a: T, b: T): number {
  if (a.km !== b.km) return a.km - b.km;
  const ka = keyOf(a);
  const kb = keyOf(b);
  if (ka === null || kb === null || ka === kb) return 0;
  return ka < kb ? -1 : 1;
}

/**
 * The `k` candidates nearest to `origin` by great-circle distance, nearest first, each with its `km`.
 * Equal distances are ordered by `id`; fewer than `k` candidates gives them all.
 */
export function nearest<T extends LonLat>(origin: LonLat, candidates: readonly T[], k: number): WithKm<T>[] {
  const n = Math.floor(k);
  if (!(n > 0)) return [];
  return candidates
    .map((c) => ({ ...c, km: greatCircleKm(origin, c) }))
    .sort(byKmThenId)
    .slice(0, n);
}

/**
 * Settlements at most `maxKm` from the dam whose initial bearing from the dam lies within
 * ±`halfAngle` degrees of the dam's downstream bearing (wrapping at 0°/360°), nearest first.
 * A settlement exactly at the dam point has no direction and counts as downstream.
 */
export function downstream<T extends LonLat>(
  dam: Dam,
  settlements: readonly T[],
  maxKm: number,
  halfAngle: number = DOWNSTREAM_HALF_ANGLE,
): Downstream<T>[] {
  const out: Downstream<T>[] = [];
  for (const s of settlements) {
    const km = greatCircleKm(dam, s);
    if (!(km <= maxKm)) continue;
    const offset = km === 0 ? 0 : angleOffset(dam.bearing, bearing([dam.lon, dam.lat], [s.lon, s.lat]));
    if (Math.abs(offset) <= halfAngle) out.push({ ...s, km, offset });
  }
  return out.sort(byKmThenId);
}

/** 头顶库: a settlement downstream closer than `thresholdKm` (尾矿库下游1公里范围内有居民或重要设施). */
export function isHeadDam(downstreamSettlements: readonly { km: number }[], thresholdKm: number = HEAD_DAM_KM): boolean {
  return downstreamSettlements.some((s) => s.km < thresholdKm);
}
