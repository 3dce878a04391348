// Pending queries, published on <html data-busy> so tests and the benchmark can tell when a view
// has finished updating (no query pending and the map idle).
//
// Answers reach the page in two batches per change: the KPIs' and charts' together once the last of
// them is answered, then the map's (outlines, values, marks). One render and one frame per batch
// instead of one per answer: under software rendering each frame's compositing competes with DuckDB's
// worker for the CPU. After a filter the map's batch waits for the panels' and lands with it (two
// batches landing apart cost a filter 50–100 ms more). After a drill it goes as soon as its own answers
// are in (`setMapLeads`): they were asked first while the pointer rested, and the new view on the map is
// what the click waits for. A batch waits at most MAX_WAIT_MS.
const MAX_WAIT_MS = 250;

interface Batch {
  pending: number;
  queued: (() => void)[];
  timer?: ReturnType<typeof setTimeout>;
}

const first: Batch = { pending: 0, queued: [] };
const later: Batch = { pending: 0, queued: [] };
/** The map's batch does not wait for the panels'. */
let mapLeads = false;

/** Whether the map's answers to the latest change land as soon as they are in (a drill), or with the panels'. */
export function setMapLeads(leads: boolean): void {
  mapLeads = leads;
}

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

/** Count a query as pending until it settles; `isLater` for the map's queries. */
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
  if (b.pending === 0 && (!isLater || mapLeads || first.pending === 0)) flush(b);
  else b.timer ??= setTimeout(() => flush(b), MAX_WAIT_MS);
  if (!isLater && first.pending === 0 && later.pending === 0 && later.queued.length) flush(later);
}
