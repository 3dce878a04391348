// Enterprises: one row per production unit, placed in towns; sector mix by province and county kind.
import type { DuckDBConnection } from '@duckdb/node-api';
import { enterpriseNameSql, mainProductSql } from './enterprise-names.ts';
import { phoneSql, personSql } from './names.ts';
import {
  INDUSTRY_BASE, INDUSTRY_PROVINCE, KIND_SECTOR, PROVINCE_WEIGHT, SECTOR_BASE, SECTOR_PROVINCE,
} from './regions.ts';
import { valuesTable, weighted } from './sql.ts';

const KINDS = ['district', 'city', 'county'] as const;

/** Cumulative [lo, hi) bands per (prefix, kind) for sectors and per prefix for industries, computed in JS. */
function cdfRows(): { sectors: (string | number)[][]; industries: (string | number)[][] } {
  const sectors: (string | number)[][] = [];
  const industries: (string | number)[][] = [];
  for (const prefix of Object.keys(PROVINCE_WEIGHT)) {
    for (const kind of KINDS) {
      const ws = Object.entries(SECTOR_BASE).map(([s, base]) =>
        [s, base * (SECTOR_PROVINCE[s]?.[prefix] ?? 1) * (KIND_SECTOR[kind][s] ?? 1)] as const);
      const total = ws.reduce((n, [, x]) => n + x, 0);
      let acc = 0;
      for (const [s, x] of ws) {
        sectors.push([prefix, kind, s, acc / total, (acc + x) / total]);
        acc += x;
      }
    }
    const wi = Object.entries(INDUSTRY_BASE).map(([i, base]) => [i, base * (INDUSTRY_PROVINCE[i]?.[prefix] ?? 1)] as const);
    const ti = wi.reduce((n, [, x]) => n + x, 0);
    let acc = 0;
    for (const [i, x] of wi) {
      industries.push([prefix, i, acc / ti, (acc + x) / ti]);
      acc += x;
    }
  }
  return { sectors, industries };
}

const FOCUS: Record<string, [string, number][]> = {
  metallurgy: [['metal_smelting', 7], ['dust_explosion', 1], ['confined_space', 1], ['', 1]],
  nonferrous: [['metal_smelting', 5], ['wet_smelting', 2], ['dust_explosion', 1.5], ['confined_space', 1], ['', 0.5]],
  building_materials: [['cement_clinker', 2.5], ['dust_explosion', 1], ['confined_space', 1.5], ['', 5]],
  machinery: [['dust_explosion', 2], ['pv_lithium', 1], ['confined_space', 1], ['', 6]],
  light_industry: [['dust_explosion', 2], ['ammonia_refrigeration', 1.5], ['vegetable_pickling', 0.8],
    ['confined_space', 1.2], ['pv_lithium', 0.5], ['', 4]],
  textile: [['dust_explosion', 3], ['crowded_workplace', 3], ['', 4]],
  tobacco: [['dust_explosion', 3], ['confined_space', 2], ['', 5]],
  commerce_trade: [['ammonia_refrigeration', 3], ['crowded_workplace', 3], ['', 4]],
};

const EMPLOYEES: Record<string, number> = {
  coal_mine: 380, non_coal_mine: 60, hazardous_chemicals: 90, industry_trade: 45, construction: 150,
  road_transport: 80, fire_safety: 25, commerce_logistics: 20, hospitals: 220, schools: 90, civil_explosives: 70,
  electric_power: 60, special_equipment: 40, illegal_mining: 6,
};

const RISK: Record<string, [number, number, number, number]> = {
  coal_mine: [30, 40, 25, 5], hazardous_chemicals: [18, 35, 35, 12], non_coal_mine: [12, 33, 40, 15],
  illegal_mining: [20, 40, 30, 10], civil_explosives: [25, 40, 30, 5], metal: [12, 33, 40, 15],
  industry_trade: [2, 8, 48, 42], construction: [4, 18, 50, 28], urban_gas: [8, 26, 44, 22],
  road_transport: [3, 15, 52, 30], tourism: [3, 12, 50, 35], hydropower: [5, 22, 46, 27], default: [1, 5, 40, 54],
};

function riskSql(): string {
  const arm = (k: string) => {
    const [a, b, c, d] = RISK[k]!;
    return weighted(`u(e.id, 'risk')`, [['major', a], ['larger', b], ['general', c], ['low', d]]);
  };
  const sectors = Object.keys(RISK).filter((k) => k !== 'metal' && k !== 'default');
  return `(CASE WHEN e.sector = 'industry_trade' AND e.industry IN ('metallurgy', 'nonferrous') THEN ${arm('metal')}
    ${sectors.map((k) => `WHEN e.sector = '${k}' THEN ${arm(k)}`).join(' ')} ELSE ${arm('default')} END)`;
}

export async function buildEnterprises(conn: DuckDBConnection): Promise<void> {
  const { sectors, industries } = cdfRows();
  // Lookup tables with 10,000 buckets per (prefix, kind): an equi-join replaces a range join.
  await conn.run(`CREATE OR REPLACE TABLE sector_lut AS
    SELECT prefix, kind, sector, unnest(range(round(lo * 10000)::INT, round(hi * 10000)::INT)) AS b
    FROM ${valuesTable(['prefix', 'kind', 'sector', 'lo', 'hi'], sectors)}`);
  await conn.run(`CREATE OR REPLACE TABLE industry_lut AS
    SELECT prefix, industry, unnest(range(round(lo * 10000)::INT, round(hi * 10000)::INT)) AS b
    FROM ${valuesTable(['prefix', 'industry', 'lo', 'hi'], industries)}`);
  const focusArms = Object.entries(FOCUS)
    .map(([k, opts]) => `WHEN '${k}' THEN ${weighted(`u(e.id, 'focus')`, opts)}`).join(' ');
  const empArms = Object.entries(EMPLOYEES).map(([k, v]) => `WHEN '${k}' THEN ${v}`).join(' ');
  await conn.run(`CREATE OR REPLACE TABLE ent AS
    WITH base AS (
      SELECT 'E' || p.place_key || lpad((r.i + 1)::VARCHAR, 5, '0') AS id, p.place_key, r.i AS place_idx,
        p.province_code, p.city_code, p.county_code, p.town_code, p.prefix, p.kind, p.county_short, p.town_short
      FROM place p, range(p.n_ent) r(i)),
    a AS (
      SELECT e.*, s.sector,
        CASE s.sector
          WHEN 'construction' THEN ${weighted(`u(e.id, 'sub')`, [['building_municipal', 60], ['highway', 15], ['railway', 5], ['water', 10], ['power', 10]])}
          WHEN 'hydropower' THEN ${weighted(`u(e.id, 'sub')`, [['hydro_large', 1], ['hydro_small', 9]])}
        END AS subsector,
        CASE WHEN s.sector = 'industry_trade' THEN i.industry END AS industry
      FROM base e
      JOIN sector_lut s ON s.prefix = e.prefix AND s.kind = e.kind AND s.b = ui(e.id, 'sector', 10000)
      JOIN industry_lut i ON i.prefix = e.prefix AND i.b = ui(e.id, 'ind', 10000)),
    b AS (
      SELECT e.*, nullif(CASE e.industry ${focusArms} END, '') AS focus_field,
        greatest(3, round((CASE e.sector ${empArms} ELSE 35 END) * lognorm(e.id, 'emp', 0.9)))::INT AS employees0,
        CASE WHEN u(e.id, 'q') < 0.6 THEN 'good' WHEN u(e.id, 'q') < 0.9 THEN 'fair' ELSE 'poor' END AS quality
      FROM a e),
    x AS (
      SELECT e.*, CASE WHEN e.focus_field = 'dust_explosion' THEN greatest(10, e.employees0) ELSE e.employees0 END AS employees,
        ${riskSql()} AS risk_level
      FROM b e)
    SELECT e.* EXCLUDE (employees0, prefix, kind, county_short, town_short), ${enterpriseNameSql()} AS name,
      '91' || e.county_code || hex9(e.id, 'credit') || (ui(e.id, 'chk', 10))::VARCHAR AS credit_code,
      e.risk_level IN ('major', 'larger') OR e.employees >= 500
        OR e.sector IN ('coal_mine', 'hazardous_chemicals', 'civil_explosives') AS is_key,
      CASE WHEN e.employees >= 1000 THEN 'large' WHEN e.employees >= 300 THEN 'medium'
        WHEN e.employees >= 20 THEN 'small' ELSE 'micro' END AS size,
      ${personSql('e.id', "'principal'")} AS principal, ${phoneSql('e.id', "'phone'")} AS phone,
      ${mainProductSql()} AS main_product,
      u(e.id, 'info') < 0.88 AS info_complete, u(e.id, 'qr') < 0.7 AS risk_code_system,
      e.sector = 'hazardous_chemicals' AND u(e.id, 'old') < 0.15 AS old_installation,
      (e.sector = 'hazardous_chemicals' OR e.industry IN ('metallurgy', 'nonferrous')) AND u(e.id, 'hri') < 0.12
        AS high_risk_installation,
      e.quality = 'poor' AND u(e.id, 'repeat') < 0.05
        AND e.sector IN ('coal_mine', 'non_coal_mine', 'hazardous_chemicals', 'industry_trade', 'construction')
        AS repeat_offender
    FROM x e
    ORDER BY e.id`);
}
