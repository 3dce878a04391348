import { preload, query } from '../db';
import { areaShapesQuery } from '../queries/areas';
import { drawBinsAhead } from '../layers/marks';
import { LAYER_ORDER, cellForLayer, viewMarksQueries } from '../queries/marks';
import { viewQueries } from '../queries/view';
import type { AppState } from '../state/types';
import { runSpec } from './useQuery';

// A view the user is about to open (the pointer rests on an area, or presses it) is asked of DuckDB
// ahead of the click: its answers wait in the db layer's cache, so the click mostly draws. One
// prefetch runs at a time; a newer intent replaces one still waiting, so a pointer sweeping across
// the map queues at most one view behind the running one. A view already answered costs nothing:
// its queries are cache hits.
//
// The map's marks are asked first, and a binned answer's image is drawn as soon as it arrives, while
// DuckDB's worker answers the rest (decoded answers and their images are cached, so the click's
// layers find them drawn).
let busy = false;
let next: AppState | null = null;

const ignore = (): undefined => undefined;

export function prefetchView(state: AppState): void {
  if (busy) {
    next = state;
    return;
  }
  busy = true;
  const drawn = viewMarksQueries(state).map((spec, i) => {
    const layer = LAYER_ORDER[i]!;
    return spec && runSpec(spec).then((m) => drawBinsAhead(layer, m, cellForLayer(layer, state.division)), ignore);
  });
  const answers = viewQueries(state).map((q) => query(q.sql, q.tables).catch(ignore));
  void Promise.all([...drawn, ...answers]).then(() => {
    busy = false;
    const n = next;
    next = null;
    if (n) prefetchView(n);
  });
}

/**
 * The outlines one level below `area` (an area of the view shown), loaded into DuckDB while the page is idle:
 * the first drill into a province otherwise loaded its cities' outlines (0.5 MB) between the pointer's rest
 * and the click. Every area of a view shares them (the partition is by level and province).
 */
export function preloadOutlinesBelow(area: string): () => void {
  const id = requestIdleCallback(() => preload(areaShapesQuery(area).tables), { timeout: 2000 });
  return () => cancelIdleCallback(id);
}
