import type { DuckDBConnection } from '@duckdb/node-api';
import { beforeAll, describe, expect, it } from 'vitest';
import { all } from '../../scripts/lib/duck';
import { ancestryQuery, childrenQuery } from '../../src/queries/division';
import { coverageQuery } from '../../src/queries/reports/coverage';
import { scorecardQuery } from '../../src/queries/scorecard';
import { hazardKpiQuery } from '../../src/queries/kpi';
import { accidentKpiQuery } from '../../src/queries/kpiMore';
import { monthlyQuery } from '../../src/queries/monthly';
import { breakdownQuery, type BreakdownDim } from '../../src/queries/breakdown';
import { marksQuery } from '../../src/queries/marks';
import { areaShapesQuery, areaValuesQuery } from '../../src/queries/areas';
import { recordQuery, relatedQuery } from '../../src/queries/detail';
import { DEFAULT_STATE, type AppState } from '../../src/state/types';
import { ensureTestData } from '../testData';
import { openDataset, runDecoded, runSpec } from './fixture';
import { partsOf } from '../../src/queries/spec';
import { viewQueries } from '../../src/queries/view';

let conn: DuckDBConnection;
beforeAll(async () => {
  conn = await openDataset(await ensureTestData('sample'));
});

const at = (division: string | null, filters: AppState['filters'] = {}): AppState => ({ ...DEFAULT_STATE, division, filters });

describe('division queries', () => {
  it('returns the ancestry of 麒麟区 from the province down', async () => {
    const rows = await runSpec(conn, ancestryQuery('530302'));
    expect(rows.map((r) => r.name)).toEqual(['云南省', '曲靖市', '麒麟区']);
  });

  it('returns nothing for an unknown code', async () => {
    expect(await runSpec(conn, ancestryQuery('999999'))).toEqual([]);
  });

  it('lists provinces at the national level and towns under a county', async () => {
    expect((await runSpec(conn, childrenQuery(null))).map((r) => r.code)).toEqual(['140000', '530000']);
    expect((await runSpec(conn, childrenQuery('530302'))).map((r) => r.level)).toEqual(['town', 'town']);
  });
});

describe('hazard KPIs', () => {
  it('match an independent count over the sample for 曲靖市', async () => {
    const kpi = await runDecoded(conn, hazardKpiQuery(at('530300')));
    // Independent: hazards joined to enterprises whose county belongs to 曲靖市 by code prefix.
    const [ref] = await all(conn, `
      SELECT count(*)::INT AS found,
             sum(CASE WHEN source = 'self_check' THEN 1 ELSE 0 END)::INT AS self_found,
             sum(CASE WHEN status = 'rectified' OR status = 'verified' THEN 1 ELSE 0 END)::INT AS rectified,
             sum(CASE WHEN supervision_level IS NULL THEN 0 ELSE 1 END)::INT AS supervised
      FROM hazards h WHERE left(h.county_code, 4) = '5303'`);
    expect(kpi).toMatchObject({ found: ref!.found, self_found: ref!.self_found, rectified: ref!.rectified, supervised: ref!.supervised });
    expect(kpi!.found).toBeGreaterThan(0);
  });

  it('count a town, which has no children to group by, and agree with the ranking of its county (small dataset)', async () => {
    const small = await openDataset(await ensureTestData('small'));
    const [town] = await all(small, `SELECT town_code AS code, county_code AS county, count(*)::INT AS n FROM hazards WHERE town_code IS NOT NULL GROUP BY 1, 2 ORDER BY n DESC, code LIMIT 1`);
    const kpi = await runDecoded(small, hazardKpiQuery(at(town!.code as string)));
    expect(kpi!.found).toBe(town!.n);
    const [open] = await all(small, `SELECT count(*)::INT AS n FROM hazards WHERE town_code = '${String(town!.code)}' AND status NOT IN ('rectified', 'verified')`);
    expect(kpi!.open).toBe(open!.n);
    const line = (await runDecoded(small, scorecardQuery(at(town!.county as string)))).find((r) => r.code === town!.code);
    expect(line?.found).toBe(town!.n);
    // A town has no children to rank: no line, and no query sent for them.
    const own = scorecardQuery(at(town!.code as string));
    expect(partsOf(own)).toEqual([]);
    expect(await runDecoded(small, own)).toEqual([]);
  });

  it('apply filters as data: sector and month narrow the counts', async () => {
    const allSectors = await runDecoded(conn, hazardKpiQuery(at(null)));
    const coal = await runDecoded(conn, hazardKpiQuery(at(null, { sector: ['coal_mine'] })));
    const [ref] = await all(conn, `SELECT count(*)::INT AS n FROM hazards WHERE sector = 'coal_mine'`);
    expect(coal!.found).toBe(ref!.n);
    expect(coal!.found).toBeLessThan(allSectors!.found as number);
    const june = await runDecoded(conn, hazardKpiQuery(at(null, { month: ['2023-06'] })));
    const [refJune] = await all(conn, `SELECT count(*)::INT AS n FROM hazards WHERE found_date >= DATE '2023-06-01' AND found_date < DATE '2023-07-01'`);
    expect(june!.found).toBe(refJune!.n);
  });
});

describe('accidents (small dataset)', () => {
  it('compare this year to date with the same days of last year (双下降), under a sector filter too', async () => {
    const small = await openDataset(await ensureTestData('small'));
    // Independent: calendar fields (year, month, day) instead of date_trunc and intervals.
    const ref = async (sector: string | null) => (await all(small, `
      WITH last AS (SELECT max(date) AS d FROM accidents), a AS (SELECT * FROM accidents, last
        WHERE county_code LIKE '53%' ${sector ? `AND sector = '${sector}'` : ''})
      SELECT sum(CASE WHEN year(date) = year(d) AND date <= d THEN 1 ELSE 0 END)::INT AS cur,
             sum(CASE WHEN year(date) = year(d) - 1
               AND (month(date) < month(d) OR (month(date) = month(d) AND day(date) <= day(d))) THEN 1 ELSE 0 END)::INT AS prev,
             sum(CASE WHEN year(date) = year(d) AND date <= d THEN deaths ELSE 0 END)::INT AS deaths
      FROM a`))[0]!;
    for (const sector of [null, 'non_coal_mine']) {
      const [kpi] = await runSpec(small, accidentKpiQuery(at('530000', sector ? { sector: [sector] } : {})));
      const r = await ref(sector);
      expect([kpi!.accidents, kpi!.prev_accidents, kpi!.deaths], String(sector)).toEqual([r.cur, r.prev, r.deaths]);
    }
    const [all3] = await runSpec(small, accidentKpiQuery(at('530000')));
    expect((all3!.accidents as number) + (all3!.prev_accidents as number)).toBeGreaterThan(0);
  });

  it('count the last three years per child in the ranking', async () => {
    const small = await openDataset(await ensureTestData('small'));
    const rows = await runDecoded(small, scorecardQuery(at('530000')));
    const [ref] = await all(small, `SELECT count(*)::INT AS n FROM accidents
      WHERE county_code LIKE '53%' AND date > (SELECT max(date) FROM accidents) - INTERVAL 3 YEAR`);
    expect(rows.reduce((s, r) => s + r.accidents_3y, 0)).toBe(ref!.n);
    expect(ref!.n).toBeGreaterThan(0);
  });
});

describe('breakdowns', () => {
  // Independent: one plain GROUP BY per dimension, its own filter written out by hand (left out for its own chart).
  const reference = (dim: BreakdownDim, where: string, limit: number) => all(conn, `
    SELECT ${dim} AS key, count(*)::INT AS found, sum(CASE WHEN status = 'rectified' OR status = 'verified' THEN 1 ELSE 0 END)::INT AS rectified
    FROM hazards WHERE ${where} GROUP BY ${dim} ORDER BY found DESC, key LIMIT ${limit}`);
  const cases: [string, AppState, Record<BreakdownDim, string>][] = [
    ['no filter', at('530300'), { sector: `left(county_code, 4) = '5303'`, source: `left(county_code, 4) = '5303'`, status: `left(county_code, 4) = '5303'`, category: `left(county_code, 4) = '5303'` }],
    ['a sector', at(null, { sector: ['coal_mine'] }), { sector: 'TRUE', source: `sector = 'coal_mine'`, status: `sector = 'coal_mine'`, category: `sector = 'coal_mine'` }],
    ['a source and a month', at(null, { source: ['self_check'], month: ['2023-06'] }), {
      sector: `source = 'self_check' AND year(found_date) = 2023 AND month(found_date) = 6`,
      source: `year(found_date) = 2023 AND month(found_date) = 6`,
      status: `source = 'self_check' AND year(found_date) = 2023 AND month(found_date) = 6`,
      category: `source = 'self_check' AND year(found_date) = 2023 AND month(found_date) = 6`,
    }],
    ['a status', at(null, { status: ['open', 'rectifying'] }), { sector: `status IN ('open', 'rectifying')`, source: `status IN ('open', 'rectifying')`, status: 'TRUE', category: `status IN ('open', 'rectifying')` }],
  ];
  it.each(cases)('count each dimension as a plain GROUP BY does, under %s', async (_name, state, where) => {
    for (const dim of ['sector', 'source', 'status', 'category'] as const) {
      const limit = dim === 'category' ? 5 : 30;
      const spec = breakdownQuery(state, dim, limit);
      const got = await runDecoded(conn, spec);
      const ref = await reference(dim, where[dim], limit);
      expect(got, dim).toEqual(ref.map((r) => ({ key: r.key, found: r.found, rectified: r.rectified })));
      expect(got.length, dim).toBeGreaterThan(0);
    }
  });

  it('share one query among the dimensions whose filters agree', () => {
    const sql = (state: AppState) => new Set((['sector', 'source', 'status', 'category'] as const).map((d) => breakdownQuery(state, d).sql)).size;
    expect(sql(at(null, { month: ['2023-06'] }))).toBe(1);
    expect(sql(at(null, { sector: ['coal_mine'] }))).toBe(2);
    expect(sql(at(null, { sector: ['coal_mine'], source: ['self_check'] }))).toBe(3);
  });

  it('scorecards of the children sum to the parent total (small dataset)', async () => {
    const small = await openDataset(await ensureTestData('small'));
    const rows = await runDecoded(small, scorecardQuery(at('530300')));
    const kpi = await runDecoded(small, hazardKpiQuery(at('530300')));
    expect(rows.reduce((s, r) => s + r.found, 0)).toBe(kpi!.found);
    const [ref] = await all(small, `SELECT count(*)::INT AS n FROM enforcement WHERE county_code LIKE '5303%'`);
    expect(rows.reduce((s, r) => s + r.enforcement, 0)).toBe(ref!.n);
    // The ranking's 管控率 counts agree with the coverage table (itself checked against raw lists in coverage.test.ts).
    const cover = await runSpec(small, coverageQuery(at('530300'), 'child'));
    for (const r of rows) {
      const c = cover.find((x) => x.key === r.code);
      expect([r.risks, r.controlled], String(r.code)).toEqual(c ? [c.risks, c.controlled] : [0, 0]);
    }
  });

  it.each<[string, AppState['filters'], string, string]>([
    ['no filter', {}, 'TRUE', 'TRUE'],
    ['a sector', { sector: ['hazardous_chemicals'] }, `sector = 'hazardous_chemicals'`, 'TRUE'],
    ['a month', { month: ['2023-09'] }, `strftime(found_date, '%Y-%m') = '2023-09'`, `strftime(date, '%Y-%m') = '2023-09'`],
  ])('give each county of 曲靖市 the counts a per-county subquery gives, under %s (small dataset)', async (_n, filters, hz, enf) => {
    const small = await openDataset(await ensureTestData('small'));
    const rows = await runDecoded(small, scorecardQuery(at('530300', filters)));
    // Independent: one correlated subquery per column and county, by the county code itself.
    const h = (cond: string) => `(SELECT count(*) FROM hazards h WHERE h.county_code = d.code AND ${hz} AND (${cond}))::INT`;
    const done = `h.status = 'rectified' OR h.status = 'verified'`;
    const ref = await all(small, `
      SELECT d.code, d.name, ${h('TRUE')} AS found, ${h(done)} AS rectified, ${h(`h.source = 'self_check'`)} AS self_found,
        ${h(`h.source != 'self_check'`)} AS dept_found, ${h(`NOT (${done}) AND h.deadline < (SELECT max(found_date) FROM hazards)`)} AS overdue,
        ${h('h.supervision_level IS NOT NULL')} AS supervised, ${h(`h.supervision_level IS NOT NULL AND (${done})`)} AS supervised_rectified,
        ${h(`h.source != 'self_check' AND h.penalized`)} AS dept_penalized,
        (SELECT count(*) FROM (SELECT h.enterprise_id FROM hazards h WHERE h.county_code = d.code AND ${hz} AND h.enterprise_id IS NOT NULL
           GROUP BY h.enterprise_id HAVING count(*) > 1))::INT AS repeat_offenders,
        (SELECT count(*) FROM enforcement e WHERE e.county_code = d.code AND ${enf})::INT AS enforcement,
        (SELECT round(coalesce(sum(fine_wan), 0), 6) FROM enforcement e WHERE e.county_code = d.code AND ${enf})::DOUBLE AS fines_wan,
        (SELECT count(*) FROM accidents a WHERE a.county_code = d.code AND a.date > (SELECT max(date) FROM accidents) - INTERVAL 3 YEAR)::INT AS accidents_3y
      FROM divisions d WHERE d.parent_code = '530300' AND NOT coalesce(d.functional_zone, false) ORDER BY d.code`);
    expect(rows.map((r) => ({ ...r, fines_wan: Math.round(r.fines_wan * 1e6) / 1e6, deaths_3y: undefined, risks: undefined, controlled: undefined })))
      .toEqual(ref.map((r) => ({ ...r, deaths_3y: undefined, risks: undefined, controlled: undefined })));
    expect(rows.some((r) => r.found > 0 && r.repeat_offenders > 0 && r.enforcement > 0)).toBe(true);
  });

  it('monthly found sums to the total and the month filter does not hide other months of rectification', async () => {
    const rows = await runSpec(conn, monthlyQuery(at(null)));
    const kpi = await runDecoded(conn, hazardKpiQuery(at(null)));
    expect(rows.reduce((s, r) => s + (r.found as number), 0)).toBe(kpi!.found);
    const rect = rows.reduce((s, r) => s + (r.rectified as number), 0);
    const [ref] = await all(conn, `SELECT count(*)::INT AS n FROM hazards WHERE rectified_date IS NOT NULL`);
    expect(rect).toBe(ref!.n);
  });
});

describe('record details', () => {
  it('finds a hazard with its enterprise and the enterprise’s other hazards', async () => {
    const [rec] = await runSpec(conn, recordQuery('hazards:H00004'));
    expect(rec).toMatchObject({ id: 'H00004', enterprise_id: 'E00004', enterprise_name: '示例企业4' });
    const related = await runSpec(conn, relatedQuery('hazards:H00004'));
    const [ref] = await all(conn, `SELECT count(*)::INT AS n FROM hazards WHERE enterprise_id = 'E00004' AND id <> 'H00004'`);
    expect(related.length).toBe(ref!.n);
    expect(related.length).toBeGreaterThan(0);
  });
});

describe('bounded marks', () => {
  it('returns single records under the limit and SQL bins over it, never more rows than the limit', async () => {
    const [ref] = await all(conn, `SELECT count(*)::INT AS n FROM hazards WHERE city_code = '530300'`);
    const points = await runSpec(conn, marksQuery('hazards', at('530300'), 1000));
    expect(points.length).toBe(ref!.n);
    expect(points.every((p) => p.id !== null && p.weight === 1)).toBe(true);
    const bins = await runSpec(conn, marksQuery('hazards', at('530300'), 5));
    expect(bins.length).toBeLessThanOrEqual(5);
    expect(bins.every((b) => b.id === null)).toBe(true);
    const binned = await runSpec(conn, marksQuery('hazards', at('530300'), Number(ref!.n) - 1));
    expect(binned.reduce((s, b) => s + (b.weight as number), 0)).toBe(ref!.n);
    const province = await runSpec(conn, marksQuery('hazards', at('530000'), 1000));
    expect(province.every((b) => b.id === null), 'a province always gets the heat grid').toBe(true);
  });
});

describe('map areas', () => {
  it('gives every child of 曲靖市 its own outline and its own count under the filters', async () => {
    const shapes = await runSpec(conn, areaShapesQuery('530300'));
    const values = await runSpec(conn, areaValuesQuery({ ...at('530300', { source: ['self_check'] }), metric: 'hazards_found' }));
    // Independent: divisions whose code starts with the county prefix, hazards counted by their county code.
    const ref = await all(conn, `
      SELECT d.code, (SELECT count(*) FROM hazards h WHERE h.county_code = d.code AND h.source = 'self_check')::INT AS n
      FROM divisions d WHERE d.level = 'county' AND left(d.code, 4) = '5303' ORDER BY d.code`);
    expect(shapes.map((s) => s.code)).toEqual(ref.map((r) => r.code));
    expect(values.map((v) => [v.code, v.value ?? 0])).toEqual(ref.map((r) => [r.code, r.n]));
    expect(ref.some((r) => (r.n as number) > 0)).toBe(true);
  });

  it('leaves the rate empty where nothing was found', async () => {
    const small = await openDataset(await ensureTestData('small'));
    const values = await runSpec(small, areaValuesQuery({ ...at('530000', { sector: ['coal_mine'] }), metric: 'rectification_rate' }));
    const ref = await all(small, `
      SELECT city_code AS code, avg(CASE WHEN status IN ('rectified', 'verified') THEN 1 ELSE 0 END) AS rate
      FROM hazards WHERE province_code = '530000' AND sector = 'coal_mine' GROUP BY 1`);
    const rate = new Map(ref.map((r) => [r.code, r.rate as number]));
    for (const v of values) {
      if (rate.has(v.code)) expect(v.value as number).toBeCloseTo(rate.get(v.code)!, 9);
      else expect(v.value, String(v.code)).toBeNull();
    }
    expect(rate.size).toBeGreaterThan(0);
    expect(values.length).toBeGreaterThan(rate.size);
  });
});

describe('view prefetch (small dataset)', () => {
  it("lists a view's first-screen queries once each, and each runs", async () => {
    const small = await openDataset(await ensureTestData('small'));
    const town = (await runSpec(small, childrenQuery('530302')))[0]!.code as string;
    const states: AppState[] = [
      at(null), at('530000', { sector: ['non_coal_mine'] }), { ...at('530302'), lists: ['duty', 'emergency'] }, at(town, { month: ['2023-06'] }),
    ];
    for (const s of states) {
      const keys = viewQueries(s).map((q) => q.key);
      expect(new Set(keys).size, `${s.division}: distinct`).toBe(keys.length);
      // What the KPI strip, the map and the red flags ask is among them.
      for (const q of [hazardKpiQuery(s), areaShapesQuery(s.division), areaValuesQuery(s), ...partsOf(scorecardQuery(s))]) {
        expect(keys, s.division ?? '全国').toContain(q.key);
      }
      for (const q of viewQueries(s)) await runSpec(small, q);
    }
  });
});
