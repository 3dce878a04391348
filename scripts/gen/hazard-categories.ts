// Which criteria clause a hazard falls under: lookup tables from the taxonomy and the SQL choosing a group.
import type { DuckDBConnection } from '@duckdb/node-api';
import { criteriaDocuments, hazardCategories } from '../../src/domain/taxonomy.ts';
import { valuesTable, weighted } from './sql.ts';

/** Group keys: it_mgmt, it_ind:<industry>, it_sp:<focus>, <criteria>:<group>, <criteria>:*. */
function groupRows(): (string | number)[][] {
  const groups = new Map<string, string[]>();
  const add = (g: string, key: string) => (groups.get(g) ?? groups.set(g, []).get(g)!).push(key);
  for (const c of hazardCategories) {
    if (c.criteria === 'industry_trade_2023') {
      add(c.group === 'management' ? 'it_mgmt' : c.group === 'industry' ? `it_ind:${c.field}` : `it_sp:${c.field}`, c.key);
    } else {
      add(`${c.criteria}:${c.group}`, c.key);
      add(`${c.criteria}:*`, c.key);
    }
  }
  const rows: (string | number)[][] = [];
  for (const [g, keys] of [...groups.entries()].sort(([a], [b]) => a.localeCompare(b))) {
    keys.forEach((k, i) => rows.push([g, i, k, keys.length]));
  }
  return rows;
}

export async function createCategoryTables(conn: DuckDBConnection): Promise<void> {
  await conn.run(`CREATE OR REPLACE TABLE cat_group AS ${valuesTable(['grp', 'idx', 'category', 'n'], groupRows())}`);
  await conn.run(`CREATE OR REPLACE TABLE cat_label AS ${valuesTable(['category', 'label', 'criteria'],
    hazardCategories.map((c) => [c.key, c.label, c.criteria]))}`);
}

function criteriaOf(sector: string): string {
  return criteriaDocuments.find((d) => (d.sectors as readonly string[]).includes(sector))?.key ?? 'general';
}

const SECTORS = [
  'coal_mine', 'non_coal_mine', 'illegal_mining', 'hazardous_chemicals', 'road_transport', 'highway_facilities',
  'construction', 'fire_safety', 'self_built_housing', 'urban_gas', 'tourism', 'waterway_fishing', 'civil_explosives',
  'schools', 'special_equipment', 'water_conservancy', 'hydropower', 'flood_control', 'electric_power',
  'commerce_logistics', 'slaughter_biogas', 'hospitals', 'laboratories', 'industrial_parks', 'other',
];

/** SQL: the category group of a hazard row `h` with sector, industry, focus_field and site_type. */
export function groupSql(): string {
  const it = `CASE WHEN h.focus_field IN ('dust_explosion', 'ammonia_refrigeration', 'confined_space')
      THEN ${weighted(`u(h.id, 'grp')`, [['m', 3], ['i', 5], ['s', 4]])}
      ELSE ${weighted(`u(h.id, 'grp')`, [['m', 3], ['i', 5]])} END`;
  const bySector = SECTORS.map((s) => {
    const g = s === 'road_transport' ? 'road_transport:enterprise' : `${criteriaOf(s)}:*`;
    return `WHEN '${s}' THEN '${g}'`;
  }).join(' ');
  return `(CASE
    WHEN h.site_type = 'single_pier_bridge' THEN 'road_transport:facility'
    WHEN h.site_type IN ('waterside_cliff_road', 'steep_downgrade') THEN 'road_transport:facility'
    WHEN h.site_type = 'tailings_dam' THEN 'metal_nonmetal_2022:tailings'
    WHEN h.site_type = 'high_slope' THEN 'metal_nonmetal_2022:open_pit'
    WHEN h.site_type = 'tourism_facility' THEN 'tourism:*'
    WHEN h.sector = 'industry_trade' THEN (CASE ${it}
      WHEN 'm' THEN 'it_mgmt' WHEN 'i' THEN 'it_ind:' || h.industry ELSE 'it_sp:' || h.focus_field END)
    ELSE (CASE h.sector ${bySector} ELSE 'general:*' END) END)`;
}

/** Road facility sites have one fixed category each. */
export const SITE_CATEGORY_SQL = `(CASE h.site_type WHEN 'single_pier_bridge' THEN 'road_single_pier'
  WHEN 'waterside_cliff_road' THEN 'road_cliff_guard' WHEN 'steep_downgrade' THEN 'road_steep_downgrade' END)`;

export const LOCATION_SQL = `(CASE
  WHEN h.sector IN ('industry_trade', 'hazardous_chemicals', 'civil_explosives') THEN pick(h.id, 'loc', ['一号车间', '二号车间', '三号车间', '生产区', '厂区', '仓储区'])
  WHEN h.sector = 'coal_mine' THEN pick(h.id, 'loc', ['一采区', '二采区', '井下', '地面工业广场'])
  WHEN h.sector IN ('non_coal_mine', 'illegal_mining') THEN pick(h.id, 'loc', ['一号采区', '二号采区', '矿区', '生产区'])
  WHEN h.sector = 'construction' THEN pick(h.id, 'loc', ['1号楼', '2号楼', '3号楼', '施工现场'])
  WHEN h.sector IN ('fire_safety', 'self_built_housing', 'commerce_logistics', 'hospitals', 'schools') THEN pick(h.id, 'loc', ['一层', '二层', '三层', '地下一层'])
  ELSE pick(h.id, 'loc', ['生产区', '作业现场', '经营场所']) END)`;

export const MEASURES_SQL = `(CASE
  WHEN h.sector IN ('coal_mine', 'non_coal_mine', 'illegal_mining') THEN pick(h.id, 'mea', ['停止相关区域作业，编制专项整改方案，限期整改', '撤出作业人员，补充完善监测监控系统', '委托设计单位重新设计并按设计施工'])
  WHEN h.sector = 'hazardous_chemicals' THEN pick(h.id, 'mea', ['增设紧急切断和独立安全仪表系统', '委托开展安全设计诊断，按诊断意见整改', '调整储存布局，分区分类储存'])
  WHEN h.site_type IS NOT NULL THEN pick(h.id, 'mea', ['设置警示标志，实施交通管制，限期加固提升', '增设防护设施和在线监测，制定应急预案', '委托专业机构评估并实施工程治理'])
  ELSE pick(h.id, 'mea', ['停产整改，增设监测报警装置并联锁', '完善管理制度，组织专项培训', '立即整改，落实专人监护', '更换设备设施，完善安全防护'])
  END) || '；落实责任人、措施、资金、期限和应急预案'`;
