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

/**
 * Arrow rows as plain objects with numbers (castBigIntToDouble is on) and strings. Read column by
 * column: Arrow's row proxies look every field up by name, which cost 80 ms for a 5,000-mark layer.
 */
export function rowsOf<R>(table: arrow.Table): R[] {
  const out = Array.from({ length: table.numRows }, () => ({}) as Record<string, unknown>);
  for (const field of table.schema.fields) {
    let i = 0;
    for (const value of table.getChild(field.name)!) out[i++]![field.name] = value;
  }
  return out as R[];
}

export function sqlString(value: string): string {
  return `'${value.replaceAll("'", "''")}'`;
}
