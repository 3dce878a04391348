// Government campaign activities, one row per organisation, month and activity type (count and money).
// County rows carry county codes; city and province bodies' own rows leave the lower codes NULL.
import type { DuckDBConnection } from '@duckdb/node-api';
import { poisson, valuesTable } from './sql.ts';

const MONTHS = ['2023-05', '2023-06', '2023-07', '2023-08', '2023-09', '2023-10', '2023-11', '2023-12', '2024-01',
  '2024-02', '2024-03'];

/** Monthly multipliers, May 2023 to March 2024. */
const PROFILES: Record<string, number[]> = {
  mobilise: [2.5, 1.8, 0.8, 0.6, 0.6, 0.6, 1.2, 1.4, 0.8, 0.4, 0.5],
  june: [1, 3, 1, 0.6, 0.6, 0.6, 0.8, 1.2, 0.8, 0.4, 0.4],
  enforce: [0.4, 0.9, 1.5, 1.6, 1.5, 1.4, 1.3, 1, 0.7, 0.5, 0.6],
  even: [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1],
  once: [0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0],
  hire: [0.3, 1, 1, 0.5, 0.2, 0.2, 0.2, 0.3, 0.1, 0.1, 0.1],
};

/** [type, org level, mean per month, profile, blocked in zero-enforcement counties]. */
const RATES: [string, string, number, string, boolean][] = [
  ['study', 'county', 1.2, 'mobilise', false], ['special_meeting', 'county', 0.6, 'mobilise', false],
  ['onsite_supervision', 'county', 2, 'enforce', false], ['briefing', 'county', 2.5, 'june', false],
  ['whistle_reward', 'county', 0.4, 'even', false], ['inspectors', 'county', 2, 'hire', false],
  ['assessment', 'county', 0.5, 'enforce', false], ['assistance_enterprise', 'county', 4, 'june', false],
  ['case_published', 'county', 0.5, 'enforce', true], ['accountability', 'county', 0.15, 'enforce', true],
  ['region_summons', 'county', 0.2, 'enforce', false],
  ['study', 'city', 1, 'mobilise', false], ['onsite_supervision', 'city', 2, 'enforce', false],
  ['assistance_region', 'city', 1.5, 'june', false], ['region_summons', 'city', 0.4, 'enforce', false],
  ['case_published', 'city', 1, 'enforce', false], ['assessment', 'city', 0.6, 'enforce', false],
  ['media_column', 'province', 0.9, 'once', false], ['assistance_region', 'province', 2, 'june', false],
  ['whistle_reward', 'province', 2, 'even', false], ['special_meeting', 'province', 0.5, 'mobilise', false],
];

export async function buildActivities(conn: DuckDBConnection): Promise<void> {
  const months = valuesTable(['m', 'month'], MONTHS.map((m, i) => [i, m]));
  const prof = valuesTable(['profile', 'm', 'mult'],
    Object.entries(PROFILES).flatMap(([p, xs]) => xs.map((x, i) => [p, i, x])));
  const rates = valuesTable(['type', 'level', 'base', 'profile', 'blocked'], RATES);
  await conn.run(`CREATE OR REPLACE TABLE act AS
    WITH org AS (
      SELECT 'county' AS level, county_code AS code, province_code, city_code, county_code,
        sqrt(greatest(expected, 50) / 400.0) AS size, flag_zero_enforcement AS zero
      FROM place_county WHERE w > 0
      UNION ALL
      SELECT 'city', city_code, any_value(province_code), city_code, NULL, 1.5, false FROM place_county GROUP BY city_code
      UNION ALL
      SELECT 'province', province_code, province_code, NULL, NULL, 3, false FROM place_county GROUP BY province_code),
    g AS (
      SELECT o.*, r.type, r.base * p.mult * CASE WHEN r.profile = 'once' THEN 1 ELSE o.size END AS lam, mo.month,
        o.code || mo.month || r.type AS k, r.profile, r.blocked
      FROM org o JOIN ${rates} r ON r.level = o.level CROSS JOIN ${months} mo
      JOIN ${prof} p ON p.profile = r.profile AND p.m = mo.m),
    n AS (
      SELECT g.*, CASE WHEN g.blocked AND g.zero THEN 0
        WHEN g.profile = 'once' THEN (u(g.k, 'once') < g.lam)::INT ELSE ${poisson(`u(g.k, 'n')`, 'g.lam', 10)} END AS count
      FROM g)
    SELECT 'V' || n.code || replace(n.month, '-', '') || '-' || n.type AS id,
      (n.month || '-01')::DATE AS date, n.type, n.level AS org_level, n.count,
      CASE WHEN n.type = 'whistle_reward' THEN round(n.count * 0.4 * lognorm(n.k, 'amt', 0.6), 2) END AS amount_wan,
      CASE WHEN n.type = 'whistle_reward' THEN round(n.count * 0.4 * lognorm(n.k, 'amt', 0.6) * (0.2 + 0.4 * u(n.k, 'anon')), 2)
        END AS anonymous_wan,
      n.province_code, n.city_code, n.county_code, NULL::VARCHAR AS town_code
    FROM n WHERE n.count > 0
    ORDER BY id`);
}
