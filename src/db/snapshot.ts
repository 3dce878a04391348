import type { Manifest } from './manifest';

export type TableStatus =
  | { state: 'loading' }
  | { state: 'ready'; rows: number; bytes: number; ms: number }
  | { state: 'error'; error: Error };

export interface DbSnapshot {
  engine: 'loading' | 'ready' | 'error';
  engineError?: string;
  manifest?: Manifest;
  manifestError?: Error;
  /** Eagerly loaded tables. */
  tables: Record<string, TableStatus>;
  /** Bytes of Parquet fetched so far, all tables and partitions. */
  bytesFetched: number;
  readyMs?: number;
}

type Listener = () => void;
const listeners = new Set<Listener>();

export let snapshot: DbSnapshot = { engine: 'loading', tables: {}, bytesFetched: 0 };

export function update(patch: Partial<DbSnapshot>): void {
  snapshot = { ...snapshot, ...patch };
  // Read by the browser tests and the benchmark.
  (window as unknown as { __hmDb?: DbSnapshot }).__hmDb = snapshot;
  listeners.forEach((l) => l());
}

export function setTable(name: string, status: TableStatus): void {
  update({ tables: { ...snapshot.tables, [name]: status } });
}

export function subscribe(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function getSnapshot(): DbSnapshot {
  return snapshot;
}
