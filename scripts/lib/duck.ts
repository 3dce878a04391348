// Native DuckDB for the pipeline, reports and tests. Parquet is built into @duckdb/node-api;
// extension autoload stays off so nothing is fetched.
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { SESSION_SETUP } from '../../src/queries/basics';

export type Row = Record<string, unknown>;

export async function openDuck(): Promise<DuckDBConnection> {
  const instance = await DuckDBInstance.create(':memory:', {
    autoinstall_known_extensions: 'false',
    autoload_known_extensions: 'false',
  });
  const conn = await instance.connect();
  await conn.run("SET TimeZone='UTC'");
  // Read GeoParquet geometry as the WKB it is stored as, like the browser does.
  await conn.run('SET enable_geoparquet_conversion = false');
  return conn;
}

/** The session setup the query families rely on (SESSION_SETUP), for the tables `conn` has. */
export async function setupSession(conn: DuckDBConnection, tables: Iterable<string>): Promise<void> {
  for (const t of tables) {
    const sql = SESSION_SETUP[t];
    if (sql) await conn.run(sql);
  }
}

export async function all(conn: DuckDBConnection, sql: string): Promise<Row[]> {
  const reader = await conn.runAndReadAll(sql);
  return reader.getRowObjectsJS() as Row[];
}

export function sqlString(value: string): string {
  return `'${value.replaceAll("'", "''")}'`;
}

export interface ParquetOptions {
  /** Key/value metadata written into the Parquet footer (e.g. GeoParquet's `geo`). */
  kvMetadata?: Record<string, string>;
  rowGroupSize?: number;
}

/**
 * Write the result of `select` to a Parquet file. The select must have a total ORDER BY so that
 * the same inputs give byte-identical files.
 */
export async function writeParquet(
  conn: DuckDBConnection,
  select: string,
  file: string,
  options: ParquetOptions = {},
): Promise<number> {
  const kv = options.kvMetadata
    ? `, KV_METADATA {${Object.entries(options.kvMetadata)
        .map(([k, v]) => `${k}: ${sqlString(v)}`)
        .join(', ')}}`
    : '';
  const rg = options.rowGroupSize ?? 122880;
  await conn.run(
    `COPY (${select}) TO ${sqlString(file)} (FORMAT parquet, COMPRESSION zstd, ROW_GROUP_SIZE ${rg}${kv})`,
  );
  const rows = await all(conn, `SELECT count(*)::INT AS n FROM read_parquet(${sqlString(file)})`);
  return Number(rows[0]?.n ?? 0);
}
