// Runs the app's query builders on native DuckDB over a dataset folder: one view per manifest table
// (hive_partitioning = false, as tests/sql/fixture.ts), results turned into Arrow for the same decoders.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { DuckDBConnection } from '@duckdb/node-api';
import * as arrow from 'apache-arrow';
import type { Need } from '../../src/db/tables';
import type { QuerySpec } from '../../src/queries/spec';
import { openDuck, setupSession } from '../lib/duck';
import { tableSource, type Manifest } from '../lib/manifest';

/** A user-facing error: the CLI prints its message (no stack) and exits non-zero. */
export class ReportError extends Error {}

export interface Dataset {
  dir: string;
  manifest: Manifest;
  conn: DuckDBConnection;
}

export async function openReportData(dir: string): Promise<Dataset> {
  const root = resolve(dir);
  const path = join(root, 'manifest.json');
  if (!existsSync(path)) {
    throw new ReportError(`找不到数据清单 ${path}：请用 --data 指定包含 manifest.json 的目录，或先运行 npm run data`);
  }
  let manifest: Manifest;
  try {
    manifest = JSON.parse(await readFile(path, 'utf8')) as Manifest;
  } catch (err) {
    throw new ReportError(`无法读取数据清单 ${path}：${err instanceof Error ? err.message : String(err)}`);
  }
  if (!manifest.tables || typeof manifest.tables !== 'object') throw new ReportError(`数据清单 ${path} 中没有 tables`);
  const conn = await openDuck();
  for (const [name, t] of Object.entries(manifest.tables)) {
    // DuckDB reads the files when the view is created: a table with a missing file gets no view, and
    // checkTables names the file if a report needs that table.
    if (!t.files.length || !t.files.every((f) => existsSync(join(root, f)))) continue;
    await conn.run(`CREATE VIEW "${name}" AS SELECT * FROM ${tableSource(root, t)}`);
    await setupSession(conn, [name]);
  }
  return { dir: root, manifest, conn };
}

/** Every table the spec reads must be in the manifest and its files on disk; names what is missing. */
export function checkTables(ds: Dataset, needs: readonly Need[]): void {
  const manifestPath = join(ds.dir, 'manifest.json');
  for (const need of needs) {
    const table = typeof need === 'string' ? need : need.table;
    const entry = ds.manifest.tables[table];
    if (!entry || !entry.files.length) throw new ReportError(`数据清单 ${manifestPath} 中缺少表 ${table}`);
    for (const f of entry.files) {
      const file = join(ds.dir, f);
      if (!existsSync(file)) throw new ReportError(`表 ${table} 的数据文件不存在：${file}`);
    }
  }
}

function arrowType(duckType: string): arrow.DataType {
  if (duckType === 'BOOLEAN') return new arrow.Bool();
  if (/^(DOUBLE|FLOAT|REAL|DECIMAL|U?(TINY|SMALL|BIG|HUGE)?INT(EGER)?)/.test(duckType)) return new arrow.Float64();
  return new arrow.Utf8();
}

function arrowValue(v: unknown, type: arrow.DataType): unknown {
  if (v === null || v === undefined) return null;
  if (type instanceof arrow.Float64) return Number(v);
  if (type instanceof arrow.Bool) return Boolean(v);
  return typeof v === 'string' ? v : String(v);
}

/** Run SQL and return an Arrow table shaped like DuckDB-WASM's (numbers as doubles, castBigIntToDouble). */
export async function queryArrow(conn: DuckDBConnection, sql: string): Promise<arrow.Table> {
  const reader = await conn.runAndReadAll(sql);
  const names = reader.columnNames();
  const types = reader.columnTypes().map((t) => arrowType(t.toString()));
  const columns = reader.getColumnsObjectJS();
  const vectors: Record<string, arrow.Vector> = {};
  names.forEach((name, i) => {
    const type = types[i]!;
    vectors[name] = arrow.vectorFromArray((columns[name] ?? []).map((v) => arrowValue(v, type)), type);
  });
  return new arrow.Table(vectors);
}

export async function runNative<T>(ds: Dataset, spec: QuerySpec<T>): Promise<T> {
  checkTables(ds, spec.tables);
  return spec.decode(await queryArrow(ds.conn, spec.sql));
}
