// Pending queries, published on <html data-busy> so tests and the benchmark can tell when a view
// has finished updating (no query pending and the map idle).
//
// Answers reach the page in two batches per change: the KPIs' and charts' together once the last of
// them is answered, and the map's once its own are (outlines, values, marks). One render and one frame
// per batch instead of one per answer: under software rendering each frame's compositing competes with
// DuckDB's worker for the CPU. The map does not wait for the panels: a drill's answers prefetched while
// the pointer rested (map's first) draw the map while DuckDB still answers the panels. A batch waits at
// most MAX_WAIT_MS.
const MAX_WAIT_MS = 250;

interface Batch {
  pending: number;
  queued: (() => void)[];
  timer?: ReturnType<typeof setTimeout>;
}

const first: Batch = { pending: 0, queued: [] };
const later: Batch = { pending: 0, queued: [] };

function publish(): void {
  document.documentElement.dataset.busy = String(first.pending + later.pending);
}

function flush(b: Batch): void {
  clearTimeout(b.timer);
  b.timer = undefined;
  const run = b.queued;
  b.queued = [];
  for (const f of run) f();
}

/** Count a query as pending until it settles; `isLater` for the map's queries (their own batch). */
export function track<T>(p: Promise<T>, isLater = false): Promise<T> {
  const b = isLater ? later : first;
  b.pending++;
  publish();
  const done = () => {
    b.pending--;
    publish();
  };
  p.then(done, done);
  return p;
}

/** Apply an answer (a state update) together with the others of its batch. */
export function deliver(apply: () => void, isLater = false): void {
  const b = isLater ? later : first;
  b.queued.push(apply);
  if (b.pending === 0) flush(b);
  else b.timer ??= setTimeout(() => flush(b), MAX_WAIT_MS);
}
