// The single DuckDB-WASM instance. Self-hosted wasm and worker (Vite ?url imports), extension
// autoload off: duckdb-wasm >= 1.29 would otherwise try its extension CDN and corrupt the instance.
import * as duckdb from '@duckdb/duckdb-wasm';
import ehWasm from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import ehWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';
import mvpWasm from '@duckdb/duckdb-wasm/dist/duckdb-mvp.wasm?url';
import mvpWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-mvp.worker.js?url';

export interface Engine {
  db: duckdb.AsyncDuckDB;
  conn: duckdb.AsyncDuckDBConnection;
}

export async function openEngine(): Promise<Engine> {
  const bundle = await duckdb.selectBundle({
    mvp: { mainModule: mvpWasm, mainWorker: mvpWorker },
    eh: { mainModule: ehWasm, mainWorker: ehWorker },
  });
  const early = adoptEarlyWorker(bundle.mainWorker!, bundle.mainModule);
  let db: duckdb.AsyncDuckDB;
  if (early) {
    await early.instantiated;
    db = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), early.worker);
  } else {
    db = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), new Worker(bundle.mainWorker!));
    await db.instantiate(bundle.mainModule, bundle.pthreadWorker);
  }
  await db.open({
    query: { castBigIntToDouble: true },
    allowUnsignedExtensions: false,
  });
  const conn = await db.connect();
  await conn.query('SET autoinstall_known_extensions = false; SET autoload_known_extensions = false');
  return { db, conn };
}

interface EarlyWorker {
  url: string;
  wasm: string;
  worker: Worker;
  /** Settles when the worker answers the INSTANTIATE request index.html sent it. */
  instantiated: Promise<void>;
}

/** The worker index.html started (scripts/vite/duckdbWorker.ts), if it runs the bundle chosen here. */
function adoptEarlyWorker(workerUrl: string, wasmUrl: string): EarlyWorker | undefined {
  const g = globalThis as { __hmEarlyWorker?: EarlyWorker };
  const early = g.__hmEarlyWorker;
  delete g.__hmEarlyWorker;
  if (!early) return undefined;
  const abs = (u: string) => new URL(u, location.href).href;
  if (early.url === abs(workerUrl) && early.wasm === abs(wasmUrl)) return early;
  early.worker.terminate();
  return undefined;
}
