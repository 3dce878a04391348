import { makeSpec, rowsOf, sqlString, type QuerySpec } from './spec';

/** Every column as text (dates read as 2023-05-17), so the detail view needs no per-type decoding. */
export type RecordRow = Record<string, string | null>;

const TABLES: Record<string, string> = { hazards: 'hazards', enterprises: 'enterprises', sites: 'sites' };

function parse(selected: string): { table: string; id: string } {
  const [layer, id] = selected.split(':') as [string, string | undefined];
  return { table: TABLES[layer] ?? 'hazards', id: sqlString(id ?? '') };
}

/** One record; for a hazard, with its enterprise's name, principal and phone. */
export function recordQuery(selected: string): QuerySpec<RecordRow | null> {
  const { table, id } = parse(selected);
  const select = table === 'hazards'
    ? `SELECT COLUMNS(*)::VARCHAR FROM (SELECT t.*, e.name AS enterprise_name, e.principal AS enterprise_principal, e.phone AS enterprise_phone
         FROM hazards t LEFT JOIN enterprises e ON e.id = t.enterprise_id WHERE t.id = ${id})`
    : `SELECT COLUMNS(* EXCLUDE (${table === 'sites' ? 'geometry' : 'lon'}))::VARCHAR FROM ${table} WHERE id = ${id}`;
  return makeSpec(table === 'hazards' ? ['hazards', 'enterprises'] : [table], select, (t) => rowsOf<RecordRow>(t)[0] ?? null);
}

/** Other hazards of the same enterprise or site (a hazard's siblings, or an enterprise's/site's own). */
export function relatedQuery(selected: string): QuerySpec<RecordRow[]> {
  const { table, id } = parse(selected);
  const where = table === 'hazards'
    ? `h.id <> ${id} AND EXISTS (SELECT 1 FROM hazards me WHERE me.id = ${id}
         AND (me.enterprise_id = h.enterprise_id OR me.site_id = h.site_id))`
    : `h.${table === 'sites' ? 'site_id' : 'enterprise_id'} = ${id}`;
  return makeSpec(
    ['hazards'],
    `SELECT h.id, h.found_date::VARCHAR AS found_date, h.status, h.category, h.source FROM hazards h
     WHERE ${where} ORDER BY h.found_date DESC, h.id LIMIT 50`,
    (t) => rowsOf<RecordRow>(t),
  );
}
