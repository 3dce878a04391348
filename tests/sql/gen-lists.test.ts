// The four lists (4张清单), emergency resources, villages and 头顶库 in the generated data (small scale):
// derived risk flags against an independent computation, the dams' downstream settlements recomputed with
// turf, the share of each list gap, and the resources every county needs.
import { bearing, distance } from '@turf/turf';
import type { DuckDBConnection } from '@duckdb/node-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { all } from '../../scripts/lib/duck.ts';
import { readRedFlags } from '../../scripts/gen/places.ts';
import { DOWNSTREAM_COUNT_KM, DOWNSTREAM_HALF_ANGLE, HEAD_DAM_KM } from '../../src/domain/lists.ts';
import { downstream, isHeadDam } from '../../src/geo/emergency.ts';
import { DRILL_OVERDUE } from '../../src/queries/riskRules.ts';
import { freshSmallData } from '../testData.ts';
import { openDataset } from './fixture.ts';

let conn: DuckDBConnection;
const slow = readRedFlags(new URL('../..', import.meta.url).pathname).slow_progress
  .filter((c) => c.startsWith('53') || c.startsWith('14')).map((c) => `'${c}'`).join(', ');
const n = async (sql: string): Promise<number> => Number((await all(conn, sql))[0]!.n);

beforeAll(async () => {
  conn = await openDataset(await freshSmallData());
}, 600_000);

afterAll(() => conn?.closeSync());

describe('derived risk flags', () => {
  it('equal an independent computation from the three list tables', async () => {
    const bad = await all(conn, `
      WITH ref AS (
        SELECT r.id,
          EXISTS (SELECT 1 FROM risk_controls c WHERE c.risk_id = r.id) AS has_controls,
          EXISTS (SELECT 1 FROM risk_controls c WHERE c.risk_id = r.id)
            AND NOT EXISTS (SELECT 1 FROM risk_controls c WHERE c.risk_id = r.id AND NOT c.in_place) AS controls_in_place,
          EXISTS (SELECT 1 FROM risk_controls c WHERE c.risk_id = r.id AND c.monitored) AS monitored,
          (SELECT count(*) FROM risk_duties d WHERE d.risk_id = r.id AND d.person IS NOT NULL) AS duties_named,
          EXISTS (SELECT 1 FROM risk_emergency e WHERE e.risk_id = r.id) AS has_emergency,
          (SELECT max(e.last_drill_date) FROM risk_emergency e WHERE e.risk_id = r.id) AS last_drill_date
        FROM risks r)
      SELECT r.id FROM risks r JOIN ref USING (id)
      WHERE r.has_controls IS DISTINCT FROM ref.has_controls OR r.controls_in_place IS DISTINCT FROM ref.controls_in_place
        OR r.monitored IS DISTINCT FROM ref.monitored OR r.duties_named IS DISTINCT FROM ref.duties_named
        OR r.has_emergency IS DISTINCT FROM ref.has_emergency OR r.last_drill_date IS DISTINCT FROM ref.last_drill_date
      LIMIT 10`);
    expect(bad).toEqual([]);
  });

  it('has at most one emergency row per risk, with plan, team and supplies', async () => {
    expect(await n(`SELECT count(*) - count(DISTINCT risk_id) AS n FROM risk_emergency`)).toBe(0);
    expect(await n(`SELECT count(*) AS n FROM risk_emergency WHERE plan IS NULL OR rescue_team IS NULL OR supplies IS NULL
      OR plan_date >= last_drill_date`)).toBe(0);
    expect(await n(`SELECT count(*) AS n FROM risks WHERE duties_named NOT BETWEEN 0 AND 3
      OR (NOT has_controls AND (controls_in_place OR monitored)) OR (NOT has_emergency AND last_drill_date IS NOT NULL)`)).toBe(0);
  });
});

describe('list gaps (shares by slow-progress county)', () => {
  const shares = async (sql: string): Promise<{ other: number; slow: number; all: number }> => {
    const rows = await all(conn, sql);
    const get = (k: boolean) => Number(rows.find((r) => r.slow === k)!.s);
    const [t] = await all(conn, `SELECT sum(s * c) / sum(c) AS s FROM (${sql.replace('avg(', 'count(*) AS c, avg(')})`);
    return { other: get(false), slow: get(true), all: Number(t!.s) };
  };

  it('basic list: some key enterprises have no risk', async () => {
    const s = await shares(`SELECT county_code IN (${slow}) AS slow, avg((id NOT IN (SELECT object_id FROM risks))::INT) AS s
      FROM enterprises WHERE is_key GROUP BY 1`);
    expect(s.other).toBeGreaterThan(0.008);
    expect(s.other).toBeLessThan(0.025);
    expect(s.slow).toBeGreaterThan(0.03);
    expect(s.slow).toBeLessThan(0.1);
    expect(await n(`SELECT count(*) AS n FROM sites WHERE id NOT IN (SELECT object_id FROM risks)`)).toBe(0);
    expect(await n(`SELECT count(*) AS n FROM (SELECT object_id FROM risks WHERE object_type = 'site' GROUP BY 1 HAVING count(*) > 1)`))
      .toBe(0);
  });

  it('control list: about 2 % of risks (8 % in slow counties) have none', async () => {
    const s = await shares(`SELECT county_code IN (${slow}) AS slow, avg((NOT has_controls)::INT) AS s FROM risks GROUP BY 1`);
    expect(s.all).toBeGreaterThan(0.012);
    expect(s.all).toBeLessThan(0.03);
    expect(s.slow).toBeGreaterThan(0.05);
    expect(s.slow).toBeLessThan(0.12);
  });

  it('duty list: about 1.5 % of duty lines (12 % in slow counties) name nobody', async () => {
    const s = await shares(`SELECT county_code IN (${slow}) AS slow, avg((person IS NULL)::INT) AS s FROM risk_duties GROUP BY 1`);
    expect(s.other).toBeGreaterThan(0.01);
    expect(s.other).toBeLessThan(0.02);
    expect(s.slow).toBeGreaterThan(0.08);
    expect(s.slow).toBeLessThan(0.16);
    for (const role of ['enterprise', 'department', 'local_government']) {
      expect(await n(`SELECT count(*) AS n FROM risk_duties WHERE role = '${role}' AND person IS NULL`), role).toBeGreaterThan(0);
    }
  });

  it('emergency list: about 3 % of risks (10 % in slow counties) have none', async () => {
    const s = await shares(`SELECT county_code IN (${slow}) AS slow, avg((NOT has_emergency)::INT) AS s FROM risks GROUP BY 1`);
    expect(s.all).toBeGreaterThan(0.02);
    expect(s.all).toBeLessThan(0.04);
    expect(s.slow).toBeGreaterThan(0.07);
    expect(s.slow).toBeLessThan(0.14);
  });

  it('drills: 10–25 % of filed emergency lists are overdue by the app rule, more in slow counties', async () => {
    const s = await shares(`SELECT county_code IN (${slow}) AS slow, avg((${DRILL_OVERDUE})::INT) AS s
      FROM risks WHERE has_emergency GROUP BY 1`);
    expect(s.all).toBeGreaterThan(0.1);
    expect(s.all).toBeLessThan(0.25);
    expect(s.slow).toBeGreaterThan(s.other);
    expect(await n(`SELECT count(*) AS n FROM risks WHERE last_drill_date > (SELECT max(found_date) FROM hazards)`)).toBe(0);
  });
});

interface Pt { id: string; lon: number; lat: number }
interface DamRow extends Pt { bearing: number; villages_downstream: number; above_village: boolean }

describe('tailings dams downstream (头顶库)', () => {
  let dams: DamRow[] = [];
  let settlements: Pt[] = [];

  beforeAll(async () => {
    dams = (await all(conn, `SELECT id, lon, lat, downstream_bearing AS bearing, villages_downstream, above_village
      FROM sites WHERE type = 'tailings_dam' ORDER BY id`)) as unknown as DamRow[];
    settlements = (await all(conn, `SELECT id, lon, lat FROM villages UNION ALL
      SELECT code, label_lon, label_lat FROM divisions WHERE level = 'town' AND label_lon IS NOT NULL`)) as unknown as Pt[];
  });

  /** Settlements within a generous box of the dam (0.1° > 5 km up to 63° N), then turf decides. */
  const near = (d: Pt) => settlements.filter((s) => Math.abs(s.lat - d.lat) < 0.1 && Math.abs(s.lon - d.lon) < 0.15);

  it('stores a bearing and the flags only for dams', async () => {
    expect(dams.length).toBeGreaterThan(300);
    expect(dams.every((d) => d.bearing >= 0 && d.bearing < 360 && d.villages_downstream >= 0 && typeof d.above_village === 'boolean'))
      .toBe(true);
    expect(await n(`SELECT count(*) AS n FROM sites WHERE type <> 'tailings_dam'
      AND (downstream_bearing IS NOT NULL OR above_village IS NOT NULL OR villages_downstream IS NOT NULL)`)).toBe(0);
  });

  it('above_village and villages_downstream equal a recomputation with @turf/distance and @turf/bearing', () => {
    const wrong: string[] = [];
    for (const d of dams) {
      let count = 0;
      let head = false;
      for (const s of near(d)) {
        const km = distance([d.lon, d.lat], [s.lon, s.lat], { units: 'kilometers' });
        if (km > DOWNSTREAM_COUNT_KM) continue;
        const off = ((((bearing([d.lon, d.lat], [s.lon, s.lat]) - d.bearing) % 360) + 540) % 360) - 180;
        if (km > 0 && Math.abs(off) > DOWNSTREAM_HALF_ANGLE) continue;
        count++;
        if (km < HEAD_DAM_KM) head = true;
      }
      if (count !== d.villages_downstream || head !== d.above_village) {
        wrong.push(`${d.id}: ${d.villages_downstream}/${d.above_village} vs ${count}/${head}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('agree with the app rule (src/geo/emergency.ts)', () => {
    const wrong = dams.filter((d) => {
      const down = downstream(d, near(d), DOWNSTREAM_COUNT_KM);
      return down.length !== d.villages_downstream || isHeadDam(down) !== d.above_village;
    });
    expect(wrong.map((d) => d.id)).toEqual([]);
  });

  it('makes 15–25 % of the dams 头顶库, and every 头顶库 a major risk', async () => {
    const share = dams.filter((d) => d.above_village).length / dams.length;
    expect(share).toBeGreaterThan(0.15);
    expect(share).toBeLessThan(0.25);
    expect(await n(`SELECT count(*) AS n FROM sites WHERE above_village AND risk_level <> 'major'`)).toBe(0);
  });
});

describe('villages', () => {
  it('lie in the towns of the dams, 6 or more per town, with ids N + town + 3 digits and unique names', async () => {
    expect(await n(`SELECT count(*) AS n FROM (SELECT DISTINCT town_code FROM sites WHERE type = 'tailings_dam')
      WHERE town_code NOT IN (SELECT town_code FROM villages GROUP BY 1 HAVING count(*) >= 6)`)).toBe(0);
    expect(await n(`SELECT count(*) AS n FROM villages WHERE NOT regexp_full_match(id, 'N' || town_code || '[0-9]{3}')
      OR name IS NULL OR NOT regexp_full_match(name, '.+(村|寨|社区)') OR population <= 0`)).toBe(0);
    expect(await n(`SELECT count(*) - count(DISTINCT (town_code, name)) AS n FROM villages`)).toBe(0);
  });
});

describe('emergency resources', () => {
  const counties = `(SELECT county_code FROM enterprises UNION SELECT county_code FROM sites)`;

  it('has a fire rescue station in every county with records, 1–4 teams per county', async () => {
    expect(await n(`SELECT count(*) AS n FROM ${counties} c WHERE c.county_code NOT IN
      (SELECT county_code FROM emergency_resources WHERE category = 'fire_rescue')`)).toBe(0);
    expect(await n(`SELECT count(*) AS n FROM (SELECT county_code, count(*) AS t FROM emergency_resources WHERE kind = 'team'
      GROUP BY 1) WHERE t NOT BETWEEN 1 AND 4`)).toBe(0);
    expect(await n(`SELECT count(*) AS n FROM emergency_resources WHERE category = 'mine_rescue'`)).toBeGreaterThan(50);
    expect(await n(`SELECT count(*) AS n FROM emergency_resources WHERE category = 'hazchem_rescue'`)).toBeGreaterThan(50);
  });

  it('has one provincial depot per province, one per city and county depots in about 40 % of counties', async () => {
    const rows = await all(conn, `SELECT province_code, count(*) AS n FROM emergency_resources WHERE category = 'provincial' GROUP BY 1`);
    expect(rows.map((r) => Number(r.n))).toEqual([1, 1]);
    expect(await n(`SELECT count(*) AS n FROM (SELECT DISTINCT city_code FROM enterprises) c WHERE (SELECT count(*)
      FROM emergency_resources r WHERE r.category = 'municipal' AND r.city_code = c.city_code) <> 1`)).toBe(0);
    const share = await n(`SELECT count(DISTINCT county_code) FILTER (category = 'county') / count(DISTINCT county_code) AS n
      FROM emergency_resources`);
    expect(share).toBeGreaterThan(0.3);
    expect(share).toBeLessThan(0.5);
  });

  it('keeps kinds, ids and personnel consistent', async () => {
    expect(await n(`SELECT count(*) AS n FROM emergency_resources WHERE NOT regexp_full_match(id, 'Q' || substr(province_code, 1, 2) || '[0-9]+')
      OR (kind = 'team') <> (personnel IS NOT NULL) OR kind NOT IN ('team', 'depot')
      OR (kind = 'depot') <> (category IN ('provincial', 'municipal', 'county'))
      OR name IS NULL OR unit IS NULL OR equipment IS NULL`)).toBe(0);
  });
});
