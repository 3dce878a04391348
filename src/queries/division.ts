import type { Need } from '../db/tables';
import { makeSpec, rowsOf, sqlString, type QuerySpec } from './spec';

export type Level = 'province' | 'city' | 'county' | 'town';

export interface DivisionRow {
  code: string;
  name: string;
  level: Level;
  parent_code: string | null;
}

/** The level of a division code, by shape: xx0000 province, xxxx00 city, 6 digits county, 9 digits town. */
export function levelOfCode(code: string): Level {
  if (code.length === 9) return 'town';
  if (code.endsWith('0000')) return 'province';
  if (code.endsWith('00')) return 'city';
  return 'county';
}

export function codeColumn(level: Level): string {
  return `${level}_code`;
}

/** The chain from the province down to `code` (empty for the whole country). */
export function ancestryQuery(code: string | null): QuerySpec<DivisionRow[]> {
  const c = sqlString(code ?? '');
  return makeSpec(
    ['divisions'],
    `SELECT a.code, a.name, a.level, a.parent_code
     FROM divisions d JOIN divisions a
       ON a.code IN (d.province_code, d.city_code, d.county_code, d.town_code)
     WHERE d.code = ${c}
     ORDER BY length(a.code), a.code`,
    (t) => rowsOf<DivisionRow>(t),
  );
}

/** The direct children of a division (provinces for the whole country). */
export function childrenQuery(code: string | null): QuerySpec<DivisionRow[]> {
  const where = code === null ? `level = 'province'` : `parent_code = ${sqlString(code)}`;
  return makeSpec(
    ['divisions'],
    `SELECT code, name, level, parent_code FROM divisions WHERE ${where} ORDER BY code`,
    (t) => rowsOf<DivisionRow>(t),
  );
}

/** A lazy table, narrowed to the province's partition when the jurisdiction lies inside one province. */
export function partitionNeed(table: string, division: string | null): Need {
  return division === null ? table : { table, partition: { province_code: `${division.slice(0, 2)}0000` } };
}
