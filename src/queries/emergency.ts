// Emergency analysis (应急分析): SQL fetches a small candidate set that provably contains the answer,
// the pure functions in src/geo/emergency.ts decide exactly (turf great-circle distance and bearing).
// The browser never pulls a whole table; see docs/analytics.md "应急分析 (emergency analysis)".
import { EARTH_RADIUS_KM } from '../domain/lists';
import { downstream, nearest, type Dam, type Downstream, type LonLat, type WithKm } from '../geo/emergency';
import { makeSpec, rowsOf, sqlString, type QuerySpec, type Run } from './spec';

export type ResourceKind = 'team' | 'depot';

/** A candidate emergency resource (救援队伍 or 物资储备库); `approx_km` is the SQL haversine. */
export interface ResourceRow {
  id: string;
  kind: ResourceKind;
  category: string | null;
  name: string;
  unit: string | null;
  personnel: number | null;
  equipment: string | null;
  phone: string | null;
  lon: number;
  lat: number;
  province_code: string | null;
  city_code: string | null;
  county_code: string | null;
  town_code: string | null;
  county_name: string | null;
  approx_km: number;
}

/** A village point or a town label point (`divisions`, level 'town'; `id` is the town code). */
export interface SettlementRow {
  kind: 'village' | 'town';
  id: string;
  name: string;
  population: number | null;
  lon: number;
  lat: number;
}

export type { Run } from './spec';

/**
 * Slack (km) added to the k-th SQL distance. SQL and turf evaluate the same haversine formula in double
 * precision; they differ only by rounding (a few ulps in the haversine term `a`, i.e. below 1e-10 km for
 * any two points less than 10,000 km apart), so 1 m covers that difference many orders of magnitude over.
 */
export const CANDIDATE_SLACK_KM = 0.001;

/** A finite number as a DuckDB DOUBLE literal (parsed from its shortest round-trip text: the same double). */
function num(x: number): string {
  if (!Number.isFinite(x)) throw new RangeError(`not a finite number: ${x}`);
  return `CAST('${x}' AS DOUBLE)`;
}

/**
 * The haversine term `a` between a fixed point and the row's `lon`/`lat` columns, written exactly as turf's
 * `distance` computes it (degree differences to radians as `(d % 360) · π / 180`); the distance in km is
 * `2R·atan2(√a, √(1−a))` (`HAVERSINE_KM`).
 */
export function haversineSql(origin: LonLat, lon = 'lon', lat = 'lat'): string {
  const rad = (deg: string) => `(((${deg}) % 360) * pi() / 180)`; // turf's degreesToRadians
  return `(pow(sin(${rad(`${lat} - ${num(origin.lat)}`)} / 2), 2)
      + pow(sin(${rad(`${lon} - ${num(origin.lon)}`)} / 2), 2) * cos(${rad(num(origin.lat))}) * cos(${rad(lat)}))`;
}
const HAVERSINE_KM = `2 * ${EARTH_RADIUS_KM} * atan2(sqrt(a), sqrt(1 - a))`;

const RESOURCE_COLUMNS = 'id, kind, category, name, unit, personnel, equipment, phone, lon, lat, province_code, city_code, county_code, town_code';

/**
 * Candidates for the `k` resources of `kind` nearest to `origin`.
 *
 * Guarantee: let D be the k-th smallest SQL haversine distance among the rows of `kind` (the largest if
 * there are fewer than k rows). Every row with SQL distance ≤ D + CANDIDATE_SLACK_KM is returned. If a row r
 * belongs to the exact k nearest by turf distance, at most k−1 rows are strictly nearer than r by turf,
 * so turf(r) ≤ turf(k-th) and, as SQL and turf differ by far less than the slack, sql(r) ≤ D + slack:
 * r is returned. Ties at the k-th distance are all returned, so the tie-break by id in `nearest` sees
 * every tied row. The answer is k rows plus ties; the whole table is scanned inside DuckDB only.
 */
export function resourceCandidatesQuery(origin: LonLat, kind: ResourceKind, k: number): QuerySpec<ResourceRow[]> {
  const n = Math.max(1, Math.floor(k));
  const sql = `WITH d AS (
      SELECT ${RESOURCE_COLUMNS}, ${HAVERSINE_KM} AS approx_km
      FROM (SELECT ${RESOURCE_COLUMNS}, ${haversineSql(origin)} AS a
        FROM emergency_resources WHERE kind = ${sqlString(kind)} AND lon IS NOT NULL AND lat IS NOT NULL)),
    cut AS (SELECT max(approx_km) + ${CANDIDATE_SLACK_KM} AS km FROM (SELECT approx_km FROM d ORDER BY approx_km LIMIT ${n}))
    SELECT d.id, d.kind, d.category, d.name, d.unit, d.personnel, d.equipment, d.phone, d.lon, d.lat,
           d.province_code::VARCHAR AS province_code, d.city_code, d.county_code, d.town_code, c.name AS county_name,
           d.approx_km
    FROM d LEFT JOIN divisions c ON c.level = 'county' AND c.code = d.county_code
    WHERE d.approx_km <= (SELECT km FROM cut)
    ORDER BY d.approx_km, d.id`;
  return makeSpec(['emergency_resources', 'divisions'], sql, (t) => rowsOf<ResourceRow>(t));
}

export interface Box {
  minLon: number;
  maxLon: number;
  minLat: number;
  maxLat: number;
}

/**
 * A longitude/latitude box holding every point within `km` of `center` (`lonBounded` false, longitude
 * unbounded, when the circle reaches a pole or crosses the antimeridian). With δ = km / R: latitude φ0 ± δ; longitude λ0 ± asin(sin δ /
 * cos φ0), the exact half-width of a spherical cap (the meridian tangent to the circle), so the box shrinks
 * with cos(lat) but never cuts the circle. δ is widened by 0.1 % + 1e-9 rad against rounding.
 */
export function boundingBox(center: LonLat, km: number): Box & { lonBounded: boolean } {
  const delta = (Math.max(0, km) / EARTH_RADIUS_KM) * 1.001 + 1e-9;
  const phi = (center.lat * Math.PI) / 180;
  const deg = (r: number) => (r * 180) / Math.PI;
  const minLat = deg(phi - delta);
  const maxLat = deg(phi + delta);
  if (phi + delta >= Math.PI / 2 || phi - delta <= -Math.PI / 2 || delta >= Math.PI / 2) {
    return { minLon: -180, maxLon: 180, minLat: Math.max(-90, minLat), maxLat: Math.min(90, maxLat), lonBounded: false };
  }
  const dLon = deg(Math.asin(Math.min(1, Math.sin(delta) / Math.cos(phi))));
  const minLon = center.lon - dLon;
  const maxLon = center.lon + dLon;
  const lonBounded = minLon >= -180 && maxLon <= 180;
  return { minLon: lonBounded ? minLon : -180, maxLon: lonBounded ? maxLon : 180, minLat, maxLat, lonBounded };
}

function inBox(box: ReturnType<typeof boundingBox>, lon: string, lat: string): string {
  const latPart = `${lat} BETWEEN ${num(box.minLat)} AND ${num(box.maxLat)}`;
  return box.lonBounded ? `${lon} BETWEEN ${num(box.minLon)} AND ${num(box.maxLon)} AND ${latPart}` : latPart;
}

/**
 * Villages and town label points in a box that surely contains the circle of `maxKm` around the dam
 * (see `boundingBox`); `downstream` then applies the exact distance and the sector.
 */
export function settlementCandidatesQuery(dam: LonLat, maxKm: number): QuerySpec<SettlementRow[]> {
  const box = boundingBox(dam, maxKm);
  const sql = `SELECT 'village' AS kind, id::VARCHAR AS id, name, population::DOUBLE AS population, lon, lat
    FROM villages WHERE ${inBox(box, 'lon', 'lat')}
    UNION ALL
    SELECT 'town' AS kind, code AS id, name, NULL::DOUBLE AS population, label_lon AS lon, label_lat AS lat
    FROM divisions WHERE level = 'town' AND ${inBox(box, 'label_lon', 'label_lat')}
    ORDER BY kind DESC, id`;
  return makeSpec(['villages', 'divisions'], sql, (t) => rowsOf<SettlementRow>(t));
}

/** The exact `k` nearest resources of `kind` (great-circle), nearest first, ties by id. */
export function nearestResourcesQuery(origin: LonLat, kind: ResourceKind, k: number): QuerySpec<WithKm<ResourceRow>[]> {
  const spec = resourceCandidatesQuery(origin, kind, k);
  return { ...spec, decode: (t) => nearest(origin, spec.decode(t), k) };
}

/** The exact settlements downstream of the dam within `maxKm`, nearest first (use `isHeadDam` for 头顶库). */
export function downstreamQuery(dam: Dam, maxKm: number, halfAngle?: number): QuerySpec<Downstream<SettlementRow>[]> {
  const spec = settlementCandidatesQuery(dam, maxKm);
  // The bearing is not in the SQL, so it joins the key.
  return { ...spec, key: `${spec.key}|${dam.bearing}|${halfAngle ?? ''}`, decode: (t) => downstream(dam, spec.decode(t), maxKm, halfAngle) };
}

export function nearestResources(run: Run, origin: LonLat, kind: ResourceKind, k: number): Promise<WithKm<ResourceRow>[]> {
  return run(nearestResourcesQuery(origin, kind, k));
}

export function downstreamSettlements(run: Run, dam: Dam, maxKm: number, halfAngle?: number): Promise<Downstream<SettlementRow>[]> {
  return run(downstreamQuery(dam, maxKm, halfAngle));
}
