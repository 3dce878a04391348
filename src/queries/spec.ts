import type * as arrow from 'apache-arrow';
import type { Need } from '../db/tables';

/** A query family's output: SQL, the tables it reads, and a typed decoder of the Arrow result. */
export interface QuerySpec<T> {
  /** Stable cache key: equal keys mean equal SQL. */
  key: string;
  tables: readonly Need[];
  sql: string;
  decode: (table: arrow.Table) => T;
}

/** Runs a spec and decodes its result: the db layer in the app, native DuckDB in tests and the CLI. */
export type Run = <T>(spec: QuerySpec<T>) => Promise<T>;

export function makeSpec<T>(tables: readonly Need[], sql: string, decode: (t: arrow.Table) => T): QuerySpec<T> {
  return { key: sql, tables, sql, decode };
}

/** Arrow rows as plain objects with numbers (castBigIntToDouble is on) and strings. */
export function rowsOf<R>(table: arrow.Table): R[] {
  return table.toArray().map((row) => ({ ...(row as { toJSON(): R }).toJSON() }));
}

export function sqlString(value: string): string {
  return `'${value.replaceAll("'", "''")}'`;
}
