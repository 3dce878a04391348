// Where things are: a skewed (lognormal) weight per county and town, enterprise counts per town,
// and the documented red-flag counties.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DuckDBConnection } from '@duckdb/node-api';
import { PROVINCE_WEIGHT, SEED_BOOST, SEED_CITY_BOOST } from './regions.ts';
import { shortPlaceSql } from './names.ts';
import { caseMap, listLit } from './sql.ts';

export interface RedFlags {
  zero_enforcement: string[];
  self_check_silent: string[];
  slow_progress: string[];
  accident_hotspots: string[];
}

export function readRedFlags(root: string): RedFlags {
  return JSON.parse(readFileSync(join(root, 'data', 'gen', 'red-flags.json'), 'utf8')) as RedFlags;
}

/** county kind from its name: 区 = urban district, 市 = county-level city, else rural county/banner. */
const kindSql = `CASE WHEN name LIKE '%区' THEN 'district' WHEN name LIKE '%市' THEN 'city' ELSE 'county' END`;

export async function buildPlaces(conn: DuckDBConnection, nationalEnterprises: number, flags: RedFlags): Promise<void> {
  const total = Object.values(PROVINCE_WEIGHT).reduce((a, b) => a + b, 0);
  const provTarget = `${nationalEnterprises / total} * ${caseMap('substr(c.province_code, 1, 2)', PROVINCE_WEIGHT, 1)}`;
  await conn.run(`CREATE OR REPLACE TABLE place_county AS
    WITH c AS (
      SELECT c.code AS county_code, c.city_code, c.province_code, c.name, ${kindSql} AS kind,
        c.has_boundary, (SELECT count(*) FROM div_town t WHERE t.county_code = c.code) AS n_towns,
        ${provTarget} AS prov_target
      FROM div_county c),
    w AS (
      SELECT *, CASE WHEN has_boundary THEN lognorm(county_code, 'cw', 0.9)
          * CASE kind WHEN 'district' THEN 1.3 WHEN 'city' THEN 1.2 ELSE 0.9 END
          * ${caseMap('county_code', SEED_BOOST, 1)} * ${caseMap('city_code', SEED_CITY_BOOST, 1)}
        ELSE 0 END AS w
      FROM c)
    SELECT *, round(prov_target * w / sum(w::DECIMAL(18, 6)) OVER (PARTITION BY province_code), 6) AS expected,
      county_code IN (SELECT unnest(${listLit(flags.zero_enforcement)})) AS flag_zero_enforcement,
      county_code IN (SELECT unnest(${listLit(flags.self_check_silent)})) AS flag_self_check_silent,
      county_code IN (SELECT unnest(${listLit(flags.slow_progress)})) AS flag_slow_progress,
      county_code IN (SELECT unnest(${listLit(flags.accident_hotspots)})) AS flag_accident_hotspot,
      substr(province_code, 1, 2) AS prefix
    FROM w`);

  // Towns of eligible counties; a county without towns is one place with a NULL town.
  await conn.run(`CREATE OR REPLACE TABLE place AS
    WITH t AS (
      SELECT t.code AS town_code, t.county_code, t.name AS town_name, t.has_boundary AS town_has_boundary,
        lognorm(t.code, 'tw', 0.7) * CASE WHEN t.name LIKE '%街道' THEN 1.3 ELSE 1 END
          * ${caseMap('t.code', SEED_BOOST, 1)} AS w
      FROM div_town t
      UNION ALL
      SELECT NULL, county_code, NULL, false, 1.0 FROM place_county WHERE n_towns = 0),
    j AS (
      SELECT t.*, c.city_code, c.province_code, c.prefix, c.name AS county_name, c.kind, c.expected,
        round(c.expected * t.w / sum(t.w::DECIMAL(18, 6)) OVER (PARTITION BY t.county_code), 6) AS town_expected
      FROM t JOIN place_county c USING (county_code) WHERE c.w > 0)
    SELECT coalesce(town_code, county_code || '000') AS place_key, *,
      floor(town_expected + u(coalesce(town_code, county_code), 'round'))::INT AS n_ent,
      ${shortPlaceSql('county_name')} AS county_short,
      CASE WHEN regexp_matches(town_name, '(镇|乡|街道|苏木)$') AND length(${shortPlaceSql('town_name')}) <= 4
        THEN ${shortPlaceSql('town_name')} ELSE ${shortPlaceSql('county_name')} END AS town_short
    FROM j`);
}
