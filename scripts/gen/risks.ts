// Major safety risks and their "4张清单": basic list (risks), control list (risk_controls),
// responsibility list (risk_duties) and emergency list (risk_emergency), for key enterprises and all sites.
import type { DuckDBConnection } from '@duckdb/node-api';
import { DRILL_MONTHS, DRILL_MONTHS_HIGH_RISK, HIGH_RISK_SECTORS } from '../../src/domain/lists.ts';
import { personSql, phoneSql } from './names.ts';
import { listLit } from './sql.ts';

/**
 * Gaps in the four lists: [elsewhere, in slow-progress counties]. A key enterprise without any risk (basic
 * list), a risk without control measures, a duty line without a person (per role), a risk without an
 * emergency list.
 */
export const LIST_GAPS = {
  basic: [0.015, 0.06],
  control: [0.02, 0.08],
  duty: [0.015, 0.12],
  emergency: [0.03, 0.1],
} as const;

const gap = (k: keyof typeof LIST_GAPS) => `CASE WHEN c.flag_slow_progress THEN ${LIST_GAPS[k][1]} ELSE ${LIST_GAPS[k][0]} END`;

const RISK_TYPES: Record<string, string[]> = {
  coal_mine: ['explosion', 'flooding', 'roof_fall', 'fire', 'gas_outburst'],
  non_coal_mine: ['collapse', 'roof_fall', 'flooding', 'landslide', 'explosion'],
  illegal_mining: ['collapse', 'landslide'],
  hazardous_chemicals: ['explosion', 'fire', 'leakage', 'poisoning'],
  construction: ['collapse', 'fall', 'lifting', 'electrocution'],
  road_transport: ['traffic'],
  highway_facilities: ['collapse', 'traffic'],
  fire_safety: ['fire'], commerce_logistics: ['fire'], schools: ['fire', 'collapse'], hospitals: ['fire'],
  self_built_housing: ['collapse', 'fire'],
  urban_gas: ['explosion', 'fire', 'leakage'],
  tourism: ['fall', 'mechanical', 'flooding'],
  waterway_fishing: ['flooding'], hydropower: ['flooding', 'dam_failure'], water_conservancy: ['dam_failure', 'flooding'],
  flood_control: ['flooding', 'dam_failure'], civil_explosives: ['explosion'],
  special_equipment: ['lifting', 'explosion', 'mechanical'], electric_power: ['electrocution', 'fire'],
  slaughter_biogas: ['poisoning', 'explosion'], laboratories: ['fire', 'poisoning', 'explosion'],
  industrial_parks: ['fire', 'explosion', 'leakage'], other: ['fire', 'mechanical'],
};

const FOCUS_TYPES: Record<string, string[]> = {
  dust_explosion: ['explosion'], ammonia_refrigeration: ['poisoning', 'leakage'], confined_space: ['poisoning'],
  metal_smelting: ['molten_metal', 'explosion'], wet_smelting: ['poisoning'], cement_clinker: ['collapse', 'mechanical'],
  vegetable_pickling: ['poisoning'], pv_lithium: ['fire', 'explosion'], crowded_workplace: ['fire'],
};

const SITE_TYPES: Record<string, string[]> = {
  single_pier_bridge: ['collapse'], waterside_cliff_road: ['traffic'], steep_downgrade: ['traffic'],
  tailings_dam: ['dam_failure'], high_slope: ['landslide'], tourism_facility: ['fall'],
};

const choice = (expr: string, table: Record<string, string[]>, k: string) =>
  `(CASE ${expr} ${Object.entries(table).map(([key, xs]) => `WHEN '${key}' THEN pick(${k}, 'rt', ${listLit(xs)})`).join(' ')} END)`;

const CONSEQUENCE = `(CASE r.risk_level WHEN 'major' THEN '可能造成10人以上死亡或重大社会影响'
  WHEN 'larger' THEN '可能造成3人以上10人以下死亡' WHEN 'general' THEN '可能造成1至2人死亡或多人受伤'
  ELSE '可能造成人员受伤或财产损失' END)`;

export async function buildRisks(conn: DuckDBConnection): Promise<void> {
  await conn.run(`CREATE OR REPLACE TABLE risk_obj AS
    SELECT 'enterprise' AS object_type, id AS object_id, sector, focus_field, NULL AS site_type, name, principal AS owner_person,
      risk_level, quality, province_code, city_code, county_code, town_code, lon, lat,
      1 + (u(id, 'nr1') < 0.4)::INT + (u(id, 'nr2') < 0.1)::INT AS n
    FROM ent_f
    WHERE is_key AND u(id, 'no_basic') >= CASE WHEN county_code IN (SELECT county_code FROM place_county WHERE flag_slow_progress)
      THEN ${LIST_GAPS.basic[1]} ELSE ${LIST_GAPS.basic[0]} END
    UNION ALL
    SELECT 'site', id, sector, NULL, type, name, NULL, risk_level, 'fair', province_code, city_code, county_code, town_code,
      lon, lat, 1 FROM site_f`);
  await conn.run(`CREATE OR REPLACE TABLE risk AS
    WITH r AS (
      SELECT o.*, 'R' || substr(o.object_id, 2) || '-' || (k.i + 1) AS id, k.i FROM risk_obj o JOIN nums k ON k.n = o.n),
    t AS (
      SELECT r.*, coalesce(${choice('r.site_type', SITE_TYPES, 'r.id')}, ${choice('r.focus_field', FOCUS_TYPES, 'r.id')},
          ${choice('r.sector', RISK_TYPES, 'r.id')}, 'fire') AS risk_type,
        CASE WHEN r.i = 0 OR u(r.id, 'same') < 0.4 THEN r.risk_level
          ELSE ['major', 'larger', 'general', 'low', 'low'][1 + list_position(['major', 'larger', 'general', 'low'], r.risk_level)]
          END AS lvl
      FROM r)
    SELECT t.id, t.object_type, t.object_id, t.sector, t.name || rl.label || '风险' AS name, t.risk_type, t.lvl AS risk_level,
      t.quality, t.province_code, t.city_code, t.county_code, t.town_code, t.lon, t.lat, t.owner_person, t.name AS object_name,
      DATE '2022-03-01' + ui(t.id, 'ident', 480)::INT AS identified_date
    FROM t JOIN risk_types rl ON rl.key = t.risk_type`);
  await conn.run(`CREATE OR REPLACE TABLE risk_f AS
    SELECT r.*, ${CONSEQUENCE} AS consequences FROM risk r ORDER BY r.id`);
  await buildRiskLists(conn);
}

const MEASURES: Record<string, string[]> = {
  engineering: ['安装监测报警装置并与设备联锁', '设置安全防护设施', '实施工程加固治理', '增设紧急切断装置', '完善通风和泄压设施'],
  technical: ['接入在线监测预警平台', '设置视频监控和智能识别', '开展安全设计诊断', '实施自动化控制改造'],
  management: ['落实主要负责人包保责任', '建立隐患排查治理台账', '执行危险作业审批制度', '每月开展专项检查'],
  training: ['开展全员安全培训', '组织特种作业人员复训', '开展事故警示教育'],
  emergency: ['编制现场处置方案', '配备应急救援物资', '设置应急疏散通道和避灾路线'],
};

async function buildRiskLists(conn: DuckDBConnection): Promise<void> {
  const codes = 'r.province_code, r.city_code, r.county_code, r.town_code';
  const inPlace = `u(r.id || m.seq, 'inplace') < CASE WHEN c.flag_slow_progress THEN 0.7 WHEN r.quality = 'poor' THEN 0.78 ELSE 0.93 END`;
  const text = Object.entries(MEASURES).map(([k, xs]) => `WHEN '${k}' THEN pick(r.id || m.seq, 'mt', ${listLit(xs)})`).join(' ');
  await conn.run(`CREATE OR REPLACE TABLE risk_ctl AS
    WITH m AS (SELECT * FROM (VALUES (1, 'engineering'), (2, 'technical'), (3, 'management'), (4, 'training'), (5, 'emergency')) v(seq, measure_type))
    SELECT r.id AS risk_id, m.seq, m.measure_type, CASE m.measure_type ${text} END AS measure,
      ${inPlace} AS in_place, m.measure_type IN ('engineering', 'technical') AND u(r.id || m.seq, 'mon') < 0.6 AS monitored, ${codes}
    FROM risk_f r CROSS JOIN m JOIN place_county c ON c.county_code = r.county_code
    WHERE (m.seq IN (1, 3, 5) OR u(r.id || m.seq, 'has') < 0.6) AND u(r.id, 'no_control') >= ${gap('control')}
    ORDER BY r.id, m.seq`);
  const missing = `u(r.id || d.role, 'missing') < ${gap('duty')}`;
  await conn.run(`CREATE OR REPLACE TABLE risk_duty AS
    WITH d AS (SELECT * FROM (VALUES (1, 'enterprise'), (2, 'department'), (3, 'local_government')) v(seq, role))
    SELECT r.id AS risk_id, d.seq, d.role,
      CASE d.role WHEN 'enterprise' THEN r.object_name
        WHEN 'department' THEN p.county_name || dep.label
        ELSE coalesce(p.town_name || CASE WHEN p.town_name LIKE '%街道' THEN '办事处' ELSE '人民政府' END, p.county_name || '人民政府') END AS unit,
      CASE WHEN ${missing} THEN NULL WHEN d.role = 'enterprise' AND r.owner_person IS NOT NULL THEN r.owner_person
        ELSE ${personSql('r.id || d.role', "'duty'")} END AS person,
      CASE WHEN ${missing} THEN NULL ELSE ${phoneSql('r.id || d.role', "'duty'")} END AS phone, ${codes}
    FROM risk_f r CROSS JOIN d JOIN place_county c ON c.county_code = r.county_code
    JOIN place p ON p.place_key = coalesce(r.town_code, r.county_code || '000')
    JOIN sectors s ON s.key = r.sector JOIN departments dep ON dep.key = s.department
    ORDER BY r.id, d.seq`);
  await buildEmergencyList(conn);
  await deriveRiskFlags(conn);
}

/**
 * Drill dates against the snapshot (the latest hazard found, as the app's AS_OF): most risks drilled within
 * the interval of their sector (DRILL_MONTHS_HIGH_RISK in HIGH_RISK_SECTORS, else DRILL_MONTHS), some
 * late, a few never; more of both for poor quality and in slow-progress counties.
 */
const NEVER_DRILLED = `CASE WHEN c.flag_slow_progress THEN 0.1 WHEN r.quality = 'poor' THEN 0.12 ELSE 0.03 END`;
const DRILL_LATE = `CASE WHEN c.flag_slow_progress THEN 0.3 WHEN r.quality = 'poor' THEN 0.28 WHEN r.quality = 'fair' THEN 0.12 ELSE 0.08 END`;

async function buildEmergencyList(conn: DuckDBConnection): Promise<void> {
  const months = `CASE WHEN r.sector IN (${HIGH_RISK_SECTORS.map((x) => `'${x}'`).join(', ')}) THEN ${DRILL_MONTHS_HIGH_RISK} ELSE ${DRILL_MONTHS} END`;
  await conn.run(`CREATE OR REPLACE TABLE risk_emg AS
    WITH a AS (SELECT max(found_date) AS as_of FROM hz),
    r AS (
      SELECT r.*, c.flag_slow_progress, a.as_of, (a.as_of - to_months(${months}))::DATE AS cutoff,
        u(r.id, 'drill') AS ud, ${NEVER_DRILLED} AS p_never, ${DRILL_LATE} AS p_late
      FROM risk_f r JOIN place_county c ON c.county_code = r.county_code CROSS JOIN a
      WHERE u(r.id, 'no_emergency') >= ${gap('emergency')}),
    d AS (
      SELECT r.*, CASE WHEN r.ud < r.p_never THEN NULL
          WHEN r.ud < r.p_never + r.p_late THEN r.cutoff - 1 - ui(r.id, 'drill_late', 400)::INT
          ELSE r.cutoff + ui(r.id, 'drill_date', r.as_of - r.cutoff + 1)::INT END AS last_drill_date,
        DATE '2021-01-01' + ui(r.id, 'plan', 900)::INT AS plan0
      FROM r)
    SELECT r.id AS risk_id, r.object_name || rt.label || '专项应急预案' AS plan,
      least(r.plan0, coalesce(r.last_drill_date - 10 - ui(r.id, 'plan_lead', 60)::INT, r.plan0)) AS plan_date,
      pick(r.id, 'team', ['企业专职应急救援队', '兼职应急救援队伍', '签订救援协议的专业救援队', '属地消防救援站']) AS rescue_team,
      pick(r.id, 'sup', ['灭火器、正压式空气呼吸器、急救药品', '应急照明、救生绳、担架', '防毒面具、气体检测仪、堵漏工具',
        '沙袋、抽水泵、救生衣', '警示锥、反光背心、应急车辆']) AS supplies,
      '经' || pick(r.id, 'dir', ['东', '南', '西', '北']) || '侧' || pick(r.id, 'exit', ['大门', '安全出口', '避灾路线', '应急通道'])
        || '撤离至' || pick(r.id, 'muster', ['厂区集合点', '村委会广场', '镇中心学校操场', '上风向空旷地带']) AS evacuation_route,
      r.last_drill_date, r.province_code, r.city_code, r.county_code, r.town_code
    FROM d r JOIN risk_types rt ON rt.key = r.risk_type
    ORDER BY r.id`);
}

/**
 * `risk_out`: the risks with flags derived from the three list tables, so the map and coverage never load
 * those tables (docs/data-dictionary.md).
 */
async function deriveRiskFlags(conn: DuckDBConnection): Promise<void> {
  await conn.run(`CREATE OR REPLACE TABLE risk_out AS ${riskFlagsSql('risk_f', 'risk_ctl', 'risk_duty', 'risk_emg')}`);
}

/**
 * SELECT every column of `risks` plus has_controls, controls_in_place, monitored, duties_named, has_emergency
 * and last_drill_date from the control, duty and emergency tables (also used by the sample).
 */
export function riskFlagsSql(risks: string, controls: string, duties: string, emergency: string): string {
  return `SELECT r.*, c.risk_id IS NOT NULL AS has_controls, coalesce(c.all_in_place, false) AS controls_in_place,
      coalesce(c.any_monitored, false) AS monitored, coalesce(d.named, 0)::INT AS duties_named,
      e.risk_id IS NOT NULL AS has_emergency, e.last_drill_date
    FROM ${risks} r
    LEFT JOIN (SELECT risk_id, bool_and(in_place) AS all_in_place, bool_or(monitored) AS any_monitored FROM ${controls} GROUP BY 1) c
      ON c.risk_id = r.id
    LEFT JOIN (SELECT risk_id, count(person) AS named FROM ${duties} GROUP BY 1) d ON d.risk_id = r.id
    LEFT JOIN ${emergency} e ON e.risk_id = r.id
    ORDER BY r.id`;
}
