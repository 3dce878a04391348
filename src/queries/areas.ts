import type { Geometry } from 'geojson';
import { decodeWkb } from '../geo/wkb';
import type { AppState } from '../state/types';
import type { Need } from '../db/tables';
import { codeColumn, levelOfCode, partitionNeed, type Level } from './division';
import { childLevel } from './levels';
import { metricDef } from './metrics';
import { makeSpec, rowsOf, sqlString, type QuerySpec } from './spec';
import { compileWhere } from './where';

/** An area drawn on the map: a child of the current jurisdiction, or a town itself. */
export interface AreaShape {
  code: string;
  name: string;
  level: Level;
  labelLon: number | null;
  labelLat: number | null;
  /** Null when no outline exists (functional zones, some renamed counties): drawn at the label point. */
  geometry: Geometry | null;
  approximate: boolean;
}

/** The chosen metric of an area under the filters (a count is 0, a rate null, where nothing counts). */
export interface AreaValue {
  code: string;
  value: number | null;
}

function boundaryNeed(level: Level, division: string | null): Need {
  if (level === 'province' || level === 'city') return { table: 'boundaries', partition: { level } };
  const need = partitionNeed('boundaries', division);
  return typeof need === 'string' ? need : { table: 'boundaries', partition: { level, ...need.partition } };
}

function drawn(division: string | null): { level: Level; where: string } {
  const level = childLevel(division) ?? 'town';
  const self = division !== null && levelOfCode(division) === 'town';
  const where = self ? `d.code = ${sqlString(division)}` : division === null ? `d.level = 'province'` : `d.parent_code = ${sqlString(division)}`;
  return { level, where };
}

/**
 * The outlines and names of the areas drawn for a jurisdiction, decoded from WKB. They depend on the
 * jurisdiction only: a metric or filter change recolours them without reloading them.
 */
export function areaShapesQuery(division: string | null): QuerySpec<AreaShape[]> {
  const { level, where } = drawn(division);
  return makeSpec(
    ['divisions', boundaryNeed(level, division)],
    `SELECT d.code, d.name, d.level, d.label_lon, d.label_lat, b.geometry, coalesce(b.approximate, false) AS approximate
     FROM divisions d
     LEFT JOIN boundaries b ON b.code = d.code AND b.level = '${level}'
     WHERE ${where}
     ORDER BY d.code`,
    (t) =>
      rowsOf<Record<string, unknown>>(t).map((r): AreaShape => {
        const g = r.geometry as Uint8Array | null;
        return {
          code: String(r.code), name: String(r.name), level: r.level as Level,
          labelLon: r.label_lon == null ? null : Number(r.label_lon), labelLat: r.label_lat == null ? null : Number(r.label_lat),
          geometry: g ? decodeWkb(g) : null, approximate: Boolean(r.approximate),
        };
      }),
  );
}

/** The chosen metric for each area drawn for the jurisdiction, under the filters. */
export function areaValuesQuery(state: AppState): QuerySpec<AreaValue[]> {
  const { level, where } = drawn(state.division);
  const metric = metricDef(state.metric);
  return makeSpec(
    ['divisions', metric.table, ...(metric.reads ?? [])],
    `WITH m AS (SELECT ${codeColumn(level)} AS code, (${metric.expr})::DOUBLE AS value FROM ${metric.table}
                WHERE ${compileWhere(state, metric.table)} GROUP BY 1)
     SELECT d.code, m.value
     FROM divisions d
     LEFT JOIN m ON m.code = d.code
     WHERE ${where}
     ORDER BY d.code`,
    (t) =>
      rowsOf<{ code: string; value: number | null }>(t).map((r) => ({
        code: String(r.code),
        value: r.value === null || r.value === undefined ? (metric.kind === 'rate' ? null : 0) : Number(r.value),
      })),
  );
}
