// Native DuckDB over a dataset folder: one view per manifest table, as the browser registers them.
import type { DuckDBConnection } from '@duckdb/node-api';
import { all, openDuck, setupSession, type Row } from '../../scripts/lib/duck';
import { readManifest, tableSource } from '../../scripts/lib/manifest';
import { runQuery, type Query, type QuerySpec, type Run } from '../../src/queries/spec';
import { queryArrow } from '../../scripts/report/native';

export async function openDataset(dir: string): Promise<DuckDBConnection> {
  const conn = await openDuck();
  const manifest = await readManifest(dir);
  for (const [name, t] of Object.entries(manifest.tables)) {
    await conn.run(`CREATE VIEW "${name}" AS SELECT * FROM ${tableSource(dir, t)}`);
  }
  await setupSession(conn, Object.keys(manifest.tables));
  return conn;
}

/** Run a query builder's SQL on native DuckDB; rows as plain objects with numbers. */
export async function runSpec<T>(conn: DuckDBConnection, spec: QuerySpec<T>): Promise<Row[]> {
  const rows = await all(conn, spec.sql);
  return rows.map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, typeof v === 'bigint' ? Number(v) : v])));
}

/** The app's path on native DuckDB: SQL → Arrow shaped like DuckDB-WASM's → the spec's own decoder. */
export const nativeRunner = (conn: DuckDBConnection): Run => async (spec) => spec.decode(await queryArrow(conn, spec.sql));

/** Run a query (or a set of them) on native DuckDB and decode it as the app does. */
export function runDecoded<T>(conn: DuckDBConnection, q: Query<T>): Promise<T> {
  return runQuery(nativeRunner(conn), q);
}
