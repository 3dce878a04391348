// The only owner of DuckDB in the browser: one init promise, tables registered from the manifest,
// typed Arrow results. Views reach it through src/queries, never with SQL of their own.
import type * as arrow from 'apache-arrow';
import { openEngine, type Engine } from './engine';
import { fetchManifest, type Manifest } from './manifest';
import { warmParquet } from './loader';
import { Scheduler } from './schedule';
import { TableLoader, eagerOrder, isLazy, prefetchFirst, type Need } from './tables';
import { update } from './snapshot';
import { DataFileError, MissingTableError, errorMessage } from './errors';

export { DataFileError, MissingTableError, errorMessage };
export { subscribe, getSnapshot, type DbSnapshot, type TableStatus } from './snapshot';
export type { Manifest, Need };

interface Opened {
  engine: Engine;
  manifest: Manifest;
  loader: TableLoader;
}
let ready: Promise<Opened> | undefined;
/** The same, once resolved. */
let opened: Opened | undefined;

/** Start DuckDB and load every eager table of the manifest at `dataUrl` (idempotent). */
export function initDatabase(dataUrl: string): Promise<unknown> {
  if (ready) return ready;
  const t0 = performance.mark('duckdb start').startTime;
  void warmParquet().catch(() => undefined);
  const baseUrl = new URL(dataUrl.endsWith('/') ? dataUrl : `${dataUrl}/`, location.href).href;
  const engine = openEngine().then(
    (e) => {
      update({ engine: 'ready', readyMs: Math.round(performance.mark('duckdb ready').startTime - t0) });
      return e;
    },
    (err: unknown) => {
      update({ engine: 'error', engineError: errorMessage(err) });
      throw err;
    },
  );
  const manifest = fetchManifest(baseUrl).then(
    (m) => {
      const tables = Object.fromEntries(Object.keys(m.tables).filter((t) => !isLazy(t)).map((t) => [t, { state: 'loading' } as const]));
      update({ manifest: m, tables });
      return m;
    },
    (err: unknown) => {
      update({ manifestError: err instanceof Error ? err : new Error(String(err)) });
      throw err;
    },
  );
  // The first table's files are fetched and decoded while DuckDB's wasm still compiles, so the
  // first DuckDB-computed content waits only for their insert.
  const early = manifest.then((m) => prefetchFirst(m, baseUrl));
  early.catch(() => undefined);
  ready = Promise.all([engine, manifest, early]).then(([e, m, decoded]) => {
    const loader = new TableLoader(e, m, baseUrl, decoded);
    for (const name of eagerOrder(m)) {
      void loader.ensure({ table: name }).catch(() => undefined);
    }
    opened = { engine: e, manifest: m, loader };
    return opened;
  });
  ready.catch(() => undefined);
  return ready;
}

// Loaded data never changes, so an answer is valid for the session: identical SQL from two panels,
// or a view the user returns to, is answered from here (bounded, oldest first out).
const answers = new Map<string, Promise<arrow.Table>>();
const MAX_ANSWERS = 400;

/** Queries sent to DuckDB (answers not taken from the cache); read by the browser tests. */
export const dbStats = { sent: 0 };

/** Queries of panels below the first screen wait for the others (schedule.ts). */
const scheduler = new Scheduler();

/**
 * Run SQL once every table (or partition) it reads is loaded; rejects with the load error otherwise.
 * `background`: a panel below the first screen asks it (sent one at a time, after the others).
 */
export function query<T extends arrow.TypeMap = arrow.TypeMap>(sql: string, needs: readonly Need[], background = false): Promise<arrow.Table<T>> {
  let p = answers.get(sql);
  if (p && !background) scheduler.promote(sql);
  if (!p) {
    p = background ? scheduler.later(sql, () => run(sql, needs)) : scheduler.now(() => run(sql, needs));
    answers.set(sql, p);
    p.catch(() => answers.delete(sql));
    if (answers.size > MAX_ANSWERS) answers.delete(answers.keys().next().value!);
  }
  return p as Promise<arrow.Table<T>>;
}

/** Load what queries will read (say, the outlines one level down) ahead of them; failures are left to those queries. */
export function preload(needs: readonly Need[]): void {
  void ready?.then(({ loader }) => loader.ensureAll(needs)).catch(() => undefined);
}

/** The same, never answered from the cache (the benchmark times the engine with it). */
export function run(sql: string, needs: readonly Need[]): Promise<arrow.Table> {
  dbStats.sent++;
  // What it reads is loaded: sent to DuckDB's worker now, in the caller's task (a panel's layout
  // effect), rather than after a few promise turns, by which time the charts' effects of the same
  // input have drawn (14–16 ms for the monthly chart) and DuckDB has waited for them.
  const o = opened;
  if (o && needs.every((n) => o.loader.isLoaded(n))) return o.loader.withQuery(() => o.engine.conn.query(sql));
  return runWhenLoaded(sql, needs);
}

async function runWhenLoaded(sql: string, needs: readonly Need[]): Promise<arrow.Table> {
  await checkNeeds(needs);
  const { loader } = await ready!;
  await loader.ensureAll(needs);
  // Bulk inserts of other tables wait while a view's queries run (see TableLoader.yieldToQueries).
  return loader.withQuery(() => runNow(sql));
}

async function runNow(sql: string): Promise<arrow.Table> {
  const { engine } = await ready!;
  return engine.conn.query(sql);
}

async function checkNeeds(needs: readonly Need[]): Promise<void> {
  if (!ready) throw new Error('数据库尚未初始化');
  const { manifest } = await ready;
  for (const need of needs) {
    const table = typeof need === 'string' ? need : need.table;
    if (!manifest.tables[table]) throw new MissingTableError(table);
  }
}

