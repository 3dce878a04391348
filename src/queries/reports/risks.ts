// The registers of the four lists of major safety risks (4张清单): one query family per list, as the
// provinces file them, for the current jurisdiction and the global filters (compileWhere on `risks`),
// plus the register of objects that miss a list. The UI pages them, the exports and `npm run report`
// take every row (limit null). Per-risk flags come from the derived columns of `risks` and the shared
// rules of ../riskRules; the three list tables are read only for their texts.
import type { Need } from '../../db/tables';
import { DRILL_MONTHS_HIGH_RISK, DUTY_CHAIN, listKinds } from '../../domain/lists';
import { entries, type TaxonomyKind } from '../../domain/taxonomy';
import type { Cell, GridColumn } from '../../export/document';
import { maskPhone } from '../../components/mask';
import type { AppState } from '../../state/types';
import { AS_OF } from '../metrics';
import { CONTROL_OK, DRILL_INTERVAL, DRILL_OVERDUE, DUTY_OK, EMERGENCY_OK, LIST_GAP, RULE_READS } from '../riskRules';
import { makeSpec, rowsOf, sqlString, type QuerySpec } from '../spec';
import { partitionNeed } from '../division';
import { compileWhere, jurisdictionPredicate } from '../where';

export const REGISTER_LISTS = ['basic', 'control', 'duty', 'emergency', 'missing'] as const;
export type RegisterKey = (typeof REGISTER_LISTS)[number];

export function isRegisterKey(value: string): value is RegisterKey {
  return (REGISTER_LISTS as readonly string[]).includes(value);
}

/** Titles as the registers are filed; the sheet names of the exports. */
export const REGISTER_TITLES: Record<RegisterKey, string> = {
  basic: '重大安全风险基础清单',
  control: '重大安全风险防控清单',
  duty: '重大安全风险责任清单',
  emergency: '重大安全风险应急清单',
  missing: '清单缺失对象',
};

export const REGISTER_SHEETS: Record<RegisterKey, string> = {
  basic: '基础清单', control: '防控清单', duty: '责任清单', emergency: '应急清单', missing: '清单缺失对象',
};

/** 口径说明 of each register, shown under the table and written under the exports. */
export const REGISTER_NOTES: Record<RegisterKey, readonly string[]> = {
  basic: [
    '统计范围：所选行政区划及其全部下级区划，按所选行业领域、风险等级筛选；数据截至数据快照日（隐患最晚发现日期）。',
    '位置/坐标：所在县区、乡镇（街道）及经纬度（WGS-84，保留4位小数）。对象名称：重点场所设施取场所名称，企业取企业主体责任单位。',
  ],
  control: [
    '管控措施按序号列出；标注“（未落实）”的措施尚未落实。措施落实 = 已落实措施数/措施总数。',
    '状态：全部措施已落实为“已落实”；有措施未落实为“部分未落实”；没有任何防控措施为“未建立防控清单”。在线监测：有措施接入在线监测。',
  ],
  duty: [
    `责任链：${DUTY_CHAIN.map((d) => d.label).join('、')}，每项列出责任单位、责任人和联系电话；责任人未填写的显示“未明确”。`,
    '联系电话已脱敏。',
  ],
  emergency: [
    `演练要求：高危行业领域（煤矿、非煤矿山、打击盗采矿产资源、危险化学品、民用爆炸物品）每半年至少1次，其他行业领域每年至少1次。`,
    '状态：没有应急清单为“未建立应急清单”；从未演练或最近一次演练早于数据快照日减去演练周期为“演练超期”；其余为“正常”。',
  ],
  missing: [
    '每行一个对象（企业或重点场所设施）。缺失清单：“基础”为没有任何重大安全风险记录的重点企业；“防控”“责任”“应急”为该对象至少一项风险没有防控措施、未明确全部三级责任人或没有应急清单。',
    '风险数：该对象在当前筛选下的风险数。',
  ],
};

export interface RegisterOptions {
  /** Matches 风险名称, 对象名称 and the responsible units (case-insensitive substring). */
  search?: string;
  /** A column key of the register; a leading '-' sorts descending. Unknown keys give the default order. */
  sortKey?: string;
  desc?: boolean;
  /** Only rows with a gap in this register's list (basic: any list; missing: every row). */
  gapsOnly?: boolean;
  /** Rows per page; null = every row (exports). Default 100. */
  limit?: number | null;
  offset?: number;
}

/**
 * One page of a register. Rows carry the column keys plus `id` (risk id; object id in the missing
 * register), `object_type`, `lon`, `lat` and `gap` (the row has a gap in this list) for the map.
 */
export interface RegisterPage {
  columns: GridColumn[];
  rows: Record<string, Cell>[];
  /** Rows matching search and gapsOnly, over every page. */
  total: number;
}

export const DEFAULT_REGISTER_LIMIT = 100;

// ---------------------------------------------------------------------------------------------
// SQL helpers

/** `CASE expr WHEN key THEN label … ELSE expr END` from the taxonomy. */
export function labelSql(kind: TaxonomyKind, expr: string): string {
  const whens = entries(kind).map((e) => `WHEN ${sqlString(e.key)} THEN ${sqlString(e.label)}`).join(' ');
  return `(CASE ${expr} ${whens} ELSE ${expr} END)`;
}

/** Display order of a taxonomy key (0 = first; unknown keys last). */
export function rankSql(kind: TaxonomyKind, expr: string): string {
  const whens = entries(kind).map((e, i) => `WHEN ${sqlString(e.key)} THEN ${i}`).join(' ');
  return `(CASE ${expr} ${whens} ELSE ${entries(kind).length} END)`;
}

/** `county town lon, lat` (names of the record's county and town, coordinates to 4 decimals). */
function locationSql(alias: string, county: string, town: string): string {
  return `nullif(concat_ws(' ', nullif(concat_ws('', ${county}.name, ${town}.name), ''),
    CASE WHEN ${alias}.lon IS NOT NULL THEN printf('%.4f, %.4f', ${alias}.lon, ${alias}.lat) END), '')`;
}

const divisionJoins = (alias: string) =>
  `LEFT JOIN divisions dn ON dn.code = ${alias}.county_code AND dn.level = 'county'
LEFT JOIN divisions dt ON dt.code = ${alias}.town_code AND dt.level = 'town'`;

const day = (col: string) => `strftime(${col}, '%Y-%m-%d')`;

/** ILIKE pattern of a substring search, LIKE wildcards escaped with '\'. */
function contains(exprs: readonly string[], search: string): string {
  const pattern = sqlString(`%${search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
  return `(${exprs.map((e) => `${e} ILIKE ${pattern} ESCAPE '\\'`).join(' OR ')})`;
}

// ---------------------------------------------------------------------------------------------
// Register definitions

interface RegCol {
  col: GridColumn;
  /** SQL of the value (over the register's FROM); omitted for 序号, which is numbered on decode. */
  expr?: string;
  /** SQL to sort by, over the output columns (default: the column itself). */
  sort?: string;
}

interface RegisterDef {
  cols: RegCol[];
  /** CTEs after `rk`, each `name AS (…)`. */
  ctes: (where: string) => string[];
  /** FROM clause (with joins) over `rk r`. */
  from: string;
  /** Extra output columns (`expr AS _name` helpers for sorting). */
  extra: string[];
  /** SQL of the row's gap (over the FROM). */
  gap: string;
  /** Output columns searched. */
  search: string[];
  /**
   * Columns computed only for the rows of the page (after sorting and paging), e.g. the measures text
   * aggregated from the big control list: CTEs over `p` (the page, with `id`), the select list and join.
   * Their columns cannot be sorted by (unknown sort keys give the default order).
   */
  late?: { ctes: (where: string) => string[]; select: string[]; join: string };
  /** The register uses the drill rule (DRILL_OVERDUE reads `hazards` for the snapshot day). */
  needsDrill: boolean;
  tables: (division: string | null) => Need[];
}

const text = (key: string, label: string, width: number, extra: Partial<GridColumn> = {}): GridColumn =>
  ({ key, label, kind: 'text', width, ...extra });
const SEQ: RegCol = { col: { key: 'seq', label: '序号', kind: 'count', width: 6 } };
const SECTOR: RegCol = { col: text('sector', '行业领域', 12), expr: labelSql('sector', 'r.sector'), sort: '_sector' };
const RISK_NAME: RegCol = { col: text('name', '风险名称', 30), expr: 'r.name' };
const RISK_LEVEL: RegCol = { col: text('risk_level', '风险等级', 10, { nowrap: true }), expr: labelSql('risk_level', 'r.risk_level'), sort: '_lvl' };

/** Helper columns every risk register outputs (id, map position, default order). */
const RISK_EXTRA = [
  'r.id', 'r.object_type', 'r.lon', 'r.lat', `${rankSql('risk_level', 'r.risk_level')} AS _lvl`, `${rankSql('sector', 'r.sector')} AS _sector`,
];

/** The list table's rows of the risks in `rk` or the page `p` (the jurisdiction predicate skips other areas). */
const ofRisks = (alias: string, where: string, from: 'rk' | 'p' = 'rk') =>
  `${alias}.risk_id IN (SELECT id FROM ${from})${where === 'TRUE' ? '' : ` AND ${where}`}`;

const short = (key: string) => listKinds.find((l) => l.key === key)!.short;

const REGISTERS: Record<RegisterKey, RegisterDef> = {
  basic: {
    cols: [
      SEQ, SECTOR,
      { col: text('object', '对象名称', 24), expr: `coalesce(s.name, du.unit, r.object_id)` },
      RISK_NAME,
      { col: text('location', '位置/坐标', 28), expr: locationSql('r', 'dn', 'dt') },
      { col: text('risk_type', '风险类型', 10, { nowrap: true }), expr: labelSql('risk_type', 'r.risk_type'), sort: '_risk_type' },
      RISK_LEVEL,
      { col: text('consequences', '可能导致的后果', 26), expr: 'r.consequences' },
      { col: text('identified_date', '辨识日期', 12, { nowrap: true }), expr: day('r.identified_date') },
    ],
    ctes: (where) => [`du AS (SELECT x.risk_id, any_value(x.unit) AS unit FROM risk_duties x
      WHERE x.role = 'enterprise' AND ${ofRisks('x', where)} GROUP BY x.risk_id)`],
    from: `rk r
LEFT JOIN sites s ON s.id = CASE WHEN r.object_type = 'site' THEN r.object_id END
LEFT JOIN du ON du.risk_id = r.id
${divisionJoins('r')}`,
    extra: [`${rankSql('risk_type', 'r.risk_type')} AS _risk_type`],
    gap: 'r.list_gap',
    search: ['name', 'object'],
    needsDrill: false,
    tables: (d) => ['risks', 'sites', 'divisions', partitionNeed('risk_duties', d)],
  },
  control: {
    cols: [
      SEQ, SECTOR, RISK_NAME, RISK_LEVEL,
      { col: text('measures', '管控措施', 48) },
      { col: text('in_place', '措施落实', 9, { nowrap: true }), expr: `CASE WHEN c.n > 0 THEN c.ok || '/' || c.n END`, sort: '_in_place' },
      { col: text('monitored', '在线监测', 8, { nowrap: true }), expr: `CASE WHEN r.monitored THEN '是' ELSE '否' END` },
      {
        col: text('status', '状态', 12, { nowrap: true }),
        expr: `CASE WHEN NOT r.has_controls THEN '未建立防控清单' WHEN r.controls_in_place THEN '已落实' ELSE '部分未落实' END`,
        sort: '_status',
      },
    ],
    ctes: (where) => [`c AS (
      SELECT risk_id, count(*) AS n, count_if(in_place) AS ok FROM risk_controls x WHERE ${ofRisks('x', where)} GROUP BY risk_id)`],
    from: 'rk r LEFT JOIN c ON c.risk_id = r.id',
    late: {
      // Numbered 1., 2., … in seq order; a measure not in place is marked.
      ctes: (where) => [`m AS (
      SELECT risk_id, string_agg(k || '.' || measure || CASE WHEN in_place THEN '' ELSE '（未落实）' END, '；' ORDER BY seq) AS measures
      FROM (SELECT x.*, row_number() OVER (PARTITION BY x.risk_id ORDER BY x.seq) AS k FROM risk_controls x
            WHERE ${ofRisks('x', where, 'p')})
      GROUP BY risk_id)`],
      select: ['m.measures'],
      join: 'LEFT JOIN m ON m.risk_id = p.id',
    },
    extra: [
      'c.ok / c.n AS _in_place',
      'CASE WHEN NOT r.has_controls THEN 0 WHEN NOT r.controls_in_place THEN 1 ELSE 2 END AS _status',
    ],
    gap: 'r.control_gap',
    search: ['name'],
    needsDrill: false,
    tables: (d) => ['risks', partitionNeed('risk_controls', d)],
  },
  duty: {
    cols: [
      SEQ, SECTOR, RISK_NAME, RISK_LEVEL,
      ...DUTY_CHAIN.flatMap(({ role, label }): RegCol[] => [
        { col: text(`${role}_unit`, '责任单位', 20, { group: label }), expr: `d.${role}_unit` },
        { col: text(`${role}_person`, '责任人', 9, { group: label, nowrap: true }), expr: `coalesce(d.${role}_person, '未明确')` },
        { col: text(`${role}_phone`, '联系电话', 13, { group: label, nowrap: true }), expr: `d.${role}_phone` },
      ]),
    ],
    ctes: (where) => [`d AS (
      SELECT risk_id, ${DUTY_CHAIN.map(({ role }) => ['unit', 'person', 'phone']
        .map((f) => `any_value(${f}) FILTER (WHERE role = '${role}') AS ${role}_${f}`).join(', ')).join(',\n        ')}
      FROM risk_duties x WHERE ${ofRisks('x', where)} GROUP BY risk_id)`],
    from: 'rk r LEFT JOIN d ON d.risk_id = r.id',
    extra: [],
    gap: 'r.duty_gap',
    search: ['name', ...DUTY_CHAIN.map(({ role }) => `${role}_unit`)],
    needsDrill: false,
    tables: (d) => ['risks', partitionNeed('risk_duties', d)],
  },
  emergency: {
    cols: [
      SEQ, SECTOR, RISK_NAME, RISK_LEVEL,
      { col: text('plan', '应急预案', 26) },
      { col: text('rescue_team', '救援队伍', 18) },
      { col: text('supplies', '应急物资', 22) },
      { col: text('evacuation_route', '疏散路线', 24) },
      {
        col: text('last_drill', '最近演练', 12, { nowrap: true }),
        expr: `CASE WHEN r.has_emergency THEN coalesce(${day('r.last_drill_date')}, '未演练') END`, sort: '_last_drill',
      },
      {
        col: text('drill_rule', '演练要求', 9, { nowrap: true }),
        expr: `CASE WHEN r.drill_months = ${DRILL_MONTHS_HIGH_RISK} THEN '每半年' ELSE '每年' END`, sort: '_drill_months',
      },
      {
        col: text('status', '状态', 14, { nowrap: true }),
        expr: `CASE WHEN NOT r.has_emergency THEN '未建立应急清单' WHEN r.drill_overdue THEN '演练超期' ELSE '正常' END`, sort: '_status',
      },
    ],
    // The list's texts are read for the page's rows only; status and dates come from `risks`.
    ctes: () => [],
    from: 'rk r',
    late: {
      ctes: (where) => [`e AS (
      SELECT risk_id, any_value(plan) AS plan, any_value(rescue_team) AS rescue_team, any_value(supplies) AS supplies,
        any_value(evacuation_route) AS evacuation_route
      FROM risk_emergency x WHERE ${ofRisks('x', where, 'p')} GROUP BY risk_id)`],
      select: ['e.plan', 'e.rescue_team', 'e.supplies', 'e.evacuation_route'],
      join: 'LEFT JOIN e ON e.risk_id = p.id',
    },
    extra: [
      `CASE WHEN r.has_emergency THEN coalesce(r.last_drill_date, DATE '1900-01-01') END AS _last_drill`,
      'r.drill_months AS _drill_months',
      'CASE WHEN NOT r.has_emergency THEN 0 WHEN r.drill_overdue THEN 1 ELSE 2 END AS _status',
    ],
    gap: 'r.emergency_gap',
    search: ['name'],
    needsDrill: true,
    tables: (d) => ['risks', ...RULE_READS, partitionNeed('risk_emergency', d)],
  },
  // One row per object, not per risk: built by missingCtes; only the columns and tables are used here.
  missing: {
    cols: [
      SEQ,
      { col: text('sector', '行业领域', 12), sort: '_sector' },
      { col: text('object', '对象名称', 26) },
      { col: text('object_kind', '对象类型', 12, { nowrap: true }) },
      { col: text('location', '位置', 28) },
      { col: { key: 'risks', label: '风险数', kind: 'count', width: 7 } },
      { col: text('missing', '缺失清单', 16, { nowrap: true }), sort: '_missing' },
    ],
    ctes: () => [],
    from: '',
    extra: [],
    gap: 'TRUE',
    search: ['object'],
    needsDrill: false,
    tables: (d) => ['risks', 'sites', 'divisions', partitionNeed('enterprises', d)],
  },
};

/** The columns of a register, in the filed order. */
export function registerColumns(list: RegisterKey): GridColumn[] {
  return REGISTERS[list].cols.map((c) => c.col);
}

/**
 * Column keys a register can be sorted by: every column but 序号 (the default order) and the texts read
 * for the page's rows only (管控措施; 应急预案, 救援队伍, 应急物资, 疏散路线).
 */
export function registerSortKeys(list: RegisterKey): string[] {
  const def = REGISTERS[list];
  return def.cols.filter((c) => c.col.key !== 'seq' && (list === 'missing' || c.expr !== undefined)).map((c) => c.col.key);
}

/** Per-risk flags of the current jurisdiction and filters: the lists' gaps by the shared rules. */
function riskCte(state: AppState, drill: boolean): string {
  const flags = [
    `${LIST_GAP} AS list_gap`, `NOT (${CONTROL_OK}) AS control_gap`, `NOT (${DUTY_OK}) AS duty_gap`,
    ...(drill ? [`${DRILL_OVERDUE} AS drill_overdue`, `NOT ${EMERGENCY_OK} AS emergency_gap`, `${DRILL_INTERVAL} AS drill_months`] : []),
  ];
  return `rk AS (SELECT *, ${flags.join(', ')} FROM risks WHERE ${compileWhere(state, 'risks')})`;
}

/** The missing register: objects whose risks miss a list, and key enterprises with no risk at all. */
function missingCtes(state: AppState): string[] {
  const juris = (alias: string) => jurisdictionPredicate(state.division, `${alias}.`) ?? 'TRUE';
  const missing = `concat_ws('、', ${[
    `CASE WHEN o.no_basic THEN '${short('basic')}' END`, `CASE WHEN o.no_control THEN '${short('control')}' END`,
    `CASE WHEN o.no_duty THEN '${short('duty')}' END`, `CASE WHEN o.no_emergency THEN '${short('emergency')}' END`,
  ].join(', ')})`;
  return [
    `obj AS (
      SELECT object_type, object_id, count(*) AS risks, false AS no_basic,
        bool_or(NOT has_controls) AS no_control, bool_or(duty_gap) AS no_duty, bool_or(NOT has_emergency) AS no_emergency,
        any_value(sector) AS sector, any_value(lon) AS lon, any_value(lat) AS lat,
        any_value(county_code) AS county_code, any_value(town_code) AS town_code,
        min(${rankSql('risk_level', 'risk_level')}) AS lvl
      FROM rk GROUP BY object_type, object_id HAVING bool_or(list_gap))`,
    `nobasic AS (
      SELECT 'enterprise' AS object_type, e.id AS object_id, 0 AS risks, true AS no_basic,
        false AS no_control, false AS no_duty, false AS no_emergency,
        e.sector, e.lon, e.lat, e.county_code, e.town_code, ${rankSql('risk_level', 'e.risk_level')} AS lvl
      FROM enterprises e
      WHERE e.is_key AND ${compileWhere(state, 'enterprises', { alias: 'e' })}
        AND NOT EXISTS (SELECT 1 FROM risks x WHERE x.object_type = 'enterprise' AND x.object_id = e.id AND ${juris('x')}))`,
    `o AS (SELECT * FROM obj UNION ALL SELECT * FROM nobasic)`,
    `rows_ AS (
      SELECT o.object_id AS id, o.object_type, o.lon, o.lat, TRUE AS _gap, o.lvl AS _lvl, ${rankSql('sector', 'o.sector')} AS _sector,
        ${labelSql('sector', 'o.sector')} AS sector,
        coalesce(CASE WHEN o.object_type = 'site' THEN s.name ELSE en.name END, o.object_id) AS object,
        CASE WHEN o.object_type = 'site' THEN coalesce(${labelSql('site_type', 's.type')}, '重点场所设施') ELSE '企业' END AS object_kind,
        ${locationSql('o', 'dn', 'dt')} AS location, o.risks::DOUBLE AS risks, ${missing} AS missing,
        (CASE WHEN o.no_basic THEN 0 ELSE 8 END + CASE WHEN o.no_control THEN 0 ELSE 4 END
          + CASE WHEN o.no_duty THEN 0 ELSE 2 END + CASE WHEN o.no_emergency THEN 0 ELSE 1 END) AS _missing
      FROM o
      LEFT JOIN sites s ON s.id = CASE WHEN o.object_type = 'site' THEN o.object_id END
      LEFT JOIN enterprises en ON en.id = CASE WHEN o.object_type = 'enterprise' THEN o.object_id END
      ${divisionJoins('o')})`,
  ];
}

/** One page of a register (all rows with limit null), its columns and the matching total. */
export function registerQuery(state: AppState, list: RegisterKey, opts: RegisterOptions = {}): QuerySpec<RegisterPage> {
  const def = REGISTERS[list];
  const columns = registerColumns(list);
  let sortKey = opts.sortKey ?? '';
  let desc = opts.desc ?? false;
  if (sortKey.startsWith('-')) {
    sortKey = sortKey.slice(1);
    desc = !desc;
  }
  const sortCol = registerSortKeys(list).includes(sortKey) ? def.cols.find((c) => c.col.key === sortKey) : undefined;
  const dir = desc ? 'DESC' : 'ASC';
  const fallback = `_lvl ${dir}, id ${dir}`;
  const order = sortCol ? `${sortCol.sort ?? sortCol.col.key} ${dir} NULLS LAST, _lvl, id` : fallback;
  const search = opts.search?.trim() ?? '';
  const filters = [search ? contains(def.search, search) : 'TRUE', opts.gapsOnly ? '_gap' : 'TRUE'];
  const limit = opts.limit === undefined ? DEFAULT_REGISTER_LIMIT : opts.limit;
  const offset = Math.max(0, Math.floor(opts.offset ?? 0));
  const page = `${limit === null ? '' : `LIMIT ${Math.max(0, Math.floor(limit))} `}${offset ? `OFFSET ${offset}` : ''}`;
  const listWhere = jurisdictionPredicate(state.division, 'x.') ?? 'TRUE';

  let ctes: string[];
  if (list === 'missing') {
    ctes = missingCtes(state);
  } else {
    const select = [
      ...RISK_EXTRA, ...def.extra, `${def.gap} AS _gap`,
      ...def.cols.filter((c) => c.expr).map((c) => `${c.expr} AS ${c.col.key}`),
    ];
    ctes = [...def.ctes(listWhere), `rows_ AS (SELECT ${select.join(',\n        ')}\n      FROM ${def.from})`];
  }
  const late = def.late;
  const sql = `WITH ${riskCte(state, def.needsDrill)},
  ${ctes.join(',\n  ')},
  f AS (SELECT * FROM rows_ WHERE ${filters.join(' AND ')}),
  p AS (SELECT * FROM f ORDER BY ${order} ${page})${late ? `,\n  ${late.ctes(listWhere).join(',\n  ')}` : ''}
SELECT n._total, p.*${late ? `, ${late.select.join(', ')}` : ''}
FROM (SELECT count(*)::DOUBLE AS _total FROM f) n LEFT JOIN p ON TRUE${late ? ` ${late.join}` : ''}
ORDER BY ${order}`;
  return makeSpec(def.tables(state.division), sql, (t) => decodePage(t, columns, offset));
}

const PHONE_KEYS = new Set(DUTY_CHAIN.map(({ role }) => `${role}_phone`));

function decodePage(table: Parameters<typeof rowsOf>[0], columns: GridColumn[], offset: number): RegisterPage {
  const raw = rowsOf<Record<string, unknown>>(table);
  const total = Number(raw[0]?._total ?? 0);
  const rows = raw.filter((r) => r.id != null).map((r, i) => {
    const out: Record<string, Cell> = { seq: offset + i + 1 };
    for (const c of columns) {
      if (c.key === 'seq') continue;
      out[c.key] = cell(r[c.key]);
      if (PHONE_KEYS.has(c.key) && typeof out[c.key] === 'string') out[c.key] = maskPhone(out[c.key]) || null;
    }
    out.id = String(r.id);
    out.object_type = r.object_type == null ? null : String(r.object_type);
    out.lon = r.lon == null ? null : Number(r.lon);
    out.lat = r.lat == null ? null : Number(r.lat);
    out.gap = r._gap === true;
    return out;
  });
  return { columns, rows, total };
}

function cell(v: unknown): Cell {
  if (v === null || v === undefined) return null;
  if (typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean') return v;
  if (typeof v === 'bigint') return Number(v);
  return String(v);
}

/** The data snapshot day (max hazards.found_date, as AS_OF) as YYYY-MM-DD: the registers' 数据截至 date. */
export function registerAsOfQuery(): QuerySpec<string | null> {
  return makeSpec(['hazards'], `SELECT strftime(${AS_OF}, '%Y-%m-%d') AS as_of`, (t) => {
    const v = rowsOf<{ as_of: string | null }>(t)[0]?.as_of;
    return v == null ? null : String(v);
  });
}
