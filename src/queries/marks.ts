// Marks for the map, bounded: when more rows than `limit` match, they are binned in SQL into a
// grid whose cell suits the level, so the GPU never gets more than `limit` marks per layer.
import type { Geometry } from 'geojson';
import type { Table } from 'apache-arrow';
import { decodeWkb } from '../geo/wkb';
import type { AppState } from '../state/types';
import { levelOfCode } from './division';
import { AS_OF, LEVEL_NUM, RECTIFIED } from './basics';
import { CONTROL_OK, DRILL_OVERDUE, DUTY_OK, EMERGENCY_OK, RULE_READS } from './riskRules';
import { makeSpec, rowsOf, type QuerySpec } from './spec';
import { compileWhere } from './where';

/** Marks the map may send to the GPU at once, over all point/line layers together. */
export const MARK_BUDGET = 6000;

/** Every point layer, drawn bottom to top: records, then the four lists, then emergency resources. */
export const LAYER_ORDER = ['enterprises', 'hazards', 'sites', 'basic', 'control', 'duty', 'emergency', 'resources'] as const;

/** The layers the user switched on: record layers, list layers, and resources with the emergency list. */
export function activeLayers(state: AppState): string[] {
  const on = new Set<string>([...state.marks, ...state.lists]);
  if (state.lists.includes('emergency')) on.add('resources');
  return LAYER_ORDER.filter((k) => on.has(k));
}

/** The marks query of each layer in LAYER_ORDER (null when off); the budget is shared by the layers on. */
export function viewMarksQueries(state: AppState): (QuerySpec<Marks> | null)[] {
  const active = activeLayers(state);
  const limit = Math.floor(MARK_BUDGET / Math.max(1, active.length));
  return LAYER_ORDER.map((k) => (active.includes(k) ? marksQuery(k, state, limit) : null));
}

/** Grid cell (degrees) of a layer's bins: the list layers bin coarser (four of them share a cell). */
export function cellForLayer(layer: string, division: string | null): number {
  return cellFor(division) * (SOURCES[layer]?.table === 'risks' || layer === 'resources' ? 2.5 : 1);
}

/** Grid cell (degrees) for binned marks, by the level being viewed. */
export function cellFor(division: string | null): number {
  // Nationally 0.75°: the default data's hazards fill 1,700 cells (3,325 at 0.5°, more than a layer's share of
  // the budget, so the lightest cells were cut), and every mark costs a national frame about 30 µs in software.
  if (division === null) return 0.75;
  return { province: 0.1, city: 0.03, county: 0.008, town: 0.003 }[levelOfCode(division)];
}

export interface Mark {
  id: string | null;
  lon: number;
  lat: number;
  /** Status, risk level or site type, by layer; null for bins. */
  kind: string | null;
  weight: number;
  /** Bins of the list layers: the share of risks with a gap (basic: the highest level, 1–4). */
  score: number | null;
  size: number | null;
  path: Geometry | null;
}

export interface Marks {
  binned: boolean;
  total: number;
  marks: Mark[];
}

interface Source {
  table: string;
  kind: string;
  size?: string;
  geometry?: boolean;
  /** A row's score and how a bin aggregates it, for colouring bins (see Mark.score). */
  score?: { row: string; agg: 'max' | 'avg' };
  reads?: string[];
}

const gapShare = (ok: string) => ({ row: `CASE WHEN ${ok} THEN 0 ELSE 1 END`, agg: 'avg' as const });

const SOURCES: Record<string, Source> = {
  hazards: {
    table: 'hazards',
    kind: `CASE WHEN ${RECTIFIED} THEN 'rectified' WHEN deadline < ${AS_OF} THEN 'overdue' WHEN status = 'rectifying' THEN 'rectifying' ELSE 'open' END`,
  },
  enterprises: { table: 'enterprises', kind: 'risk_level' },
  sites: { table: 'sites', kind: 'type', size: `CASE WHEN type = 'tailings_dam' THEN coalesce(6 - grade, 1) END`, geometry: true },
  // The four lists (4张清单): one layer each over the risk objects, plus the emergency resources.
  basic: { table: 'risks', kind: 'risk_level', score: { row: LEVEL_NUM, agg: 'max' } },
  control: {
    table: 'risks', score: gapShare(CONTROL_OK),
    kind: `CASE WHEN NOT has_controls THEN 'missing' WHEN NOT controls_in_place THEN 'partial' WHEN monitored THEN 'monitored' ELSE 'in_place' END`,
  },
  duty: {
    table: 'risks', score: gapShare(DUTY_OK),
    kind: `CASE WHEN duties_named = 3 THEN 'complete' WHEN duties_named = 0 THEN 'none' ELSE 'partial' END`,
  },
  emergency: {
    table: 'risks', score: gapShare(EMERGENCY_OK), reads: RULE_READS,
    kind: `CASE WHEN NOT has_emergency THEN 'missing' WHEN ${DRILL_OVERDUE} THEN 'drill_overdue' ELSE 'ok' END`,
  },
  resources: { table: 'emergency_resources', kind: 'kind' },
};

export const MARK_LAYERS = Object.keys(SOURCES);

/** Leaders' views (country, province) always show the heat grid; single records from the city down. */
function alwaysBinned(division: string | null): boolean {
  return division === null || levelOfCode(division) === 'province';
}

/** One decoding per answer: a view the user returns to gets the same marks, so its bins are not drawn again. */
const decoded = new WeakMap<Table, Marks>();

function decodeMarks(t: Table, limit: number): Marks {
  const marks: Mark[] = rowsOf<Record<string, unknown>>(t).map((r) => {
    const p = r.path as Uint8Array | null;
    return {
      id: (r.id as string | null) ?? null, lon: Number(r.lon), lat: Number(r.lat), kind: (r.kind as string | null) ?? null,
      weight: Number(r.weight), score: r.score == null ? null : Number(r.score), size: r.size == null ? null : Number(r.size), path: p ? decodeWkb(p) : null,
    };
  });
  const total = marks.length ? Number((t.get(0) as unknown as Record<string, unknown>).total) : 0;
  return { binned: total > limit, total, marks };
}

export function marksQuery(layer: string, state: AppState, budget: number): QuerySpec<Marks> {
  const src = SOURCES[layer]!;
  const cell = cellForLayer(layer, state.division);
  const limit = alwaysBinned(state.division) ? 0 : budget;
  const geom = src.geometry ? `CASE WHEN geometry IS NOT NULL AND type IN ('waterside_cliff_road', 'steep_downgrade') THEN geometry END` : 'NULL::BLOB';
  return makeSpec(
    [src.table, ...(src.reads ?? [])],
    `WITH f AS (SELECT id, lon, lat, ${src.kind} AS kind, ${src.size ?? 'NULL'} AS size, ${geom} AS path,
                  ${src.score?.row ?? 'NULL'} AS score
                FROM ${src.table} WHERE ${compileWhere(state, src.table)} AND lon IS NOT NULL),
          n AS (SELECT count(*) AS c FROM f)
     SELECT * FROM (
       SELECT id, lon, lat, kind, 1.0 AS weight, NULL::DOUBLE AS score, size::DOUBLE AS size, path, (SELECT c FROM n)::DOUBLE AS total
       FROM f WHERE (SELECT c FROM n) <= ${limit}
       UNION ALL
       SELECT NULL, avg(lon), avg(lat), NULL, count(*)::DOUBLE, ${src.score ? `${src.score.agg}(score)` : 'NULL'}::DOUBLE, NULL, NULL, (SELECT c FROM n)::DOUBLE
       FROM f WHERE (SELECT c FROM n) > ${limit}
       GROUP BY floor(lon / ${cell}), floor(lat / ${cell}))
     ORDER BY weight DESC, id LIMIT ${budget}`,
    (t) => {
      let m = decoded.get(t);
      if (!m) decoded.set(t, (m = decodeMarks(t, limit)));
      return m;
    },
  );
}
