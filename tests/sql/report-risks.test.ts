// The registers of the four lists (4张清单) and of the objects missing a list: search, gaps-only, sorting,
// paging, filters, totals against independent counts from the raw list tables, masked phones, and the
// export documents (CSV header labels, one XLSX sheet per register).
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { all } from '../../scripts/lib/duck';
import { openReportData, runNative, type Dataset } from '../../scripts/report/native';
import { coverageDoc, gridsToXlsx, registerDoc, toCsv } from '../../src/export';
import {
  REGISTER_LISTS, coverageQuery, registerColumns, registerQuery, registerSortKeys, type RegisterKey, type RegisterOptions, type RegisterPage,
} from '../../src/queries/reports';
import { DEFAULT_STATE, type AppState } from '../../src/state/types';
import { ensureTestData } from '../testData';

let dir: string;
let ds: Dataset;
beforeAll(async () => {
  dir = await ensureTestData('small');
  ds = await openReportData(dir);
});

const COUNTY = '530302';
const stateOf = (division: string | null, filters: AppState['filters'] = {}): AppState => ({ ...DEFAULT_STATE, division, filters });
const page = (list: RegisterKey, opts: RegisterOptions = {}, state = stateOf(COUNTY)): Promise<RegisterPage> =>
  runNative(ds, registerQuery(state, list, { limit: null, ...opts }));
const pq = (t: string) => `read_parquet('${dir}/${t}/*/*.parquet', hive_partitioning = false)`;
const count = async (sql: string) => Number((await all(ds.conn, sql))[0]!.n);
const str = (v: unknown) => (v === null || v === undefined ? '' : String(v));

/** Independent per-risk flags of the county from the raw list tables (restated rules, see coverage.test.ts). */
const flags = () => `
  WITH snap AS (SELECT max(found_date) AS d FROM ${pq('hazards')}),
  r AS (SELECT * FROM ${pq('risks')} WHERE town_code LIKE '${COUNTY}%'),
  ctl AS (SELECT risk_id, COUNT(*) AS n, SUM(CASE WHEN in_place THEN 0 ELSE 1 END) AS bad FROM ${pq('risk_controls')} GROUP BY 1),
  duty AS (SELECT risk_id, COUNT(DISTINCT role) AS named FROM ${pq('risk_duties')} WHERE person IS NOT NULL GROUP BY 1),
  emg AS (SELECT risk_id, MAX(last_drill_date) AS drill FROM ${pq('risk_emergency')} GROUP BY 1),
  f AS (
    SELECT r.id, r.object_type, r.object_id, ctl.risk_id IS NOT NULL AS c_filed, coalesce(ctl.bad, 1) = 0 AS c_ok,
      coalesce(duty.named, 0) = 3 AS d_ok, emg.risk_id IS NOT NULL AS e_filed,
      emg.risk_id IS NOT NULL AND (emg.drill IS NULL OR emg.drill < snap.d - INTERVAL (CASE WHEN r.sector IN
        ('coal_mine', 'non_coal_mine', 'illegal_mining', 'hazardous_chemicals', 'civil_explosives') THEN 6 ELSE 12 END) MONTH) AS overdue
    FROM r CROSS JOIN snap LEFT JOIN ctl ON ctl.risk_id = r.id LEFT JOIN duty ON duty.risk_id = r.id LEFT JOIN emg ON emg.risk_id = r.id)`;

const LEVELS = ['重大风险', '较大风险', '一般风险', '低风险'];

describe('registers of the four lists', () => {
  it('list every risk of the jurisdiction; totals and gaps equal the raw lists', async () => {
    const risks = await count(`SELECT count(*) AS n FROM ${pq('risks')} WHERE town_code LIKE '${COUNTY}%'`);
    expect(risks).toBeGreaterThan(50);
    const gaps: Record<Exclude<RegisterKey, 'missing'>, string> = {
      basic: 'NOT c_filed OR NOT d_ok OR NOT e_filed',
      control: 'NOT c_ok',
      duty: 'NOT d_ok',
      emergency: 'NOT e_filed OR overdue',
    };
    for (const list of ['basic', 'control', 'duty', 'emergency'] as const) {
      const full = await page(list);
      expect(full.total, list).toBe(risks);
      expect(full.rows, list).toHaveLength(risks);
      expect(new Set(full.rows.map((r) => r.id)).size).toBe(risks);
      expect(full.rows.map((r) => r.seq)).toEqual(full.rows.map((_, i) => i + 1));
      const want = await count(`${flags()} SELECT count(*) AS n FROM f WHERE ${gaps[list]}`);
      expect(want, list).toBeGreaterThan(0);
      expect(full.rows.filter((r) => r.gap), list).toHaveLength(want);
      const only = await page(list, { gapsOnly: true });
      expect(only.total, list).toBe(want);
      expect(only.rows.every((r) => r.gap === true), list).toBe(true);
      expect(full.columns.map((c) => c.key)).toEqual(registerColumns(list).map((c) => c.key));
    }
  });

  it('show the lists as filed: measures with their state, duty persons, drill status', async () => {
    const control = await page('control');
    for (const r of control.rows) {
      if (r.status === '未建立防控清单') {
        expect(r.measures).toBeNull();
        expect(r.gap).toBe(true);
        continue;
      }
      const [ok, n] = str(r.in_place).split('/').map(Number) as [number, number];
      const items = str(r.measures).split('；');
      expect(items).toHaveLength(n);
      items.forEach((m, i) => expect(m.startsWith(`${i + 1}.`)).toBe(true));
      expect(items.filter((m) => m.endsWith('（未落实）'))).toHaveLength(n - ok);
      expect(r.status).toBe(ok === n ? '已落实' : '部分未落实');
      expect(['是', '否']).toContain(r.monitored);
    }
    const duty = await page('duty');
    const phones = duty.rows.flatMap((r) => ['enterprise', 'department', 'local_government'].map((role) => r[`${role}_phone`]));
    expect(phones.filter((p) => p !== null).length).toBeGreaterThan(0);
    for (const p of phones) if (p !== null) expect(p).toMatch(/^\d{3}\*{4}\d{4}$/);
    const unnamed = duty.rows.filter((r) => ['enterprise', 'department', 'local_government'].some((role) => r[`${role}_person`] === '未明确'));
    expect(unnamed.length).toBeGreaterThan(0);
    expect(unnamed.every((r) => r.gap)).toBe(true);
    const emergency = await page('emergency');
    expect(new Set(emergency.rows.map((r) => r.status))).toEqual(new Set(['正常', '演练超期', '未建立应急清单']));
    for (const r of emergency.rows) {
      expect(['每半年', '每年']).toContain(r.drill_rule);
      expect(r.gap).toBe(r.status !== '正常');
      if (r.status === '未建立应急清单') expect(r.plan).toBeNull();
    }
    const basic = await page('basic');
    for (const r of basic.rows) {
      expect(str(r.location)).toMatch(/^\S+ -?\d+\.\d{4}, -?\d+\.\d{4}$/);
      expect(str(r.identified_date)).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(LEVELS).toContain(r.risk_level);
      expect(str(r.object).length).toBeGreaterThan(0);
    }
  });

  it('search narrows the rows and every row matches (quotes and wildcards are literal)', async () => {
    const full = await page('basic');
    const term = str(full.rows[0]!.object).slice(0, 2);
    const hit = await page('basic', { search: term });
    expect(hit.total).toBeGreaterThan(0);
    expect(hit.total).toBeLessThan(full.total);
    for (const r of hit.rows) expect(`${str(r.name)}|${str(r.object)}`).toContain(term);
    const units = await page('duty', { search: '应急管理局' });
    expect(units.total).toBeGreaterThan(0);
    for (const r of units.rows) {
      expect([r.name, r.enterprise_unit, r.department_unit, r.local_government_unit].map(str).some((s) => s.includes('应急管理局'))).toBe(true);
    }
    for (const odd of ["O'Brien", '100%', '_', '\\']) expect((await page('control', { search: odd })).total).toBe(0);
    expect((await page('missing', { search: '  ' })).total).toBe((await page('missing')).total);
  });

  it('sorts by any column, monotonic, both directions; unknown keys give the default order', async () => {
    const dflt = await page('basic');
    const levels = dflt.rows.map((r) => LEVELS.indexOf(str(r.risk_level)));
    expect(levels).toEqual([...levels].sort((a, b) => a - b));
    const unknown = await page('basic', { sortKey: 'id; DROP TABLE risks' });
    expect(unknown.rows.map((r) => r.id)).toEqual(dflt.rows.map((r) => r.id));
    // The measures text is built for the page's rows only: not a sort key.
    expect(registerSortKeys('control')).toEqual(['sector', 'name', 'risk_level', 'in_place', 'monitored', 'status']);
    expect(registerSortKeys('emergency')).toEqual(['sector', 'name', 'risk_level', 'last_drill', 'drill_rule', 'status']);
    expect(registerSortKeys('missing')).toEqual(['sector', 'object', 'object_kind', 'location', 'risks', 'missing']);
    const byMeasures = await page('control', { sortKey: 'measures' });
    expect(byMeasures.rows.map((r) => r.id)).toEqual((await page('control')).rows.map((r) => r.id));
    const monotonic = <T>(xs: T[], le: (a: T, b: T) => boolean) => xs.every((x, i) => i === 0 || le(xs[i - 1]!, x));
    for (const desc of [false, true]) {
      const le = (a: string, b: string) => (desc ? a >= b : a <= b);
      const byDate = await page('basic', { sortKey: 'identified_date', desc });
      expect(monotonic(byDate.rows.map((r) => str(r.identified_date)), le)).toBe(true);
      const byName = await page('basic', { sortKey: 'name', desc });
      expect(monotonic(byName.rows.map((r) => str(r.name)), le)).toBe(true);
      const ratio = (v: unknown) => {
        const [a, b] = str(v).split('/').map(Number) as [number, number];
        return a / b;
      };
      const byRatio = (await page('control', { sortKey: 'in_place', desc })).rows.filter((r) => r.in_place !== null);
      expect(monotonic(byRatio.map((r) => ratio(r.in_place)), (a, b) => (desc ? a >= b : a <= b))).toBe(true);
      const byRisks = await page('missing', { sortKey: 'risks', desc });
      expect(monotonic(byRisks.rows.map((r) => Number(r.risks)), (a, b) => (desc ? a >= b : a <= b))).toBe(true);
    }
    const minus = await page('basic', { sortKey: '-identified_date' });
    expect(minus.rows.map((r) => r.id)).toEqual((await page('basic', { sortKey: 'identified_date', desc: true })).rows.map((r) => r.id));
    const drills = (await page('emergency', { sortKey: 'last_drill' })).rows.map((r) => str(r.last_drill)).filter((d) => /^\d/.test(d));
    expect(monotonic(drills, (a, b) => a <= b)).toBe(true);
  });

  it('pages: the pages together are the full register, numbered on', async () => {
    const full = await page('emergency', { sortKey: 'name' });
    const first = await page('emergency', { sortKey: 'name', limit: 40 });
    const second = await page('emergency', { sortKey: 'name', limit: 40, offset: 40 });
    expect(first.total).toBe(full.total);
    expect([...first.rows, ...second.rows].map((r) => r.id)).toEqual(full.rows.slice(0, 80).map((r) => r.id));
    expect(second.rows[0]!.seq).toBe(41);
    const beyond = await page('emergency', { limit: 10, offset: full.total + 5 });
    expect(beyond.rows).toHaveLength(0);
    expect(beyond.total).toBe(full.total);
    expect((await runNative(ds, registerQuery(stateOf(COUNTY), 'basic', {}))).rows).toHaveLength(Math.min(100, full.total));
  });

  it('follow the global filters (risk level, sector)', async () => {
    const major = await page('control', {}, stateOf(COUNTY, { risk_level: ['major'] }));
    expect(major.total).toBe(await count(`SELECT count(*) AS n FROM ${pq('risks')} WHERE town_code LIKE '${COUNTY}%' AND risk_level = 'major'`));
    expect(major.rows.every((r) => r.risk_level === '重大风险')).toBe(true);
    const chem = await page('basic', {}, stateOf('530000', { sector: ['hazardous_chemicals'] }));
    expect(chem.total).toBeGreaterThan(0);
    expect(chem.rows.every((r) => r.sector === '危险化学品')).toBe(true);
    // Filters that risks do not have (hazard source, month) do not narrow the registers.
    const other = await page('duty', {}, stateOf(COUNTY, { source: ['self_check'], month: ['2023-09'] }));
    expect(other.total).toBe((await page('duty')).total);
  });

  it('read exactly the tables they need, the lazy ones by province partition', async () => {
    const tables = (list: RegisterKey, division: string | null) => registerQuery(stateOf(division), list, {}).tables;
    expect(tables('control', COUNTY)).toEqual(['risks', { table: 'risk_controls', partition: { province_code: '530000' } }]);
    expect(tables('duty', null)).toEqual(['risks', 'risk_duties']);
    expect(tables('emergency', '141128105')).toEqual(['risks', 'hazards', { table: 'risk_emergency', partition: { province_code: '140000' } }]);
    expect(tables('missing', null)).toContain('enterprises');
    for (const list of ['basic', 'control', 'duty', 'emergency'] as const) {
      expect(tables(list, null), list).not.toContain('enterprises');
    }
  });
});

describe('register of objects missing a list', () => {
  it('holds the key enterprises without any risk and every object with a gap, once each', async () => {
    const rows = (await page('missing')).rows;
    const ids = rows.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    const noRisk = (await all(ds.conn, `SELECT e.id FROM ${pq('enterprises')} e
      LEFT JOIN (SELECT DISTINCT object_id FROM ${pq('risks')}) r ON r.object_id = e.id
      WHERE e.is_key AND e.town_code LIKE '${COUNTY}%' AND r.object_id IS NULL ORDER BY 1`)).map((r) => String(r.id));
    const withGap = (await all(ds.conn, `${flags()} SELECT DISTINCT object_id AS id FROM f
      WHERE NOT c_filed OR NOT d_ok OR NOT e_filed ORDER BY 1`)).map((r) => String(r.id));
    expect(noRisk.length).toBeGreaterThan(0);
    expect(withGap.length).toBeGreaterThan(0);
    expect([...ids].sort()).toEqual([...noRisk, ...withGap].sort());
    for (const r of rows) {
      const basic = noRisk.includes(String(r.id));
      expect(str(r.missing).split('、').includes('基础'), String(r.id)).toBe(basic);
      if (basic) expect(r.risks).toBe(0);
      else expect(r.risks).toBeGreaterThan(0);
      expect(str(r.missing)).toMatch(/^(基础|防控|责任|应急)(、(防控|责任|应急))*$/);
      if (r.object_type === 'enterprise') expect(r.object_kind).toBe('企业');
      else expect(r.object_type).toBe('site');
      expect(str(r.object).length).toBeGreaterThan(0);
    }
    // The objects with a gap are the coverage's objects_missing.
    const [total] = await runNative(ds, coverageQuery(stateOf(COUNTY), 'child'));
    expect(total!.objects_missing).toBe(withGap.length);
  });

  it('gaps-only changes nothing; the risk-level filter applies to enterprises and risks alike', async () => {
    expect((await page('missing', { gapsOnly: true })).total).toBe((await page('missing')).total);
    const major = await page('missing', {}, stateOf('530000', { risk_level: ['major'] }));
    expect(major.total).toBeGreaterThan(0);
    expect(major.total).toBeLessThan((await page('missing', {}, stateOf('530000'))).total);
  });
});

describe('register documents', () => {
  it('carry the filed header labels, title and notes; CSV and one XLSX sheet per register', async () => {
    const meta = { divisionName: '麒麟区', month: '2024-03-31' };
    const want: Record<RegisterKey, string[]> = {
      basic: ['序号', '行业领域', '对象名称', '风险名称', '位置/坐标', '风险类型', '风险等级', '可能导致的后果', '辨识日期'],
      control: ['序号', '行业领域', '风险名称', '风险等级', '管控措施', '措施落实', '在线监测', '状态'],
      duty: ['序号', '行业领域', '风险名称', '风险等级', '企业主体责任-责任单位', '企业主体责任-责任人', '企业主体责任-联系电话',
        '部门监管责任-责任单位', '部门监管责任-责任人', '部门监管责任-联系电话', '属地管理责任-责任单位', '属地管理责任-责任人',
        '属地管理责任-联系电话'],
      emergency: ['序号', '行业领域', '风险名称', '风险等级', '应急预案', '救援队伍', '应急物资', '疏散路线', '最近演练', '演练要求', '状态'],
      missing: ['序号', '行业领域', '对象名称', '对象类型', '位置', '风险数', '缺失清单'],
    };
    const titles: Record<RegisterKey, string> = {
      basic: '麒麟区重大安全风险基础清单', control: '麒麟区重大安全风险防控清单', duty: '麒麟区重大安全风险责任清单',
      emergency: '麒麟区重大安全风险应急清单', missing: '麒麟区清单缺失对象',
    };
    const docs = [];
    for (const list of REGISTER_LISTS) {
      const p = await page(list);
      const doc = registerDoc(list, p, meta);
      expect(doc.title).toBe(titles[list]);
      expect(doc.subtitle).toEqual(['填报单位：麒麟区', '数据截至：2024年3月31日']);
      expect(doc.notes.length).toBeGreaterThan(0);
      const lines = toCsv(doc).replace(/^\uFEFF/, '').trimEnd().split('\r\n');
      expect(lines[0]!.split(','), list).toEqual(want[list]);
      expect(lines).toHaveLength(p.total + 1);
      docs.push(doc);
    }
    const cov = coverageDoc('sector', await runNative(ds, coverageQuery(stateOf(COUNTY), 'sector')), meta);
    expect(toCsv(cov).split('\r\n')[0]).toContain('管控情况-管控率（%）');
    expect(cov.rows[0]!.name).toBe('合计');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await gridsToXlsx([...docs, cov])).buffer as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['基础清单', '防控清单', '责任清单', '应急清单', '清单缺失对象', '分行业覆盖情况']);
    const duty = wb.getWorksheet('责任清单')!;
    expect(duty.getCell(1, 1).value).toBe('麒麟区重大安全风险责任清单');
    expect(duty.getCell(3, 5).value).toBe('企业主体责任');
    expect(duty.getCell(4, 5).value).toBe('责任单位');
  });
});

describe('the sample fixture: one risk per kind of gap', () => {
  // scripts/sample/build.ts: E00021 has no risk; R00003 no control list, R00006 no department person,
  // R00009 no emergency list, R00012 drilled too long ago, R00015 never drilled, R00018 a measure not in
  // place. The snapshot is 2023-12-31.
  let sds: Dataset;
  beforeAll(async () => {
    sds = await openReportData(await ensureTestData('sample'));
  });
  const byId = async (list: RegisterKey) =>
    new Map((await runNative(sds, registerQuery(stateOf(null), list, { limit: null }))).rows.map((r) => [String(r.id), r]));

  it('marks exactly those gaps in each register and in the coverage', async () => {
    const control = await byId('control');
    expect(control.size).toBe(10);
    expect(control.get('R00003')).toMatchObject({ status: '未建立防控清单', measures: null, in_place: null, gap: true });
    expect(control.get('R00018')).toMatchObject({ status: '部分未落实', in_place: '2/3', gap: true });
    expect(str(control.get('R00018')!.measures)).toBe('1.安装监测报警装置并与设备联锁；2.落实主要负责人包保责任；3.编制现场处置方案（未落实）');
    expect([...control.values()].filter((r) => r.gap).map((r) => r.id).sort()).toEqual(['R00003', 'R00018']);
    const duty = await byId('duty');
    expect(duty.get('R00006')).toMatchObject({ department_person: '未明确', department_phone: null, enterprise_phone: '139****0001', gap: true });
    expect([...duty.values()].filter((r) => r.gap).map((r) => r.id)).toEqual(['R00006']);
    const emergency = await byId('emergency');
    expect(emergency.get('R00009')).toMatchObject({ status: '未建立应急清单', plan: null, last_drill: null });
    expect(emergency.get('R00012')).toMatchObject({ status: '演练超期', last_drill: '2022-05-20', drill_rule: '每年' });
    expect(emergency.get('R00015')).toMatchObject({ status: '演练超期', last_drill: '未演练', drill_rule: '每半年' });
    expect(emergency.get('R00003')).toMatchObject({ status: '正常', last_drill: '2023-11-15', drill_rule: '每半年' });
    expect([...emergency.values()].filter((r) => r.gap).map((r) => r.id).sort()).toEqual(['R00009', 'R00012', 'R00015']);
    const basic = await byId('basic');
    expect([...basic.values()].filter((r) => r.gap).map((r) => r.id).sort()).toEqual(['R00003', 'R00006', 'R00009']);
    expect(basic.get('RS00001')).toMatchObject({ object: '积翠鑫源尾矿库', location: '方山县积翠镇 111.3100, 37.9600', risk_type: '溃坝' });
    const missing = await byId('missing');
    expect([...missing.values()].map((r) => [r.id, r.missing, r.risks]).sort()).toEqual([
      ['E00003', '防控', 1], ['E00006', '责任', 1], ['E00009', '应急', 1], ['E00021', '基础', 0],
    ]);
    const [total] = await runNative(sds, coverageQuery(stateOf(null), 'child'));
    expect(total).toMatchObject({
      key: 'total', risks: 10, control_filed: 9, control_in_place: 8, duty_complete: 9, emergency_filed: 9, drill_overdue: 2,
      controlled: 4, rate: 0.4, objects_missing: 3,
    });
  });
});
