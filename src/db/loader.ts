// Offline Parquet path: fetch the file, decode with parquet-wasm to Arrow IPC, insert into DuckDB.
// (duckdb-wasm 1.32 has no built-in Parquet reader; see docs/architecture.md.)
import initParquet, { readParquet } from 'parquet-wasm/esm/parquet_wasm.js';
import parquetWasm from 'parquet-wasm/esm/parquet_wasm_bg.wasm?url';
import type { AsyncDuckDBConnection } from '@duckdb/duckdb-wasm';
import { DataFileError } from './errors';

let parquetReady: Promise<unknown> | undefined;

/** Start compiling the Parquet decoder; called early so it overlaps DuckDB's start-up. */
export function warmParquet(): Promise<unknown> {
  parquetReady ??= initParquet({ module_or_path: parquetWasm });
  return parquetReady;
}

async function fetchBytes(url: string, file: string, table: string): Promise<Uint8Array> {
  let res: Response;
  try {
    res = await fetch(url);
  } catch (err) {
    throw new DataFileError(file, `网络请求失败（${(err as Error).message}）`, table);
  }
  if (!res.ok) throw new DataFileError(file, res.status === 404 ? '文件不存在（HTTP 404）' : `HTTP ${res.status}`, table);
  return new Uint8Array(await res.arrayBuffer());
}

/** Fetch a file and decode it to an Arrow IPC stream (main thread; see docs/architecture.md). */
export async function decodeParquetFile(table: string, file: string, url: string): Promise<{ ipc: Uint8Array; bytes: number }> {
  const t0 = performance.now();
  const [bytes] = await Promise.all([fetchBytes(url, file, table), warmParquet()]);
  const t1 = performance.now();
  performance.measure(`fetch ${file}`, { start: t0, end: t1 });
  try {
    const ipc = readParquet(bytes, { batchSize: 65536 }).intoIPCStream();
    performance.measure(`decode ${file}`, { start: t1 });
    return { ipc, bytes: bytes.byteLength };
  } catch (err) {
    throw new DataFileError(file, `Parquet 文件损坏或格式不符（${String((err as Error).message ?? err)}）`, table);
  }
}

/** Append a decoded file to `table` (created by the first file). */
export async function insertIpc(conn: AsyncDuckDBConnection, table: string, file: string, ipc: Uint8Array, create: boolean): Promise<void> {
  const t0 = performance.now();
  try {
    await conn.insertArrowFromIPCStream(ipc, { name: table, create });
    performance.measure(`insert ${file}`, { start: t0 });
  } catch (err) {
    throw new DataFileError(file, `写入 DuckDB 失败（${(err as Error).message}）`, table);
  }
}
