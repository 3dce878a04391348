// High-risk sites that are not enterprises: bridges, road sections, tailings dams, slopes, tourism facilities.
import type { DuckDBConnection } from '@duckdb/node-api';
import { PER_MILLION } from './config.ts';
import { brandsLit } from './names.ts';
import { MOUNTAIN, PROVINCE_WEIGHT, SECTOR_PROVINCE, TAILINGS } from './regions.ts';
import { caseMap, listLit, valuesTable, weighted } from './sql.ts';

type SiteType = keyof typeof PER_MILLION.sites;

/** Province factor of each site type (before the province's size). */
function provinceFactor(type: SiteType, prefix: string): number {
  const m = MOUNTAIN[prefix] ?? 1;
  switch (type) {
    case 'single_pier_bridge': return 1;
    case 'waterside_cliff_road': return m;
    case 'steep_downgrade': return m;
    case 'tailings_dam': return (TAILINGS[prefix] ?? 1) / Math.sqrt(PROVINCE_WEIGHT[prefix] ?? 1) * 1.6;
    case 'high_slope': return Math.sqrt(m) * ((SECTOR_PROVINCE.non_coal_mine?.[prefix] ?? 1) + (SECTOR_PROVINCE.coal_mine?.[prefix] ?? 1) / 4);
    case 'tourism_facility': return (SECTOR_PROVINCE.tourism?.[prefix] ?? 1) * Math.sqrt(m);
  }
}

const KIND_FACTOR: Record<SiteType, Record<string, number>> = {
  single_pier_bridge: { district: 4, city: 2, county: 0.4 },
  waterside_cliff_road: { district: 0.3, city: 1, county: 1.5 },
  steep_downgrade: { district: 0.4, city: 1, county: 1.3 },
  tailings_dam: { district: 0.3, city: 1, county: 1.4 },
  high_slope: { district: 0.3, city: 1, county: 1.3 },
  tourism_facility: { district: 0.6, city: 1, county: 1.2 },
};

/** Expected sites per (type, province prefix), normalised nationally in JS. */
function provinceTargets(perMillionScale: number): (string | number)[][] {
  const rows: (string | number)[][] = [];
  for (const type of Object.keys(PER_MILLION.sites) as SiteType[]) {
    const ws = Object.entries(PROVINCE_WEIGHT).map(([p, w]) => [p, w * provinceFactor(type, p)] as const);
    const total = ws.reduce((n, [, x]) => n + x, 0);
    for (const [p, x] of ws) rows.push([type, p, (PER_MILLION.sites[type] * perMillionScale * x) / total]);
  }
  return rows;
}

/** Seed places always get a few sites of the kinds their documents talk about. */
const SEED_SITES: [string, string, number][] = [
  ['141128105', 'steep_downgrade', 1], ['141128105', 'waterside_cliff_road', 1], ['141128105', 'high_slope', 1],
  ['530302001', 'single_pier_bridge', 2], ['530302003', 'single_pier_bridge', 1],
];

export async function buildSitesBase(conn: DuckDBConnection, perMillionScale: number): Promise<void> {
  await conn.run(`CREATE OR REPLACE TABLE site_target AS ${valuesTable(['type', 'prefix', 'expected'], provinceTargets(perMillionScale))}`);
  const kindArms = Object.entries(KIND_FACTOR)
    .map(([t, f]) => `WHEN '${t}' THEN ${caseMap('c.kind', f, 1)}`).join(' ');
  await conn.run(`CREATE OR REPLACE TABLE site_county AS
    WITH w AS (
      SELECT c.county_code, c.prefix, t.type, t.expected AS prov_expected,
        CASE WHEN c.w > 0 THEN lognorm(c.county_code, 'site:' || t.type, 0.8) * (CASE t.type ${kindArms} END)
          * CASE WHEN t.type = 'single_pier_bridge' THEN c.expected ELSE 1 END ELSE 0 END AS w
      FROM place_county c JOIN site_target t ON t.prefix = c.prefix)
    SELECT *, floor(prov_expected * w / sum(w::DECIMAL(18, 6)) OVER (PARTITION BY prefix, type)
      + u(county_code, 'nsite:' || type))::INT AS n
    FROM w`);
  await conn.run(`CREATE OR REPLACE TABLE place_rank AS
    SELECT place_key, county_code, row_number() OVER (PARTITION BY county_code ORDER BY place_key) - 1 AS r,
      count(*) OVER (PARTITION BY county_code) AS n_places FROM place`);
  const seeds = valuesTable(['place_key', 'type', 'n'], SEED_SITES);
  await conn.run(`CREATE OR REPLACE TABLE site_base AS
    WITH drawn AS (
      SELECT s.county_code, s.type, r.i FROM site_county s, range(s.n) r(i)),
    placed AS (
      SELECT p.place_key, d.type, d.county_code || d.type || d.i AS k FROM drawn d
      JOIN place_rank p ON p.county_code = d.county_code
        AND p.r = ui(d.county_code || d.type || d.i, 'site_place', p.n_places)
      UNION ALL
      SELECT s.place_key, s.type, 'seed' || s.place_key || s.type || r.i FROM ${seeds} s, range(s.n) r(i)
      WHERE s.place_key IN (SELECT place_key FROM place))
    SELECT 'S' || p.place_key || lpad(row_number() OVER (PARTITION BY p.place_key ORDER BY d.type, d.k)::VARCHAR, 3, '0') AS id,
      d.type, p.place_key, p.province_code, p.city_code, p.county_code, p.town_code, p.prefix, p.kind,
      p.town_short,
      p.county_name
    FROM placed d JOIN place p USING (place_key)`);
  await conn.run(`CREATE OR REPLACE TABLE site_attr AS ${siteAttributesSql()}`);
}

function siteAttributesSql(): string {
  const b = `pick(s.id, 'brand', ${brandsLit})`;
  const road = `pick(s.id, 'rc', ['G', 'S', 'X', 'Y', 'S', 'X']) || lpad((1 + ui(s.id, 'rn', 360))::VARCHAR, 3, '0') || '线'`;
  const grade = weighted(`u(s.id, 'grade')`, [['1', 2], ['2', 5], ['3', 15], ['4', 38], ['5', 40]]);
  const kinds = listLit(['glass_walkway', 'suspension_bridge', 'slide', 'ropeway', 'rafting', 'thrill_ride']);
  const kindLabels = listLit(['玻璃栈道', '网红吊桥', '滑道', '索道', '漂流', '高空游乐项目']);
  return `
    WITH a AS (
      SELECT s.*, ${road} AS road_code, CASE WHEN s.type = 'tailings_dam' THEN ${grade}::INT END AS grade,
        CASE WHEN s.type = 'tourism_facility' THEN 1 + ui(s.id, 'fk', 6) END AS fk
      FROM site_base s)
    SELECT s.*,
      CASE s.type
        WHEN 'single_pier_bridge' THEN s.town_short || ${b} || pick(s.id, 'rd', ['路', '大道', '街']) || pick(s.id, 'br', ['立交桥', '高架桥', '匝道桥', '跨线桥'])
        WHEN 'waterside_cliff_road' THEN s.road_code || s.town_short || '段临水临崖路段'
        WHEN 'steep_downgrade' THEN s.road_code || 'K' || (10 + ui(s.id, 'k', 300)) || '连续长陡下坡路段'
        WHEN 'tailings_dam' THEN s.town_short || ${b} || '尾矿库'
        WHEN 'high_slope' THEN s.town_short || ${b} || pick(s.id, 'hs', ['露天采场边坡', '排土场', '露天矿高陡边坡'])
        ELSE s.town_short || ${b} || ${kindLabels}[s.fk]
      END AS name,
      CASE WHEN s.type IN ('waterside_cliff_road', 'steep_downgrade') THEN s.road_code
        WHEN s.type = 'single_pier_bridge' THEN s.town_short || ${b} || '路' END AS road_name,
      CASE s.type WHEN 'single_pier_bridge' THEN s.county_name || pick(s.id, 'own', ['交通运输局', '住房城乡建设局'])
        WHEN 'tailings_dam' THEN ${b} || '矿业有限公司' WHEN 'high_slope' THEN ${b} || '矿业有限公司'
        WHEN 'tourism_facility' THEN ${b} || '旅游开发有限公司' ELSE s.county_name || '公路管理段' END AS owner,
      CASE WHEN s.type = 'tourism_facility' THEN ${kinds}[s.fk] END AS facility_kind,
      CASE s.type
        WHEN 'tailings_dam' THEN round(CASE s.grade WHEN 1 THEN 200 WHEN 2 THEN 120 WHEN 3 THEN 70 WHEN 4 THEN 40 ELSE 18 END
          * (0.6 + 0.8 * u(s.id, 'h')), 1)
        WHEN 'high_slope' THEN round(200 + 250 * u(s.id, 'h') ^ 2, 1)
        WHEN 'single_pier_bridge' THEN round(6 + 12 * u(s.id, 'h'), 1)
      END AS height_m,
      CASE WHEN s.type = 'tailings_dam' THEN round(CASE s.grade WHEN 1 THEN 12000 WHEN 2 THEN 3000 WHEN 3 THEN 800
        WHEN 4 THEN 150 ELSE 40 END * (0.4 + 1.2 * u(s.id, 'cap')), 1) END AS capacity_wan_m3,
      -- villages_downstream and above_village (头顶库) follow from the placed points: see dams.ts.
      CASE WHEN s.type = 'tailings_dam' THEN floor(3600 * u(s.id, 'bearing')) / 10 END AS downstream_bearing,
      CASE WHEN s.type IN ('tailings_dam', 'high_slope') THEN u(s.id, 'mon') < 0.7 END AS online_monitoring,
      CASE WHEN s.type = 'waterside_cliff_road' THEN round(0.3 + 3.5 * u(s.id, 'len') ^ 2, 2)
        WHEN s.type = 'steep_downgrade' THEN round(3 + 9 * u(s.id, 'len') ^ 1.5, 2) END AS target_km
    FROM a s`;
}
