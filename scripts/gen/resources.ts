// Emergency resources (应急资源): rescue teams and supply depots. Every county with records has a fire rescue
// station, a mine rescue team where there are mines (MINES_FOR_TEAM), a hazchem team where there are chemical
// enterprises (CHEMICALS_FOR_TEAM) and, in half the counties, a professional or enterprise team; depots: one per
// province (in the capital), one per city, ~40 % of counties. Points: the placement helpers, in the county's
// main town (most enterprises), the town with most mines / chemical enterprises, or the enterprise's town.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { DuckDBConnection } from '@duckdb/node-api';
import { all, sqlString } from '../lib/duck.ts';
import { brandsLit, phoneSql } from './names.ts';
import { pointsFor, type PlacementShapes } from './placement.ts';
import { listLit } from './sql.ts';

export const COUNTY_DEPOT_SHARE = 0.4;
/** A county gets a mine rescue team with at least this many mines (coal and non-coal enterprises). */
export const MINES_FOR_TEAM = 5;
/** A county gets a hazchem rescue team with at least this many hazardous-chemicals enterprises. */
export const CHEMICALS_FOR_TEAM = 3;
/** Share of counties with a fourth team (professional or enterprise). */
const EXTRA_TEAM_SHARE = 0.5;

const SPECIALTIES = ['山地', '水域', '森林防灭火', '工程抢险', '电力抢修'];
const SPECIALTY_GEAR = ['绳索救援装备、担架、卫星电话、照明设备', '冲锋舟4艘、救生衣、抛投器、潜水装备',
  '风力灭火机、高压水泵、防火服、对讲机', '挖掘机、装载机、发电机组、排水泵', '应急发电车、抢修工具车、绝缘工具'];
const GEAR: Record<string, string[]> = {
  fire_rescue: ['水罐消防车3辆、抢险救援消防车1辆、破拆救援器材', '水罐消防车2辆、泡沫消防车1辆、举高喷射消防车1辆',
    '城市主战消防车2辆、抢险救援消防车1辆、生命探测仪', '水罐消防车2辆、抢险救援消防车1辆、排烟机、照明车'],
  mine_rescue: ['矿山救护车2辆、正压氧气呼吸器40台、多种气体检测仪', '矿山救护车3辆、正压氧气呼吸器60台、液压破拆工具',
    '正压氧气呼吸器30台、灾区电话、红外测温仪、矿山救护车2辆'],
  hazchem_rescue: ['重型防化服20套、堵漏工具组、泡沫消防车2辆、有毒气体侦检仪', '防化洗消车1辆、泡沫消防车2辆、堵漏器材、气体检测仪',
    '化学事故抢险救援车1辆、防化服30套、输转泵、吸附材料'],
  enterprise: ['消防车1辆、正压式空气呼吸器、应急照明', '泡沫消防车1辆、气体检测仪、堵漏工具', '救援车1辆、正压式空气呼吸器、急救药品'],
};
/** [min, max] personnel per team category. */
const PERSONNEL: Record<string, [number, number]> = {
  fire_rescue: [25, 60], mine_rescue: [40, 120], hazchem_rescue: [20, 80], professional: [15, 50], enterprise: [10, 40],
};
const DEPOT_SCALE: Record<string, number> = { provincial: 10, municipal: 3, county: 1 };

/** Cities of the municipalities and province-administered county groups have no city name of their own. */
const NAMELESS_CITY = `(c.city_name IN ('市辖区', '县') OR c.city_name LIKE '%直辖%')`;

export async function buildResources(conn: DuckDBConnection, shapes: PlacementShapes, seed: number, dir: string): Promise<void> {
  // The main town of each county (most enterprises), and the town with most mines / chemical enterprises.
  await conn.run(`CREATE OR REPLACE TABLE res_plan AS
    WITH main AS (
      SELECT county_code, arg_max(place_key, (n_ent, place_key)) AS place_key FROM place GROUP BY 1),
    ent_town AS (
      SELECT county_code, place_key, count_if(sector IN ('coal_mine', 'non_coal_mine')) AS mines,
        count_if(sector = 'hazardous_chemicals') AS chems FROM ent_f GROUP BY 1, 2),
    mine AS (SELECT county_code, arg_max(place_key, (mines, place_key)) AS place_key FROM ent_town GROUP BY 1
      HAVING sum(mines) >= ${MINES_FOR_TEAM}),
    chem AS (SELECT county_code, arg_max(place_key, (chems, place_key)) AS place_key FROM ent_town GROUP BY 1
      HAVING sum(chems) >= ${CHEMICALS_FOR_TEAM}),
    big AS (
      SELECT county_code, arg_max(id, (employees, id)) AS ent_id FROM ent_f
      WHERE is_key AND sector IN ('coal_mine', 'non_coal_mine', 'hazardous_chemicals', 'industry_trade', 'civil_explosives', 'urban_gas')
      GROUP BY 1),
    extra AS (
      SELECT m.county_code, CASE WHEN b.ent_id IS NOT NULL AND u(m.county_code, 'team_kind') < 0.5 THEN 'enterprise'
        ELSE 'professional' END AS category, b.ent_id
      FROM main m LEFT JOIN big b USING (county_code) WHERE u(m.county_code, 'extra_team') < ${EXTRA_TEAM_SHARE}),
    cap AS (
      -- The provincial depot sits in the capital (city xx0100), in its county with the most expected enterprises.
      SELECT province_code, arg_max(county_code, (city_code = substr(province_code, 1, 2) || '0100', expected, county_code))
        AS county_code FROM place_county WHERE county_code IN (SELECT county_code FROM main) GROUP BY 1),
    city AS (
      SELECT city_code, arg_max(county_code, (expected, county_code)) AS county_code FROM place_county
      WHERE county_code IN (SELECT county_code FROM main) GROUP BY 1)
    SELECT county_code || ':fire_rescue' AS key, 'team' AS kind, 'fire_rescue' AS category, place_key, NULL AS ent_id FROM main
    UNION ALL SELECT county_code || ':mine_rescue', 'team', 'mine_rescue', place_key, NULL FROM mine
    UNION ALL SELECT county_code || ':hazchem_rescue', 'team', 'hazchem_rescue', place_key, NULL FROM chem
    UNION ALL SELECT x.county_code || ':' || x.category, 'team', x.category, coalesce(e.place_key, m.place_key), x.ent_id
      FROM extra x JOIN main m USING (county_code) LEFT JOIN ent_f e ON e.id = x.ent_id
    UNION ALL SELECT province_code || ':provincial', 'depot', 'provincial', m.place_key, NULL FROM cap JOIN main m USING (county_code)
    UNION ALL SELECT city_code || ':municipal', 'depot', 'municipal', m.place_key, NULL FROM city JOIN main m USING (county_code)
    UNION ALL SELECT county_code || ':county', 'depot', 'county', place_key, NULL FROM main
      WHERE u(county_code, 'depot') < ${COUNTY_DEPOT_SHARE}`);

  const plan = (await all(conn, `SELECT r.key, r.place_key, p.county_code, p.town_code FROM res_plan r
    JOIN place p USING (place_key) ORDER BY r.key`)) as unknown as { key: string; place_key: string; county_code: string; town_code: string | null }[];
  const rows = plan.map((r) => {
    const [[x, y]] = pointsFor(shapes, r.county_code, r.town_code, 1, `${seed}:res:${r.key}`) as [[number, number]];
    return `${r.key},${x},${y}`;
  });
  const file = join(dir, 'resources.csv');
  await writeFile(file, `key,lon,lat\n${rows.join('\n')}\n`);

  const gear = Object.entries(GEAR).map(([k, xs]) => `WHEN '${k}' THEN pick(c.key, 'gear', ${listLit(xs)})`).join(' ');
  const personnel = Object.entries(PERSONNEL).map(([k, [lo, hi]]) => `WHEN '${k}' THEN ${lo} + ui(c.key, 'staff', ${hi - lo + 1})`)
    .join(' ');
  const scale = Object.entries(DEPOT_SCALE).map(([k, v]) => `WHEN '${k}' THEN ${v}`).join(' ');
  const n = (base: number, spread: number) => `((${base} + ui(c.key, 'q${base}', ${spread})) * (CASE c.category ${scale} END))::VARCHAR`;
  const supplies = `'帐篷' || ${n(200, 400)} || '顶、折叠床' || ${n(400, 800)} || '张、棉被' || ${n(800, 1600)} || '床、发电机组'
    || ${n(5, 10)} || '台、冲锋舟' || ${n(2, 6)} || '艘、救生衣' || ${n(300, 500)} || '件'`;
  const provinceUnit = `c.province_name || CASE WHEN c.province_name LIKE '%省' OR c.province_name LIKE '%自治区' THEN '应急管理厅' ELSE '应急管理局' END`;
  await conn.run(`CREATE OR REPLACE TABLE res AS
    WITH r AS (
      SELECT r.*, p.county_name, p.town_short, p.county_short, p.province_code, p.city_code, p.county_code, p.town_code,
        dp.name AS province_name, dc.name AS city_name, e.name AS ent_name, pt.lon, pt.lat
      FROM res_plan r JOIN place p USING (place_key)
      JOIN read_csv(${sqlString(file)}, header = true, columns = {'key': 'VARCHAR', 'lon': 'DOUBLE', 'lat': 'DOUBLE'}) pt USING (key)
      JOIN div dp ON dp.code = p.province_code JOIN div dc ON dc.code = p.city_code
      LEFT JOIN ent_f e ON e.id = r.ent_id),
    c AS (SELECT r.*, 1 + ui(r.key, 'spec', ${SPECIALTIES.length}) AS spec FROM r)
    SELECT 'Q' || c.place_key || lpad(row_number() OVER (PARTITION BY c.place_key ORDER BY c.kind DESC, c.category, c.key)::VARCHAR, 3, '0') AS id,
      c.kind, c.category,
      CASE c.category
        WHEN 'fire_rescue' THEN c.county_name || CASE WHEN c.town_short <> c.county_short THEN c.town_short
          ELSE pick(c.key, 'dir', ['城区', '城东', '城西', '城南', '城北', '特勤']) END || '消防救援站'
        WHEN 'mine_rescue' THEN c.county_name || pick(c.key, 'brand', ${brandsLit}) || '矿山救护队'
        WHEN 'hazchem_rescue' THEN c.county_name || '危险化学品应急救援队'
        WHEN 'professional' THEN c.county_name || ${listLit(SPECIALTIES)}[c.spec] || '专业救援队'
        WHEN 'enterprise' THEN c.ent_name || '专职应急救援队'
        WHEN 'provincial' THEN c.province_name || '应急物资储备库'
        WHEN 'municipal' THEN CASE WHEN ${NAMELESS_CITY} THEN c.province_name || c.county_short || '应急物资储备分库'
          ELSE c.city_name || '应急物资储备库' END
        ELSE c.county_name || '应急物资储备库' END AS name,
      CASE c.category
        WHEN 'fire_rescue' THEN c.county_name || '消防救援大队'
        WHEN 'mine_rescue' THEN pick(c.key, 'brand', ${brandsLit}) || '矿业集团有限公司'
        WHEN 'hazchem_rescue' THEN pick(c.key, 'brand', ${brandsLit}) || '化工集团有限公司'
        WHEN 'professional' THEN c.county_name || '应急管理局'
        WHEN 'enterprise' THEN c.ent_name
        WHEN 'provincial' THEN ${provinceUnit}
        WHEN 'municipal' THEN CASE WHEN ${NAMELESS_CITY} THEN ${provinceUnit} ELSE c.city_name || '应急管理局' END
        ELSE c.county_name || '应急管理局' END AS unit,
      CASE c.category ${personnel} END::INT AS personnel,
      CASE WHEN c.category = 'professional' THEN ${listLit(SPECIALTY_GEAR)}[c.spec]
        WHEN c.kind = 'depot' THEN ${supplies} ELSE CASE c.category ${gear} END END AS equipment,
      ${phoneSql('c.key', "'res'")} AS phone,
      c.lon, c.lat, c.province_code, c.city_code, c.county_code, c.town_code
    FROM c ORDER BY id`);
}
