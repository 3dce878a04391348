// A tiny, clearly labelled sample ("示例数据") in the data contract: a handful of real divisions and
// a few dozen records made by formula. Used as the SQL-test fixture and as a fallback dataset.
import { mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { DuckDBConnection } from '@duckdb/node-api';
import { writeParquet } from '../lib/duck';
import type { ManifestBuilder } from '../lib/manifest';
import { createGeoMacros, destination, downstreamSql } from '../gen/dams';
import { riskFlagsSql } from '../gen/risks';
import { pointWkbHex } from '../gen/shapes';
import { GEO } from '../gen/write';
import { industryTradeItems } from '../../src/domain/taxonomy';

const CATEGORY_COUNT = 8;
const CATEGORIES = `[${industryTradeItems.slice(0, CATEGORY_COUNT).map((c) => `'${c.key}'`).join(', ')}]`;

const DIVISIONS: [string, string, string, string | null, number, number][] = [
  ['530000', '云南省', 'province', null, 101.5, 24.9],
  ['530100', '昆明市', 'city', '530000', 102.71, 25.04],
  ['530102', '五华区', 'county', '530100', 102.70, 25.05],
  ['530300', '曲靖市', 'city', '530000', 103.80, 25.49],
  ['530302', '麒麟区', 'county', '530300', 103.797, 25.501],
  ['530302001', '南宁街道', 'town', '530302', 103.79, 25.50],
  ['530302002', '建宁街道', 'town', '530302', 103.81, 25.51],
  ['532500', '红河哈尼族彝族自治州', 'city', '530000', 103.38, 23.36],
  ['532501', '个旧市', 'county', '532500', 103.16, 23.36],
  ['140000', '山西省', 'province', null, 112.3, 37.6],
  ['140200', '大同市', 'city', '140000', 113.30, 40.08],
  ['140213', '平城区', 'county', '140200', 113.30, 40.08],
  ['141100', '吕梁市', 'city', '140000', 111.14, 37.52],
  ['141128', '方山县', 'county', '141100', 111.24, 37.89],
  ['141128105', '积翠镇', 'town', '141128', 111.30, 37.95],
];

const codesSql = `CASE level
    WHEN 'province' THEN [code, NULL, NULL, NULL]
    WHEN 'city' THEN [substr(code,1,2)||'0000', code, NULL, NULL]
    WHEN 'county' THEN [substr(code,1,2)||'0000', substr(code,1,4)||'00', code, NULL]
    ELSE [substr(code,1,2)||'0000', substr(code,1,4)||'00', substr(code,1,6), code] END`;

async function createDivisions(conn: DuckDBConnection): Promise<void> {
  const values = DIVISIONS.map(([c, n, l, p, x, y]) => `('${c}','${n}','${l}',${p ? `'${p}'` : 'NULL'},${x},${y})`).join(',');
  await conn.run(`CREATE OR REPLACE TABLE divisions AS
    SELECT code, name, level, parent_code, c[1] AS province_code, c[2] AS city_code, c[3] AS county_code, c[4] AS town_code,
           label_lon::DOUBLE AS label_lon, label_lat::DOUBLE AS label_lat, 100.0::DOUBLE AS area_km2, false AS functional_zone, true AS has_boundary, false AS boundary_approximate
    FROM (SELECT *, ${codesSql} AS c FROM (VALUES ${values}) v(code, name, level, parent_code, label_lon, label_lat))`);
}

// Records live in the finest divisions (towns where they exist, else counties).
async function createRecords(conn: DuckDBConnection): Promise<void> {
  await conn.run(`CREATE OR REPLACE TABLE leaf AS
    SELECT row_number() OVER (ORDER BY code) - 1 AS i, * FROM divisions d
    WHERE level = 'town' OR (level = 'county' AND NOT EXISTS (SELECT 1 FROM divisions t WHERE t.parent_code = d.code))`);
  await conn.run(`CREATE OR REPLACE TABLE enterprises AS
    SELECT 'E' || lpad(g::VARCHAR, 5, '0') AS id, '示例企业' || g AS name, '91530300MA' || lpad(g::VARCHAR, 8, '0') AS credit_code,
      ['industry_trade','hazardous_chemicals','non_coal_mine','coal_mine'][1 + g % 4] AS sector, NULL::VARCHAR AS industry,
      NULL::VARCHAR AS focus_field, g % 3 = 0 AS is_key, 20 + g * 7 AS employees,
      ['major','larger','general','low'][1 + g % 4] AS risk_level, '张*' AS principal, '138****' || lpad((g * 37 % 10000)::VARCHAR, 4, '0') AS phone,
      (l.label_lon + (g % 5) * 0.002)::DOUBLE AS lon, (l.label_lat + (g % 3) * 0.002)::DOUBLE AS lat,
      l.province_code, l.city_code, l.county_code, l.town_code
    FROM range(24) r(g) JOIN leaf l ON l.i = g % (SELECT count(*) FROM leaf)`);
  await conn.run(`CREATE OR REPLACE TABLE hazards AS
    SELECT 'H' || lpad(g::VARCHAR, 5, '0') AS id, e.id AS enterprise_id, NULL::VARCHAR AS site_id, e.sector,
      ${CATEGORIES}[1 + g % ${CATEGORY_COUNT}] AS category, '示例隐患描述 ' || g AS description,
      ['self_check','department','supervision','report'][1 + g % 4] AS source,
      DATE '2023-05-10' + INTERVAL (g * 5) DAY AS found_date, g % 2 = 0 AS reported,
      CASE WHEN g % 5 = 0 THEN ['province','city','county'][1 + g % 3] END AS supervision_level,
      '李*' AS responsible_person, '限期整改' AS measures, (g % 7) * 1.5 AS funds_wan,
      DATE '2023-05-10' + INTERVAL (g * 5 + 30) DAY AS deadline,
      ['open','rectifying','rectified','verified'][1 + g % 4] AS status,
      CASE WHEN g % 4 >= 2 THEN DATE '2023-05-10' + INTERVAL (g * 5 + 20) DAY END AS rectified_date,
      CASE WHEN g % 4 = 3 THEN DATE '2023-05-10' + INTERVAL (g * 5 + 25) DAY END AS verified_date,
      g % 6 = 1 AS penalized, CASE WHEN g % 6 = 1 THEN 2.0 ELSE 0 END AS fine_wan, g % 12 = 1 AS dual_penalty,
      e.lon, e.lat, e.province_code, e.city_code, e.county_code, e.town_code
    FROM range(48) r(g) JOIN enterprises e ON e.id = 'E' || lpad((g % 24)::VARCHAR, 5, '0')`);
  for (const t of ['hazards']) {
    await conn.run(`ALTER TABLE ${t} ALTER found_date TYPE DATE; ALTER TABLE ${t} ALTER deadline TYPE DATE;
      ALTER TABLE ${t} ALTER rectified_date TYPE DATE; ALTER TABLE ${t} ALTER verified_date TYPE DATE`);
  }
}

const HALF: Record<string, number> = { province: 2, city: 0.5, county: 0.15, town: 0.02 };

/** Little-endian WKB of a square polygon, as hex for DuckDB's from_hex(). */
function squareWkbHex(lon: number, lat: number, half: number): string {
  const ring = [[lon - half, lat - half], [lon + half, lat - half], [lon + half, lat + half], [lon - half, lat + half], [lon - half, lat - half]];
  const view = new DataView(new ArrayBuffer(13 + ring.length * 16));
  view.setUint8(0, 1);
  view.setUint32(1, 3, true);
  view.setUint32(5, 1, true);
  view.setUint32(9, ring.length, true);
  ring.forEach(([x, y], i) => {
    view.setFloat64(13 + i * 16, x!, true);
    view.setFloat64(21 + i * 16, y!, true);
  });
  return Buffer.from(view.buffer).toString('hex');
}

// Squares around the label points stand in for outlines; towns are flagged approximate as in the real data.
async function writeBoundaries(conn: DuckDBConnection, outDir: string, manifest: ManifestBuilder): Promise<void> {
  const values = DIVISIONS.map(([c, n, l, , x, y]) => `('${c}','${n}','${l}',${l === 'town'},${x - HALF[l]!},${y - HALF[l]!},${x + HALF[l]!},${y + HALF[l]!},from_hex('${squareWkbHex(x, y, HALF[l]!)}'))`);
  await conn.run(`CREATE OR REPLACE TABLE boundaries AS SELECT code, name, level, approximate, xmin::DOUBLE AS xmin, ymin::DOUBLE AS ymin, xmax::DOUBLE AS xmax, ymax::DOUBLE AS ymax, geometry FROM (VALUES ${values.join(',')}) v(code, name, level, approximate, xmin, ymin, xmax, ymax, geometry)`);
  const parts: [string, string][] = [['province', ''], ['city', '']];
  for (const p of ['140000', '530000']) parts.push(['county', p], ['town', p]);
  for (const [level, province] of parts) {
    const dir = join(outDir, 'boundaries', `level=${level}`, province ? `province_code=${province}` : '');
    await mkdir(dir, { recursive: true });
    const where = `level = '${level}'` + (province ? ` AND left(code, 2) = '${province.slice(0, 2)}'` : '');
    const file = join(dir, 'data.parquet');
    manifest.add('boundaries', file, await writeParquet(conn, `SELECT * FROM boundaries WHERE ${where} ORDER BY code`, file));
  }
}

const TABLE_ORDER: [string, string][] = [
  ['divisions', 'code'], ['enterprises', 'id'], ['hazards', 'id'], ['sites', 'id'], ['risks', 'id'],
  ['risk_controls', 'risk_id, seq'], ['risk_duties', 'risk_id, seq'], ['risk_emergency', 'risk_id'],
  ['emergency_resources', 'id'], ['villages', 'id'],
];

export async function buildSample(conn: DuckDBConnection, outDir: string, manifest: ManifestBuilder): Promise<void> {
  await rm(outDir, { recursive: true, force: true });
  await createDivisions(conn);
  await createRecords(conn);
  await createDamsAndVillages(conn);
  await createRisks(conn);
  await createResources(conn);
  await writeBoundaries(conn, outDir, manifest);
  for (const [table, order] of TABLE_ORDER) {
    const provinces = table === 'divisions' ? [null] : ['140000', '530000'];
    for (const p of provinces) {
      const dir = p ? join(outDir, table, `province_code=${p}`) : join(outDir, table);
      await mkdir(dir, { recursive: true });
      const file = join(dir, 'data.parquet');
      const where = p ? `WHERE province_code = '${p}'` : '';
      const options = table === 'sites' ? { kvMetadata: { geo: GEO } } : {};
      manifest.add(table, file, await writeParquet(conn, `SELECT * FROM ${table} ${where} ORDER BY ${order}`, file, options));
    }
  }
}

const CODES = 'province_code, city_code, county_code, town_code';

/**
 * Two tailings dams and a bridge. Dam S00001 (积翠镇, downstream south) has a village 0.5 km downstream:
 * 头顶库. Dam S00002 (麒麟区, downstream north) has a village 0.6 km upstream and one 3 km downstream: not
 * 头顶库, one settlement downstream. The flags are computed with the generator's rule (dams.ts).
 */
async function createDamsAndVillages(conn: DuckDBConnection): Promise<void> {
  const damA: [number, number] = [111.31, 37.96];
  const damB: [number, number] = [103.80, 25.52];
  const villages: [string, string, number, [number, number], string][] = [
    ['N141128105001', '张家村', 860, destination(damA, 0.5, 185), '141128105'],
    ['N141128105002', '上河村', 420, destination(damA, 2.5, 20), '141128105'],
    ['N530302002001', '和平社区', 5200, destination(damB, 3, 10), '530302002'],
    ['N530302002002', '李家湾村', 730, destination(damB, 0.6, 180), '530302002'],
  ];
  const rows = villages.map(([id, name, pop, [x, y], town]) => `('${id}', '${name}', ${pop}, ${x}, ${y}, '${town}')`);
  await conn.run(`CREATE OR REPLACE TABLE villages AS
    SELECT v.id, v.name, v.population::INTEGER AS population, v.lon::DOUBLE AS lon, v.lat::DOUBLE AS lat, ${CODES.split(', ').map((c) => `d.${c}`).join(', ')}
    FROM (VALUES ${rows.join(', ')}) v(id, name, population, lon, lat, town) JOIN divisions d ON d.code = v.town`);
  const sites: [string, string, string, number | null, [number, number], string][] = [
    ['S00001', 'tailings_dam', '积翠鑫源尾矿库', 180, damA, '141128105'],
    ['S00002', 'tailings_dam', '建宁宏达尾矿库', 0, damB, '530302002'],
    ['S00003', 'single_pier_bridge', '南宁华宇路立交桥', null, [103.792, 25.502], '530302001'],
  ];
  const siteRows = sites.map(([id, type, name, bearing, [x, y], town]) =>
    `('${id}', '${type}', '${name}', ${bearing ?? 'NULL'}, ${x}, ${y}, from_hex('${pointWkbHex(x, y)}'), '${town}')`);
  await conn.run(`CREATE OR REPLACE TABLE site_pts AS SELECT * FROM (VALUES ${siteRows.join(', ')})
    v(id, type, name, downstream_bearing, lon, lat, geometry, town)`);
  await createGeoMacros(conn);
  await conn.run(`CREATE OR REPLACE TABLE site_dam AS ${downstreamSql(
    `(SELECT id, lon::DOUBLE AS lon, lat::DOUBLE AS lat, downstream_bearing::DOUBLE AS bearing FROM site_pts WHERE type = 'tailings_dam')`,
    `(SELECT lon, lat FROM villages UNION ALL SELECT label_lon, label_lat FROM divisions WHERE level = 'town')`)}`);
  await conn.run(`CREATE OR REPLACE TABLE sites AS
    SELECT s.id, s.type, s.name, CASE WHEN s.type = 'tailings_dam' THEN 'non_coal_mine' ELSE 'highway_facilities' END AS sector,
      CASE WHEN s.type = 'single_pier_bridge' THEN '华宇路' END AS road_name, '示例管理单位' AS owner,
      NULL::VARCHAR AS facility_kind, CASE WHEN s.type = 'tailings_dam' THEN 4 END::INTEGER AS grade,
      CASE WHEN s.type = 'tailings_dam' THEN 35.0 ELSE 9.5 END::DOUBLE AS height_m,
      CASE WHEN s.type = 'tailings_dam' THEN 120.0 END::DOUBLE AS capacity_wan_m3,
      d.villages_downstream, d.above_village, s.downstream_bearing::DOUBLE AS downstream_bearing,
      CASE WHEN s.type = 'tailings_dam' THEN true END AS online_monitoring, NULL::DOUBLE AS length_km,
      CASE WHEN d.above_village THEN 'major' ELSE 'general' END AS risk_level,
      NULL::VARCHAR AS status, NULL::VARCHAR AS hazard_id, NULL::DATE AS found_date, NULL::DATE AS deadline,
      NULL::DATE AS rectified_date, s.lon::DOUBLE AS lon, s.lat::DOUBLE AS lat, s.geometry,
      ${CODES.split(', ').map((c) => `t.${c}`).join(', ')}
    FROM site_pts s LEFT JOIN site_dam d USING (id) JOIN divisions t ON t.code = s.town`);
  await conn.run('DROP TABLE site_pts; DROP TABLE site_dam');
}

/**
 * Risks of the key enterprises (but E00021: a basic-list gap) and of the sites, with each kind of gap:
 * R00003 has no control list, R00006 names no department person, R00009 has no emergency list, R00012 drilled
 * too long ago, R00015 never drilled, R00018 has a measure not in place.
 */
async function createRisks(conn: DuckDBConnection): Promise<void> {
  await conn.run(`CREATE OR REPLACE TABLE risk_base AS
    SELECT 'R' || substr(id, 2) AS id, 'enterprise' AS object_type, id AS object_id, sector, name AS object_name,
      risk_level, lon, lat, ${CODES}
    FROM enterprises WHERE is_key AND id <> 'E00021'
    UNION ALL
    SELECT 'R' || id, 'site', id, sector, name, risk_level, lon, lat, ${CODES} FROM sites`);
  await conn.run(`CREATE OR REPLACE TABLE risk_controls AS
    SELECT r.id AS risk_id, m.seq::INTEGER AS seq, m.measure_type, m.measure,
      NOT (r.id = 'R00018' AND m.seq = 3) AS in_place, m.seq = 1 AND r.object_type = 'site' AS monitored, ${CODES}
    FROM risk_base r, (VALUES (1, 'engineering', '安装监测报警装置并与设备联锁'), (2, 'management', '落实主要负责人包保责任'),
      (3, 'emergency', '编制现场处置方案')) m(seq, measure_type, measure)
    WHERE r.id <> 'R00003'`);
  await conn.run(`CREATE OR REPLACE TABLE risk_duties AS
    SELECT r.id AS risk_id, d.seq::INTEGER AS seq, d.role, d.unit,
      CASE WHEN r.id = 'R00006' AND d.role = 'department' THEN NULL ELSE d.person END AS person,
      CASE WHEN r.id = 'R00006' AND d.role = 'department' THEN NULL ELSE '139****' || lpad(d.seq::VARCHAR, 4, '0') END AS phone,
      ${CODES}
    FROM risk_base r, (VALUES (1, 'enterprise', '示例企业', '张伟'), (2, 'department', '应急管理局', '李娜'),
      (3, 'local_government', '乡镇人民政府', '王强')) d(seq, role, unit, person)`);
  // The sample's snapshot (latest hazard) is 2023-12-31.
  await conn.run(`CREATE OR REPLACE TABLE risk_emergency AS
    SELECT r.id AS risk_id, r.object_name || '专项应急预案' AS plan, DATE '2022-03-01' AS plan_date,
      '属地消防救援站' AS rescue_team, '灭火器、正压式空气呼吸器、急救药品' AS supplies, '经东侧大门撤离至上风向空旷地带' AS evacuation_route,
      CASE r.id WHEN 'R00012' THEN DATE '2022-05-20' WHEN 'R00015' THEN NULL ELSE DATE '2023-11-15' END AS last_drill_date,
      ${CODES}
    FROM risk_base r WHERE r.id <> 'R00009'`);
  await conn.run(`CREATE OR REPLACE TABLE risk_main AS
    SELECT r.id, r.object_type, r.object_id, r.sector, r.object_name || '重大安全风险' AS name,
      CASE WHEN r.object_type = 'site' THEN 'dam_failure' ELSE 'fire' END AS risk_type, r.risk_level,
      '可能造成人员伤亡' AS consequences, DATE '2022-06-01' AS identified_date, r.lon, r.lat, ${CODES}
    FROM risk_base r`);
  await conn.run(`CREATE OR REPLACE TABLE risks AS
    SELECT id, object_type, object_id, sector, name, risk_type, risk_level, consequences, identified_date, has_controls,
      controls_in_place, monitored, duties_named, has_emergency, last_drill_date, lon, lat, ${CODES}
    FROM (${riskFlagsSql('risk_main', 'risk_controls', 'risk_duties', 'risk_emergency')})`);
  await conn.run('DROP TABLE risk_base; DROP TABLE risk_main');
}

/** A fire rescue station in every county with records, a mine and a hazchem team, and three depots. */
async function createResources(conn: DuckDBConnection): Promise<void> {
  const rows: [string, string, string, string, string, number | null, string, number, number, string][] = [
    ['Q530102000001', 'team', 'fire_rescue', '五华区城区消防救援站', '五华区消防救援大队', 45, '水罐消防车3辆、抢险救援消防车1辆', 102.702, 25.052, '530102'],
    ['Q530302001001', 'team', 'fire_rescue', '麒麟区南宁消防救援站', '麒麟区消防救援大队', 38, '水罐消防车2辆、泡沫消防车1辆', 103.793, 25.498, '530302001'],
    ['Q530302002001', 'team', 'hazchem_rescue', '麒麟区危险化学品应急救援队', '宏达化工集团有限公司', 30, '重型防化服20套、堵漏工具组', 103.812, 25.512, '530302002'],
    ['Q532501000001', 'team', 'fire_rescue', '个旧市城区消防救援站', '个旧市消防救援大队', 40, '水罐消防车2辆、抢险救援消防车1辆', 103.162, 23.362, '532501'],
    ['Q140213000001', 'team', 'fire_rescue', '平城区城区消防救援站', '平城区消防救援大队', 52, '城市主战消防车2辆、生命探测仪', 113.302, 40.082, '140213'],
    ['Q141128105001', 'team', 'fire_rescue', '方山县积翠消防救援站', '方山县消防救援大队', 28, '水罐消防车2辆、排烟机', 111.302, 37.952, '141128105'],
    ['Q141128105002', 'team', 'mine_rescue', '方山县鑫源矿山救护队', '鑫源矿业集团有限公司', 60, '矿山救护车2辆、正压氧气呼吸器40台', 111.298, 37.948, '141128105'],
    ['Q530102000002', 'depot', 'provincial', '云南省应急物资储备库', '云南省应急管理厅', null, '帐篷2000顶、棉被8000床', 102.705, 25.055, '530102'],
    ['Q530302001002', 'depot', 'municipal', '曲靖市应急物资储备库', '曲靖市应急管理局', null, '帐篷600顶、棉被2400床', 103.788, 25.503, '530302001'],
    ['Q141128105003', 'depot', 'county', '方山县应急物资储备库', '方山县应急管理局', null, '帐篷200顶、棉被800床', 111.305, 37.955, '141128105'],
  ];
  const values = rows.map(([id, kind, cat, name, unit, staff, gear, x, y, code]) =>
    `('${id}', '${kind}', '${cat}', '${name}', '${unit}', ${staff ?? 'NULL'}, '${gear}', ${x}, ${y}, '${code}')`);
  await conn.run(`CREATE OR REPLACE TABLE emergency_resources AS
    SELECT v.id, v.kind, v.category, v.name, v.unit, v.personnel::INTEGER AS personnel, v.equipment,
      '138****' || right(v.id, 4) AS phone, v.lon::DOUBLE AS lon, v.lat::DOUBLE AS lat,
      ${CODES.split(', ').map((c) => `d.${c}`).join(', ')}
    FROM (VALUES ${values.join(', ')}) v(id, kind, category, name, unit, personnel, equipment, lon, lat, code)
    JOIN divisions d ON d.code = v.code`);
}
