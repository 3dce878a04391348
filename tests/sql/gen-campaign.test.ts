// The generated campaign behaves like the real one (issue 4): calibration proportions, monthly dynamics,
// regional mix, documented red flags, seed places, taxonomy keys and privacy. Small scale.
import type { DuckDBConnection } from '@duckdb/node-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { all } from '../../scripts/lib/duck.ts';
import { computeCalibration, proportions } from '../../scripts/gen/calibration.ts';
import { BLOCKED_NAMES, composable } from '../../scripts/gen/names.ts';
import { readRedFlags } from '../../scripts/gen/places.ts';
import { keys, type TaxonomyKind } from '../../src/domain/taxonomy.ts';
import { freshSmallData } from '../testData.ts';
import { openDataset } from './fixture.ts';

let conn: DuckDBConnection;
const flags = readRedFlags(new URL('../..', import.meta.url).pathname);
const inSmall = (codes: string[]) => codes.filter((c) => c.startsWith('53') || c.startsWith('14'));
const list = (codes: string[]) => codes.map((c) => `'${c}'`).join(', ');
const n = async (sql: string): Promise<number> => Number((await all(conn, sql))[0]!.n);

beforeAll(async () => {
  conn = await openDataset(await freshSmallData());
}, 600_000);

afterAll(() => conn?.closeSync());

describe('calibration', () => {
  it('reproduces the published proportions within ±10%', async () => {
    const figures = await computeCalibration(conn);
    for (const p of proportions(figures)) expect(Math.abs(p.deviation), `${p.name}: ${p.actual} vs ${p.target}`).toBeLessThan(0.1);
  });
});

describe('monthly dynamics', () => {
  const byMonth = async (sql: string): Promise<Record<string, number>> =>
    Object.fromEntries((await all(conn, sql)).map((r) => [String(r.m), Number(r.n)]));

  it('self-checks peak in June, inspections from July to November', async () => {
    const self = await byMonth(`SELECT strftime(found_date, '%Y-%m') AS m, count(*) AS n FROM hazards
      WHERE source = 'self_check' GROUP BY 1`);
    const top = Object.entries(self).sort((a, b) => b[1] - a[1])[0]![0];
    expect(top).toBe('2023-06');
    const insp = await byMonth(`SELECT strftime(date, '%Y-%m') AS m, count(*) AS n FROM inspections GROUP BY 1`);
    for (const m of ['2023-07', '2023-08', '2023-09', '2023-10']) {
      expect(insp[m]!).toBeGreaterThan(insp['2023-06']!);
      expect(insp[m]!).toBeGreaterThan(insp['2023-12']!);
    }
  });

  it('rectification lags discovery and stays inside the data span', async () => {
    expect(await n(`SELECT count(*) AS n FROM hazards WHERE rectified_date < found_date OR verified_date < rectified_date
      OR found_date NOT BETWEEN DATE '2023-05-01' AND DATE '2024-03-31' OR rectified_date > DATE '2024-03-31'`)).toBe(0);
    const [r] = await all(conn, `SELECT median(rectified_date - found_date) AS lag FROM hazards WHERE rectified_date IS NOT NULL`);
    expect(Number(r!.lag)).toBeGreaterThan(3);
    expect(await n(`SELECT count(*) AS n FROM hazards WHERE (status IN ('rectified', 'verified')) <> (rectified_date IS NOT NULL)
      OR (status = 'verified') <> (verified_date IS NOT NULL)`)).toBe(0);
  });

  it('has accidents from 2022 to March 2024, falling year on year', async () => {
    const rows = await all(conn, `SELECT year(date) AS y, count(*) AS n, sum(deaths) AS d FROM accidents GROUP BY 1 ORDER BY 1`);
    expect(rows.map((r) => Number(r.y))).toEqual([2022, 2023, 2024]);
    expect(Number(rows[1]!.n)).toBeLessThan(Number(rows[0]!.n));
    expect(await n(`SELECT count(*) AS n FROM accidents WHERE date > DATE '2024-03-31'`)).toBe(0);
  });
});

describe('regional mix', () => {
  const share = (where: string, province: string) => n(`SELECT 1000.0 * count_if(${where}) / count(*) AS n
    FROM enterprises WHERE province_code = '${province}'`);

  it('has coal in Shanxi and tailings dams, tobacco and non-coal mines in Yunnan', async () => {
    expect(await share(`sector = 'coal_mine'`, '140000')).toBeGreaterThan(3 * (await share(`sector = 'coal_mine'`, '530000')));
    expect(await share(`sector = 'non_coal_mine'`, '530000')).toBeGreaterThan(await share(`sector = 'non_coal_mine'`, '140000'));
    const dams = await all(conn, `SELECT province_code AS p, count(*) AS n FROM sites WHERE type = 'tailings_dam' GROUP BY 1 ORDER BY 1`);
    expect(Number(dams[1]!.n)).toBeGreaterThan(Number(dams[0]!.n));
  });

  it('puts single-pier bridges mostly in urban districts', async () => {
    const [r] = await all(conn, `SELECT count_if(d.name LIKE '%区') / count(*) AS s FROM sites s JOIN divisions d
      ON d.code = s.county_code WHERE s.type = 'single_pier_bridge'`);
    expect(Number(r!.s)).toBeGreaterThan(0.5);
  });

  it('skews enterprise density by county', async () => {
    const [r] = await all(conn, `SELECT quantile_cont(n, 0.9) / quantile_cont(n, 0.1) AS ratio FROM
      (SELECT county_code, count(*) AS n FROM enterprises GROUP BY 1)`);
    expect(Number(r!.ratio)).toBeGreaterThan(4);
  });
});

describe('red flags (docs/dataset.md)', () => {
  it('zero-enforcement counties have hazards and inspections but no enforcement or penalty', async () => {
    const codes = inSmall(flags.zero_enforcement);
    expect(codes.length).toBeGreaterThanOrEqual(2);
    for (const c of codes) {
      expect(await n(`SELECT count(*) AS n FROM hazards WHERE county_code = '${c}'`), c).toBeGreaterThan(0);
      expect(await n(`SELECT count(*) AS n FROM enforcement WHERE county_code = '${c}'`), c).toBe(0);
      expect(await n(`SELECT count(*) AS n FROM hazards WHERE county_code = '${c}' AND penalized`), c).toBe(0);
    }
  });

  it('self-check-silent counties find nothing themselves while inspections find many', async () => {
    const codes = inSmall(flags.self_check_silent);
    const [avg] = await all(conn, `SELECT count_if(source <> 'self_check') / count(DISTINCT county_code) AS n FROM hazards`);
    for (const c of codes) {
      expect(await n(`SELECT count_if(source = 'self_check') AS n FROM hazards WHERE county_code = '${c}'`), c).toBe(0);
      const found = await n(`SELECT count(*) AS n FROM hazards WHERE county_code = '${c}' AND inspection_id IS NOT NULL`);
      const ents = await n(`SELECT count(*) AS n FROM enterprises WHERE county_code = '${c}'`);
      expect(found / ents, c).toBeGreaterThan(0.1);
      expect(found, c).toBeGreaterThan(0.5 * Number(avg!.n));
    }
  });

  it('has repeat offenders, long-overdue hazards and accident hotspots', async () => {
    expect(await n(`SELECT count(*) AS n FROM (SELECT enterprise_id FROM hazards WHERE inspection_id IS NOT NULL
      GROUP BY 1 HAVING count(*) >= 3 AND count(DISTINCT inspection_id) >= 2) r
      WHERE (SELECT count(*) FROM enforcement f WHERE f.enterprise_id = r.enterprise_id AND f.type IN ('penalty', 'dual_penalty')) >= 2`))
      .toBeGreaterThan(10);
    expect(await n(`SELECT count(*) AS n FROM hazards WHERE deadline < DATE '2023-12-01' AND status IN ('open', 'rectifying')`))
      .toBeGreaterThan(50);
    for (const c of inSmall(flags.accident_hotspots)) {
      expect(await n(`SELECT count(*) AS n FROM accidents WHERE county_code = '${c}' AND level <> 'general'`), c).toBeGreaterThan(0);
    }
    const slow = inSmall(flags.slow_progress);
    const [r] = await all(conn, `SELECT avg(rectified_date - found_date) FILTER (county_code IN (${list(slow)})) AS slow,
      avg(rectified_date - found_date) AS all_ FROM hazards`);
    expect(Number(r!.slow)).toBeGreaterThan(Number(r!.all_));
  });
});

describe('seed places', () => {
  it.each([['530302', 'county'], ['532500', 'city'], ['140200', 'city'], ['141128105', 'town']])(
    '%s has enterprises, sites, hazards and risks', async (code, level) => {
      const col = `${level}_code`;
      for (const [table, min] of [['enterprises', 20], ['sites', 1], ['hazards', 3], ['risks', 3]] as const) {
        expect(await n(`SELECT count(*) AS n FROM ${table} WHERE ${col} = '${code}'`), `${table} of ${code}`)
          .toBeGreaterThanOrEqual(min);
      }
    });
});

describe('keys and privacy', () => {
  const enums: [string, string, TaxonomyKind][] = [
    ['enterprises', 'sector', 'sector'], ['enterprises', 'subsector', 'subsector'], ['enterprises', 'industry', 'industry'],
    ['enterprises', 'focus_field', 'focus_field'], ['enterprises', 'risk_level', 'risk_level'], ['sites', 'type', 'site_type'],
    ['sites', 'status', 'status'], ['sites', 'facility_kind', 'tourism_facility'], ['hazards', 'category', 'hazard_category'],
    ['hazards', 'source', 'source'], ['hazards', 'status', 'status'], ['hazards', 'supervision_level', 'supervision_level'],
    ['risks', 'risk_type', 'risk_type'], ['risks', 'risk_level', 'risk_level'], ['risk_controls', 'measure_type', 'measure_type'],
    ['risk_duties', 'role', 'duty_role'], ['inspections', 'inspector', 'inspector'], ['inspections', 'department', 'department'],
    ['enforcement', 'type', 'enforcement_type'], ['activities', 'type', 'activity_type'], ['activities', 'org_level', 'org_level'],
    ['accidents', 'level', 'accident_level'], ['emergency_resources', 'kind', 'resource_kind'],
    ['emergency_resources', 'category', 'resource_category'],
  ];
  it.each(enums)('%s.%s uses taxonomy keys', async (table, col, kind) => {
    const values = (await all(conn, `SELECT DISTINCT ${col} AS v FROM ${table} WHERE ${col} IS NOT NULL`)).map((r) => String(r.v));
    const known = new Set(keys(kind));
    expect(values.filter((v) => !known.has(v))).toEqual([]);
  });

  it('stores phones masked and names only generated', async () => {
    expect(await n(`SELECT count(*) AS n FROM (SELECT phone FROM enterprises UNION ALL SELECT phone FROM risk_duties
      UNION ALL SELECT phone FROM emergency_resources)
      WHERE phone IS NOT NULL AND NOT regexp_full_match(phone, '1[0-9]{2}\\*{4}[0-9]{4}')`)).toBe(0);
    for (const name of BLOCKED_NAMES) expect(composable(name), name).toBe(false);
    expect(await n(`SELECT count(*) AS n FROM (SELECT principal AS p FROM enterprises UNION ALL SELECT responsible_person FROM hazards
      UNION ALL SELECT person FROM risk_duties) WHERE p IN (${list(BLOCKED_NAMES)})`)).toBe(0);
  });
});
