// A tiny, clearly labelled sample ("示例数据") in the data contract: a handful of real divisions and
// a few dozen records made by formula. Used as the SQL-test fixture and as a fallback dataset.
import { mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { DuckDBConnection } from '@duckdb/node-api';
import { writeParquet } from '../lib/duck';
import type { ManifestBuilder } from '../lib/manifest';
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

export async function buildSample(conn: DuckDBConnection, outDir: string, manifest: ManifestBuilder): Promise<void> {
  await rm(outDir, { recursive: true, force: true });
  await createDivisions(conn);
  await createRecords(conn);
  await writeBoundaries(conn, outDir, manifest);
  for (const [table, order] of [['divisions', 'code'], ['enterprises', 'id'], ['hazards', 'id']] as const) {
    const provinces = table === 'divisions' ? [null] : ['140000', '530000'];
    for (const p of provinces) {
      const dir = p ? join(outDir, table, `province_code=${p}`) : join(outDir, table);
      await mkdir(dir, { recursive: true });
      const file = join(dir, 'data.parquet');
      const where = p ? `WHERE province_code = '${p}'` : '';
      manifest.add(table, file, await writeParquet(conn, `SELECT * FROM ${table} ${where} ORDER BY ${order}`, file));
    }
  }
}
