import type { Geometry } from 'geojson';
import { decodeWkb } from '../geo/wkb';
import type { AppState } from '../state/types';
import type { Need } from '../db/tables';
import { codeColumn, levelOfCode, partitionNeed, type Level } from './division';
import { childLevel } from './levels';
import { metricDef } from './metrics';
import { makeSpec, rowsOf, sqlString, type QuerySpec } from './spec';
import { compileWhere } from './where';

export interface Area {
  code: string;
  name: string;
  level: Level;
  labelLon: number | null;
  labelLat: number | null;
  /** Null when no outline exists (functional zones, some renamed counties): drawn at the label point. */
  geometry: Geometry | null;
  approximate: boolean;
  value: number | null;
}

function boundaryNeed(level: Level, division: string | null): Need {
  if (level === 'province' || level === 'city') return { table: 'boundaries', partition: { level } };
  const need = partitionNeed('boundaries', division);
  return typeof need === 'string' ? need : { table: 'boundaries', partition: { level, ...need.partition } };
}

/**
 * The areas to draw for the current jurisdiction (its children, or a town itself) with the chosen
 * metric under the filters, outlines decoded from WKB.
 */
export function areasQuery(state: AppState): QuerySpec<Area[]> {
  const division = state.division;
  const level = childLevel(division) ?? 'town';
  const self = division !== null && levelOfCode(division) === 'town';
  const metric = metricDef(state.metric);
  const where = self ? `d.code = ${sqlString(division)}` : division === null ? `d.level = 'province'` : `d.parent_code = ${sqlString(division)}`;
  const col = codeColumn(level);
  return makeSpec(
    ['divisions', boundaryNeed(level, division), metric.table, ...(metric.reads ?? [])],
    `WITH m AS (SELECT ${col} AS code, (${metric.expr})::DOUBLE AS value FROM ${metric.table}
                WHERE ${compileWhere(state, metric.table)} GROUP BY 1)
     SELECT d.code, d.name, d.level, d.label_lon, d.label_lat, b.geometry, coalesce(b.approximate, false) AS approximate,
            m.value
     FROM divisions d
     LEFT JOIN boundaries b ON b.code = d.code AND b.level = '${level}'
     LEFT JOIN m ON m.code = d.code
     WHERE ${where}
     ORDER BY d.code`,
    (t) =>
      rowsOf<Record<string, unknown>>(t).map((r): Area => {
        const g = r.geometry as Uint8Array | null;
        return {
          code: String(r.code), name: String(r.name), level: r.level as Level,
          labelLon: r.label_lon == null ? null : Number(r.label_lon), labelLat: r.label_lat == null ? null : Number(r.label_lat),
          geometry: g ? decodeWkb(g) : null, approximate: Boolean(r.approximate),
          value: r.value === null || r.value === undefined ? (metric.kind === 'rate' ? null : 0) : Number(r.value),
        };
      }),
  );
}
