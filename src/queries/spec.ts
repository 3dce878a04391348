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

/**
 * Several queries answered and cached one by one, combined into one result: a filter change asks
 * again only the parts it touches (the ranking's enforcement and accidents stay cached while the
 * user narrows the hazards).
 */
export interface QuerySet<T> {
  key: string;
  parts: readonly QuerySpec<unknown>[];
  combine: (answers: readonly unknown[]) => T;
}

/** What a panel asks: one query or a set of them. */
export type Query<T> = QuerySpec<T> | QuerySet<T>;

export function makeSet<A extends readonly unknown[], T>(
  parts: { readonly [K in keyof A]: QuerySpec<A[K]> },
  combine: (...answers: A) => T,
): QuerySet<T> {
  const list = parts as readonly QuerySpec<unknown>[];
  return { key: list.map((p) => p.key).join('\n;\n'), parts: list, combine: (answers) => combine(...(answers as unknown as A)) };
}

export const partsOf = (q: Query<unknown>): readonly QuerySpec<unknown>[] => ('parts' in q ? q.parts : [q]);

/** Run a query or a set with a runner of single specs (the db layer, or native DuckDB). */
export function runQuery<T>(run: Run, q: Query<T>): Promise<T> {
  return 'parts' in q ? Promise.all(q.parts.map((p) => run(p))).then((answers) => q.combine(answers)) : run(q);
}
