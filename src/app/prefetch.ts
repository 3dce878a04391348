import { query } from '../db';
import { viewQueries } from '../queries/view';
import type { AppState } from '../state/types';

// A view the user is about to open (the pointer rests on an area, or presses it) is asked of DuckDB
// ahead of the click: its answers wait in the db layer's cache, so the click mostly draws. One
// prefetch runs at a time; a newer intent replaces one still waiting, so a pointer sweeping across
// the map queues at most one view behind the running one. A view already answered costs nothing:
// its queries are cache hits.
let busy = false;
let next: AppState | null = null;

export function prefetchView(state: AppState): void {
  if (busy) {
    next = state;
    return;
  }
  busy = true;
  const answers = viewQueries(state).map((q) => query(q.sql, q.tables).catch(() => undefined));
  void Promise.all(answers).then(() => {
    busy = false;
    const n = next;
    next = null;
    if (n) prefetchView(n);
  });
}
