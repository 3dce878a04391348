// Coverage of the four lists (4张清单) equals an independent computation written here from the raw list
// tables (risk_controls, risk_duties, risk_emergency) straight over the Parquet files: not the derived
// columns of `risks`, not the rule fragments of src/queries/riskRules.ts. The rules, restated:
// - control list: at least one measure and every measure in place;
// - duty list: all three roles (enterprise, department, local government) name a person;
// - emergency list: a row exists; drill overdue when never drilled or the last drill is older than 6 months
//   (coal_mine, non_coal_mine, illegal_mining, hazardous_chemicals, civil_explosives) or 12 months (others)
//   before the data snapshot, max(hazards.found_date);
// - controlled: control list in place, duty complete, emergency filed and not overdue;
// - objects missing: distinct objects with a risk lacking controls, a named duty or an emergency list.
import type { DuckDBConnection } from '@duckdb/node-api';
import { beforeAll, describe, expect, it } from 'vitest';
import { all } from '../../scripts/lib/duck';
import { coverageQuery, type CoverageBy, type CoverageRow } from '../../src/queries/reports';
import { DEFAULT_STATE, type AppState } from '../../src/state/types';
import { ensureTestData } from '../testData';
import { openDataset, runDecoded, runSpec } from './fixture';

let dir: string;
let conn: DuckDBConnection;
beforeAll(async () => {
  dir = await ensureTestData('small');
  conn = await openDataset(dir);
});

const COUNT_KEYS = [
  'risks', 'control_filed', 'control_in_place', 'monitored', 'duty_complete', 'emergency_filed', 'drill_overdue',
  'controlled', 'objects_missing',
] as const;

const stateOf = (division: string | null, filters: AppState['filters'] = {}): AppState => ({ ...DEFAULT_STATE, division, filters });

/** Code prefix of a jurisdiction: 53 for 530000, 5303 for 530300, the full code below. */
const prefixOf = (code: string) => (code.length === 9 ? code : code.replace(/(00)+$/, ''));

/** The column holding the child of a jurisdiction (provinces for the country). */
function childColumn(code: string | null): string | null {
  if (code === null) return 'province_code';
  if (code.length === 9) return null;
  if (code.endsWith('0000')) return 'city_code';
  if (code.endsWith('00')) return 'county_code';
  return 'town_code';
}

/** Independent figures per group key ('total' for everything), from the raw list tables. */
async function reference(code: string | null, by: CoverageBy, riskLevel?: string): Promise<Map<string, Record<string, number>>> {
  const pq = (t: string) => `read_parquet('${dir}/${t}/*/*.parquet', hive_partitioning = false)`;
  const mine = code === null ? 'TRUE' : `coalesce(town_code, county_code, city_code, province_code) LIKE '${prefixOf(code)}%'`;
  const group = by === 'sector' ? 'sector' : (childColumn(code) ?? `'total'`);
  const sumIf = (cond: string) => `SUM(CASE WHEN ${cond} THEN 1 ELSE 0 END)`;
  const rows = await all(conn, `
    WITH snap AS (SELECT max(found_date) AS d FROM ${pq('hazards')}),
    r AS (SELECT id, sector, object_type, object_id, ${group} AS g FROM ${pq('risks')}
          WHERE ${mine}${riskLevel ? ` AND risk_level = '${riskLevel}'` : ''}),
    ctl AS (SELECT risk_id, COUNT(*) AS n, SUM(CASE WHEN in_place THEN 0 ELSE 1 END) AS not_in_place,
              MAX(CASE WHEN monitored THEN 1 ELSE 0 END) AS mon
            FROM ${pq('risk_controls')} GROUP BY risk_id),
    duty AS (SELECT risk_id, COUNT(DISTINCT role) AS roles_named FROM ${pq('risk_duties')}
             WHERE person IS NOT NULL AND role IN ('enterprise', 'department', 'local_government') GROUP BY risk_id),
    emg AS (SELECT risk_id, MAX(last_drill_date) AS drill, COUNT(*) AS n FROM ${pq('risk_emergency')} GROUP BY risk_id),
    flags AS (
      SELECT coalesce(r.g, '(none)') AS g, r.object_type, r.object_id,
        ctl.risk_id IS NOT NULL AS c_filed,
        ctl.risk_id IS NOT NULL AND ctl.not_in_place = 0 AS c_ok,
        coalesce(ctl.mon, 0) = 1 AS mon,
        coalesce(duty.roles_named, 0) = 3 AS d_ok,
        emg.risk_id IS NOT NULL AS e_filed,
        emg.risk_id IS NOT NULL AND (emg.drill IS NULL OR emg.drill < snap.d - INTERVAL (CASE WHEN r.sector IN
          ('coal_mine', 'non_coal_mine', 'illegal_mining', 'hazardous_chemicals', 'civil_explosives') THEN 6 ELSE 12 END) MONTH) AS overdue
      FROM r CROSS JOIN snap
      LEFT JOIN ctl ON ctl.risk_id = r.id LEFT JOIN duty ON duty.risk_id = r.id LEFT JOIN emg ON emg.risk_id = r.id)
    SELECT g, COUNT(*) AS risks, ${sumIf('c_filed')} AS control_filed, ${sumIf('c_ok')} AS control_in_place,
      ${sumIf('mon')} AS monitored, ${sumIf('d_ok')} AS duty_complete, ${sumIf('e_filed')} AS emergency_filed,
      ${sumIf('overdue')} AS drill_overdue, ${sumIf('c_ok AND d_ok AND e_filed AND NOT overdue')} AS controlled,
      COUNT(DISTINCT CASE WHEN NOT c_filed OR NOT d_ok OR NOT e_filed THEN object_type || '/' || object_id END) AS objects_missing
    FROM flags GROUP BY ROLLUP (g)`);
  // ROLLUP's grand total comes back with g NULL, and the grouped rows keep their own key.
  const out = new Map<string, Record<string, number>>();
  for (const row of rows) {
    const key = row.g === null || row.g === undefined ? 'total' : String(row.g);
    out.set(key === '(none)' ? 'unassigned' : key, Object.fromEntries(COUNT_KEYS.map((k) => [k, Number(row[k] ?? 0)])));
  }
  if (!out.has('total')) out.set('total', Object.fromEntries(COUNT_KEYS.map((k) => [k, 0])));
  return out;
}

/** The builder's rows, decoded by its own decoder (the CLI's Arrow path). */
async function coverage(state: AppState, by: CoverageBy): Promise<CoverageRow[]> {
  const spec = coverageQuery(state, by);
  const rows = await runDecoded(conn, spec);
  // The raw SQL rows agree with the decoded ones (keys, counts).
  const raw = await runSpec(conn, spec);
  expect(raw.map((r) => [r.key, Number(r.risks)])).toEqual(rows.map((r) => [r.key, r.risks]));
  return rows;
}

const pick = (r: CoverageRow) => Object.fromEntries(COUNT_KEYS.map((k) => [k, r[k]]));

function expectMatches(rows: CoverageRow[], ref: Map<string, Record<string, number>>) {
  const byKey = new Map(rows.map((r) => [r.key, r]));
  for (const [key, want] of ref) {
    if (key === 'total' && !byKey.has('total') && want.risks === 0) continue;
    expect(byKey.get(key) && pick(byKey.get(key)!), key).toEqual(want);
  }
  for (const r of rows) if (!ref.has(r.key)) expect(r.risks, r.key).toBe(0);
}

function expectTotalsAreSums(rows: CoverageRow[]) {
  const [total, ...rest] = rows;
  expect(total!.key).toBe('total');
  expect(total!.name).toBe('合计');
  for (const k of COUNT_KEYS) expect(rest.reduce((s, r) => s + r[k], 0), k).toBe(total![k]);
}

const CASES: [string, string | null][] = [['全国', null], ['云南省', '530000'], ['麒麟区', '530302']];

describe('coverage of the four lists', () => {
  for (const [name, code] of CASES) {
    it(`per sub-jurisdiction and per sector in ${name} equals the raw lists`, async () => {
      for (const by of ['child', 'sector'] as const) {
        const rows = await coverage(stateOf(code), by);
        const ref = await reference(code, by);
        expect(ref.get('total')!.risks).toBeGreaterThan(0);
        expectMatches(rows, ref);
        expectTotalsAreSums(rows);
        // Every list has gaps somewhere in the data (the generator leaves some lists out).
        if (code === null) {
          const t = rows[0]!;
          expect(t.control_filed).toBeLessThan(t.risks);
          expect(t.duty_complete).toBeLessThan(t.risks);
          expect(t.emergency_filed).toBeLessThan(t.risks);
          expect(t.drill_overdue).toBeGreaterThan(0);
          expect(t.objects_missing).toBeGreaterThan(0);
          expect(t.controlled).toBeGreaterThan(0);
        }
      }
    });
  }

  it('lists every sub-jurisdiction, in code order, with its name; sectors carry Chinese labels', async () => {
    const rows = await coverage(stateOf('530000'), 'child');
    const kids = await all(conn, `SELECT code, name FROM divisions WHERE parent_code = '530000' AND level = 'city' ORDER BY code`);
    expect(rows.slice(1).map((r) => [r.key, r.name])).toEqual(kids.map((k) => [k.code, k.name]));
    const sectors = await coverage(stateOf('530000'), 'sector');
    expect(sectors.slice(1).every((r) => /[\u4e00-\u9fff]/.test(r.name))).toBe(true);
  });

  it('applies the risk-level filter and a town gets only its total', async () => {
    const rows = await coverage(stateOf('530302', { risk_level: ['major'] }), 'child');
    expectMatches(rows, await reference('530302', 'child', 'major'));
    expectTotalsAreSums(rows);
    const town = await all(conn, `SELECT town_code FROM risks WHERE county_code = '530302' GROUP BY 1 ORDER BY count(*) DESC LIMIT 1`);
    const code = String(town[0]!.town_code);
    const own = await coverage(stateOf(code), 'child');
    expect(own.map((r) => r.key)).toEqual(['total']);
    expect(pick(own[0]!)).toEqual((await reference(code, 'child')).get('total'));
  });

  it('decodes 管控率 as controlled / risks and reads only risks, divisions and hazards', async () => {
    const spec = coverageQuery(stateOf('530000'), 'child');
    expect([...spec.tables].sort()).toEqual(['divisions', 'hazards', 'risks']);
    expect([...coverageQuery(stateOf(null), 'sector').tables].sort()).toEqual(['hazards', 'risks']);
    for (const r of await coverage(stateOf('530000'), 'child')) {
      if (r.risks) expect(r.rate).toBeCloseTo(r.controlled / r.risks, 12);
      else expect(r.rate).toBeNull();
    }
  });
});
