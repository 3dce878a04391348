// Loads manifest files into DuckDB tables. Eager tables load whole at start; lazy tables
// (boundaries) load only the hive partitions a query asks for, e.g. the towns of one province.
import type { Engine } from './engine';
import { partitionKeys, type Manifest } from './manifest';
import { decodeParquetFile, insertIpc } from './loader';
import { setTable, snapshot, update } from './snapshot';
import { SESSION_SETUP } from '../queries/basics';

/** A table a query reads, optionally narrowed to hive partitions (`{level: 'town', province_code: '530000'}`). */
export type Need = string | { table: string; partition?: Record<string, string> };

// Loaded only when a view asks: outlines per level and province, and the big tables that no
// first view reads (they cost most of the memory and start-up time at national scale).
const LAZY = new Set([
  'boundaries', 'enterprises', 'inspections', 'activities', 'risk_controls', 'risk_duties', 'risk_emergency', 'emergency_resources', 'villages',
]);
export const isLazy = (table: string) => LAZY.has(table);

/** Eager tables load in this order (what the first view reads first), then the rest by size. */
const PRIORITY = ['divisions', 'hazards', 'accidents', 'sites', 'enforcement', 'risks'];
export function eagerOrder(manifest: Manifest): string[] {
  return loadOrder(Object.entries(manifest.tables).filter(([t]) => !isLazy(t)));
}

function loadOrder(tables: [string, { rows: number }][]): string[] {
  const rank = (t: string) => (PRIORITY.includes(t) ? PRIORITY.indexOf(t) : PRIORITY.length);
  return tables.sort((a, b) => rank(a[0]) - rank(b[0]) || a[1].rows - b[1].rows).map(([t]) => t);
}

type Decoded = Promise<{ ipc: Uint8Array; bytes: number }>;

const decodeFile = (table: string, file: string, baseUrl: string): Decoded => decodeParquetFile(table, file, new URL(file, baseUrl).href);

/**
 * Fetch and decode the first eager table's files now, before DuckDB is ready (its wasm compiles
 * meanwhile); hand the result to the TableLoader, which inserts them without fetching again.
 */
export function prefetchFirst(manifest: Manifest, baseUrl: string): Map<string, Decoded> {
  const first = eagerOrder(manifest)[0];
  return new Map((first ? manifest.tables[first]!.files : []).map((f) => {
    const d = decodeFile(first!, f, baseUrl);
    d.catch(() => undefined);
    return [f, d] as const;
  }));
}

export class TableLoader {
  private readonly files = new Map<string, Promise<void>>();
  private readonly created = new Set<string>();
  private readonly queues = new Map<string, Promise<unknown>>();
  private readonly failures = new Map<string, Error>();
  /** Keys of `files` whose load has finished. */
  private readonly done = new Set<string>();
  /** Eager loads run one at a time: decoding is on the main thread and the worker serialises anyway. */
  private eagerChain: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly engine: Engine,
    private readonly manifest: Manifest,
    private readonly baseUrl: string,
    /** Files already on their way (`prefetchFirst`). */
    private readonly early: Map<string, Decoded> = new Map(),
  ) {}

  private queries = 0;
  private idle: (() => void)[] = [];

  /** True when everything the need reads is in DuckDB, so a query can be sent at once. */
  isLoaded(need: Need): boolean {
    const n = typeof need === 'string' ? { table: need } : need;
    const entry = this.manifest.tables[n.table];
    if (!entry || this.failures.has(n.table)) return false;
    if (!isLazy(n.table)) return this.done.has(`table:${n.table}`);
    return entry.files.filter((f) => matches(partitionKeys(f), n.partition)).every((f) => this.done.has(f));
  }

  ensureAll(needs: readonly Need[]): Promise<void> {
    return Promise.all(needs.map((n) => this.ensure(typeof n === 'string' ? { table: n } : n))).then(() => undefined);
  }

  /** Count a view's query as running, so bulk inserts hold back until it is answered. */
  async withQuery<T>(fn: () => Promise<T>): Promise<T> {
    this.queries++;
    try {
      return await fn();
    } finally {
      this.queries--;
      if (this.queries === 0) this.idle.splice(0).forEach((f) => f());
    }
  }

  /**
   * DuckDB's worker runs requests first come, first served; a bulk insert queued ahead of a view's
   * query would make the view wait seconds. Inserts therefore wait (at most 3 s) while queries run,
   * and give the page a task turn to render between files.
   */
  private async yieldToQueries(): Promise<void> {
    await new Promise((ok) => setTimeout(ok, 0));
    if (this.queries === 0) return;
    await Promise.race([new Promise<void>((ok) => this.idle.push(ok)), new Promise((ok) => setTimeout(ok, 3000))]);
  }

  ensure(need: { table: string; partition?: Record<string, string> }): Promise<void> {
    const entry = this.manifest.tables[need.table];
    if (!entry) return Promise.resolve();
    const failed = this.failures.get(need.table);
    if (failed) return Promise.reject(failed);
    const wanted = entry.files.filter((f) => matches(partitionKeys(f), need.partition));
    if (!isLazy(need.table)) return this.ensureEager(need.table, entry.files);
    return Promise.all(wanted.map((f) => this.ensureFile(need.table, f))).then(() => undefined);
  }

  private ensureEager(table: string, files: string[]): Promise<void> {
    const key = `table:${table}`;
    let p = this.files.get(key);
    if (!p) {
      const t0 = performance.now();
      p = this.eagerChain.then(async () => {
        // All files of the table are fetched at once and decoded as they arrive; the worker inserts
        // them in order, so decoding one file overlaps inserting the previous (main thread vs worker).
        const decoded = files.map((f) => this.decode(table, f));
        decoded.forEach((d) => d.catch(() => undefined));
        let bytes = 0;
        for (const [i, f] of files.entries()) bytes += await this.insert(table, f, await decoded[i]!, true);
        // The session setup (if any) and the count in one round trip; the count is the last result.
        const setup = SESSION_SETUP[table];
        const res = await this.engine.conn.query(`${setup ? `${setup}; ` : ''}SELECT count(*)::DOUBLE AS n FROM "${table}"`);
        setTable(table, { state: 'ready', rows: Number(res.getChild('n')?.get(0) ?? 0), bytes, ms: Math.round(performance.now() - t0) });
        this.done.add(key);
      });
      p = p.catch(async (err: unknown) => {
        const error = err instanceof Error ? err : new Error(String(err));
        this.failures.set(table, error);
        await this.engine.conn.query(`DROP TABLE IF EXISTS "${table}"`).catch(() => undefined);
        setTable(table, { state: 'error', error });
        throw error;
      });
      this.eagerChain = p.catch(() => undefined);
      this.files.set(key, p);
    }
    return p;
  }

  private ensureFile(table: string, file: string): Promise<void> {
    let p = this.files.get(file);
    if (!p) {
      // Appends to one table are queued so the first file creates it.
      const prev = this.queues.get(table) ?? Promise.resolve();
      const decoded = this.decode(table, file);
      decoded.catch(() => undefined);
      p = prev.then(async () => {
        await this.insert(table, file, await decoded);
        this.done.add(file);
      });
      this.queues.set(table, p.catch(() => undefined));
      this.files.set(file, p);
      p.catch(() => this.files.delete(file));
    }
    return p;
  }

  private decode(table: string, file: string): Decoded {
    const early = this.early.get(file);
    this.early.delete(file);
    return early ?? decodeFile(table, file, this.baseUrl);
  }

  private async insert(table: string, file: string, d: { ipc: Uint8Array; bytes: number }, eager = false): Promise<number> {
    // Nothing can be waiting on the first table: its files go straight in.
    if (eager && this.created.size > 0) await this.yieldToQueries();
    await insertIpc(this.engine.conn, table, file, d.ipc, !this.created.has(table));
    this.created.add(table);
    update({ bytesFetched: snapshot.bytesFetched + d.bytes });
    return d.bytes;
  }
}

function matches(keys: Record<string, string>, want: Record<string, string> | undefined): boolean {
  if (!want) return true;
  return Object.entries(want).every(([k, v]) => keys[k] === undefined || keys[k] === v);
}
