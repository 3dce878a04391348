// SQL building blocks for hash-based, order-independent pseudo-randomness in DuckDB.
// u(key, field) is a uniform in [0, 1) fixed by the seed, the row's key and the field name, so a value
// never depends on row order or threads.
import type { DuckDBConnection } from '@duckdb/node-api';
import { sqlString } from '../lib/duck.ts';
import type { Curve } from './config.ts';

export async function createMacros(conn: DuckDBConnection, seed: number): Promise<void> {
  const s = Math.trunc(seed);
  await conn.run(`CREATE OR REPLACE MACRO u(k, f) AS (hash(k, f, ${s}::BIGINT) >> 11)::DOUBLE / 9007199254740992.0`);
  await conn.run(`CREATE OR REPLACE MACRO ui(k, f, n) AS floor(u(k, f) * n)::BIGINT`);
  // Box–Muller standard normal from two uniforms.
  await conn.run(`CREATE OR REPLACE MACRO nrm(k, f) AS
    sqrt(-2 * ln(greatest(u(k, f || '#1'), 1e-12))) * cos(2 * pi() * u(k, f || '#2'))`);
  await conn.run(`CREATE OR REPLACE MACRO lognorm(k, f, sigma) AS exp(sigma * nrm(k, f))`);
  await conn.run(`CREATE OR REPLACE MACRO pick(k, f, xs) AS xs[1 + ui(k, f, len(xs))]`);
  await conn.run(`CREATE OR REPLACE MACRO hex9(k, f) AS upper(substr(printf('%016x', hash(k, f, ${s}::BIGINT)), 1, 9))`);
  // nums(n, i): n rows i = 0..n-1 for every n; joining on n expands a count into rows (faster than range()).
  await conn.run(`CREATE OR REPLACE TABLE nums AS SELECT n, unnest(range(n)) AS i FROM range(1, 65) r(n)`);
}

/** SQL expression: a DATE drawn from a piecewise-uniform curve with the uniform `uExpr`. */
export function curveDate(uExpr: string, curve: Curve): string {
  const total = curve.reduce((n, [, , w]) => n + w, 0);
  let acc = 0;
  const arms = curve.map(([start, end, w]) => {
    const lo = acc / total;
    acc += w;
    const hi = acc / total;
    const days = (Date.parse(end) - Date.parse(start)) / 86_400_000 + 1;
    const within = `least(${days - 1}, floor((${uExpr} - ${lo}) / ${hi - lo} * ${days}))::INT`;
    return `WHEN ${uExpr} < ${hi} THEN DATE '${start}' + ${within}`;
  });
  const last = curve[curve.length - 1]!;
  return `(CASE ${arms.join(' ')} ELSE DATE '${last[1]}' END)`;
}

/** SQL expression: a Poisson draw with mean `lam` from the uniform `uExpr` (capped at `max`). */
export function poisson(uExpr: string, lamExpr: string, max = 12): string {
  const lam = `(${lamExpr})::DOUBLE`;
  const terms: string[] = [];
  let term = '1.0';
  const arms: string[] = [];
  for (let k = 0; k < max; k++) {
    if (k > 0) term = `${term} * (${lam}) / ${k}`;
    terms.push(`(${term})`);
    arms.push(`WHEN ${uExpr} < exp(-(${lam})) * (${terms.join(' + ')}) THEN ${k}`);
  }
  return `(CASE ${arms.join(' ')} ELSE ${max} END)`;
}

/** SQL CASE picking a key by cumulative weights: [[key, weight], ...] with the uniform `uExpr`. */
export function weighted(uExpr: string, options: readonly (readonly [string, number])[]): string {
  const total = options.reduce((n, [, w]) => n + w, 0);
  let acc = 0;
  const arms = options.slice(0, -1).map(([key, w]) => {
    acc += w;
    return `WHEN ${uExpr} < ${acc / total} THEN ${sqlString(key)}`;
  });
  return `(CASE ${arms.join(' ')} ELSE ${sqlString(options[options.length - 1]![0])} END)`;
}

/** A VALUES relation from rows of plain values. */
export function valuesTable(columns: string[], rows: readonly (readonly (string | number | boolean | null)[])[]): string {
  const lit = (v: string | number | boolean | null) =>
    v === null ? 'NULL' : typeof v === 'string' ? sqlString(v) : String(v);
  const body = rows.map((r) => `(${r.map(lit).join(', ')})`).join(',\n');
  return `(SELECT * FROM (VALUES ${body}) v(${columns.join(', ')}))`;
}

/** A SQL list literal of strings. */
export function listLit(xs: readonly string[]): string {
  return `[${xs.map(sqlString).join(', ')}]`;
}

/** SQL map from a prefix key to a number with a fallback: a CASE over the literal table. */
export function caseMap(expr: string, table: Record<string, number>, fallback: number): string {
  const arms = Object.entries(table).map(([k, v]) => `WHEN ${sqlString(k)} THEN ${v}`);
  return arms.length ? `(CASE ${expr} ${arms.join(' ')} ELSE ${fallback} END)::DOUBLE` : `${fallback}::DOUBLE`;
}
