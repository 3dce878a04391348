// The only owner of DuckDB in the browser: one init promise, tables registered from the manifest,
// typed Arrow results. Views reach it through src/queries, never with SQL of their own.
import type * as arrow from 'apache-arrow';
import { openEngine, type Engine } from './engine';
import { fetchManifest, type Manifest } from './manifest';
import { loadParquetFile, warmParquet } from './loader';
import { DataFileError, MissingTableError, errorMessage } from './errors';

export { DataFileError, MissingTableError, errorMessage };
export type { Manifest };

export type TableStatus =
  | { state: 'loading' }
  | { state: 'ready'; rows: number; bytes: number; ms: number }
  | { state: 'error'; error: Error };

export interface DbSnapshot {
  engine: 'loading' | 'ready' | 'error';
  engineError?: string;
  manifest?: Manifest;
  manifestError?: Error;
  tables: Record<string, TableStatus>;
  readyMs?: number;
}

type Listener = () => void;

let snapshot: DbSnapshot = { engine: 'loading', tables: {} };
const listeners = new Set<Listener>();
let enginePromise: Promise<Engine> | undefined;
let manifestPromise: Promise<Manifest> | undefined;
let loadsPromise: Promise<Map<string, Promise<void>>> | undefined;

function update(patch: Partial<DbSnapshot>): void {
  snapshot = { ...snapshot, ...patch };
  // Read by the browser tests and the benchmark.
  (window as unknown as { __hmDb?: DbSnapshot }).__hmDb = snapshot;
  listeners.forEach((l) => l());
}

function setTable(name: string, status: TableStatus): void {
  update({ tables: { ...snapshot.tables, [name]: status } });
}

export function subscribe(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function getSnapshot(): DbSnapshot {
  return snapshot;
}

async function loadTable(engine: Engine, baseUrl: string, name: string, files: string[]): Promise<void> {
  const t0 = performance.now();
  let bytes = 0;
  try {
    for (const [i, file] of files.entries()) {
      const stats = await loadParquetFile(engine.conn, name, file, new URL(file, baseUrl).href, i === 0);
      bytes += stats.bytes;
    }
    const res = await engine.conn.query(`SELECT count(*)::DOUBLE AS n FROM "${name}"`);
    const rows = Number(res.getChild('n')?.get(0) ?? 0);
    setTable(name, { state: 'ready', rows, bytes, ms: Math.round(performance.now() - t0) });
  } catch (err) {
    await engine.conn.query(`DROP TABLE IF EXISTS "${name}"`).catch(() => undefined);
    const error = err instanceof Error ? err : new Error(String(err));
    setTable(name, { state: 'error', error });
    throw error;
  }
}

/** Start DuckDB and load every table of the manifest at `dataUrl` (idempotent). */
export function initDatabase(dataUrl: string): Promise<Engine> {
  if (enginePromise) return enginePromise;
  const t0 = performance.now();
  void warmParquet().catch(() => undefined);
  const baseUrl = new URL(dataUrl.endsWith('/') ? dataUrl : `${dataUrl}/`, location.href).href;
  enginePromise = openEngine().then(
    (engine) => {
      update({ engine: 'ready', readyMs: Math.round(performance.now() - t0) });
      return engine;
    },
    (err: unknown) => {
      update({ engine: 'error', engineError: errorMessage(err) });
      throw err;
    },
  );
  manifestPromise = fetchManifest(baseUrl);
  manifestPromise.then(
    (manifest) => {
      const tables = Object.fromEntries(Object.keys(manifest.tables).map((t) => [t, { state: 'loading' } as TableStatus]));
      update({ manifest, tables });
    },
    (err: unknown) => update({ manifestError: err instanceof Error ? err : new Error(String(err)) }),
  );
  // Load small tables first so the shell fills in while the big ones stream in; one at a time,
  // because decoding runs on the main thread and the worker serialises inserts anyway.
  loadsPromise = Promise.all([enginePromise, manifestPromise]).then(([engine, manifest]) => {
    const loads = new Map<string, Promise<void>>();
    const order = Object.entries(manifest.tables).sort((a, b) => a[1].rows - b[1].rows);
    let chain: Promise<void> = Promise.resolve();
    for (const [name, entry] of order) {
      const load = chain.then(() => loadTable(engine, baseUrl, name, entry.files));
      load.catch(() => undefined);
      loads.set(name, load);
      chain = load.catch(() => undefined);
    }
    return loads;
  });
  loadsPromise.catch(() => undefined);
  return enginePromise;
}

async function waitForTables(tables: readonly string[]): Promise<Engine> {
  if (!enginePromise || !manifestPromise || !loadsPromise) throw new Error('数据库尚未初始化');
  const [engine, manifest, loads] = await Promise.all([enginePromise, manifestPromise, loadsPromise]);
  for (const t of tables) if (!manifest.tables[t]) throw new MissingTableError(t);
  await Promise.all(tables.map((t) => loads.get(t)));
  return engine;
}

/** Run SQL once every table it reads is loaded; rejects with the table's own load error otherwise. */
export async function query<T extends arrow.TypeMap = arrow.TypeMap>(
  sql: string,
  tables: readonly string[],
): Promise<arrow.Table<T>> {
  const engine = await waitForTables(tables);
  return engine.conn.query<T>(sql);
}
