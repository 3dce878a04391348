import { makeSpec, rowsOf, type QuerySpec } from './spec';

export interface TableCount {
  table: string;
  rows: number;
}

/** Row counts of the given tables, counted by DuckDB (not read from the manifest). */
export function tableCountsQuery(tables: readonly string[]): QuerySpec<TableCount[]> {
  const sql = tables.map((t) => `SELECT '${t}' AS "table", count(*)::DOUBLE AS rows FROM "${t}"`).join(' UNION ALL ');
  return makeSpec(tables, `${sql} ORDER BY 1`, (t) => rowsOf<TableCount>(t));
}
