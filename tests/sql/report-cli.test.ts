// `npm run report`: argument checks with clear messages, missing data named, exit codes, and one real
// subprocess run whose stdout equals the core function's output.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { buildReport, main, parseReportArgs } from '../../scripts/report/cli';
import { openReportData, ReportError, runNative } from '../../scripts/report/native';
import { coverageQuery, registerQuery } from '../../src/queries/reports';
import { DEFAULT_STATE } from '../../src/state/types';
import type { Manifest } from '../../scripts/lib/manifest';
import { ensureTestData } from '../testData';

let dir: string;
let sample: string;
beforeAll(async () => {
  dir = await ensureTestData('small');
  sample = await ensureTestData('sample');
});

const base = ['--division', '530302', '--month', '2023-09', '--table', 'progress', '--format', 'json'];
const withArg = (key: string, value: string) => {
  const args = [...base];
  args[args.indexOf(key) + 1] = value;
  return args;
};

async function cli(argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(argv, { stdout: (s) => (out += s), stderr: (s) => (err += s) });
  return { code, out, err };
}

describe('report CLI arguments', () => {
  it('parses a full command line', () => {
    expect(parseReportArgs([...base, '--data', 'x'])).toMatchObject({
      division: '530302', month: '2023-09', table: 'progress', format: 'json', data: resolve('x'),
    });
    expect(parseReportArgs(withArg('--division', 'all')).division).toBeNull();
  });

  it('suggests YYYY-MM for a month written in Chinese', () => {
    expect(() => parseReportArgs(withArg('--month', '2023年5月'))).toThrow(/YYYY-MM.*2023-05/);
    expect(() => parseReportArgs(withArg('--month', '2023/9'))).toThrow(/2023-09/);
    expect(() => parseReportArgs(withArg('--month', '2023-04'))).toThrow(/早于专项行动开始/);
  });

  it('rejects an unknown table or format, and a malformed code', () => {
    expect(() => parseReportArgs(withArg('--table', 'summary'))).toThrow(/progress、sectors、hazards、risks、coverage/);
    expect(() => parseReportArgs(withArg('--format', 'pdf'))).toThrow(/json、csv、xlsx/);
    expect(() => parseReportArgs(withArg('--division', '5303'))).toThrow(ReportError);
  });
});

describe('report CLI: the four lists (risks) and their coverage', () => {
  const risks = ['--division', '530302', '--table', 'risks'];

  it('needs no month for risks and coverage, and checks --list, --by and their tables', () => {
    expect(parseReportArgs([...risks, '--list', 'duty'])).toMatchObject({ division: '530302', table: 'risks', list: 'duty', format: 'json' });
    expect(parseReportArgs([...risks, '--month', '2023年9月']).month).toBeUndefined();
    expect(parseReportArgs(['--division', 'all', '--table', 'coverage'])).toMatchObject({ division: null, table: 'coverage', by: 'child' });
    expect(parseReportArgs([...risks, '--search', '超市', '--gaps'])).toMatchObject({ search: '超市', gapsOnly: true });
    expect(() => parseReportArgs([...risks, '--list', 'hazard'])).toThrow(/--list 应为 basic、control、duty、emergency、missing 之一：hazard/);
    expect(() => parseReportArgs([...risks, '--list'])).toThrow(/（未指定）/);
    expect(() => parseReportArgs(['--division', '530302', '--table', 'coverage', '--by', 'town'])).toThrow(/--by 应为 child、sector 之一：town/);
    expect(() => parseReportArgs([...risks, '--by', 'sector'])).toThrow(/--by 只用于 --table coverage/);
    expect(() => parseReportArgs([...base, '--list', 'basic'])).toThrow(/--list 只用于 --table risks/);
    expect(() => parseReportArgs([...risks, '--format', 'csv'])).toThrow(/CSV 一次只导出一张清单.*--list/);
    // The other tables still need a valid month.
    expect(() => parseReportArgs(['--division', '530302', '--table', 'hazards'])).toThrow(/缺少 --month/);
  });

  it('writes a register as CSV and JSON, the same rows as the query', async () => {
    const csv = await cli([...risks, '--list', 'control', '--format', 'csv', '--data', dir]);
    expect(csv.code).toBe(0);
    const lines = csv.out.replace(/^\uFEFF/, '').trimEnd().split('\r\n');
    expect(lines[0]).toBe('序号,行业领域,风险名称,风险等级,管控措施,措施落实,在线监测,状态');
    const ds = await openReportData(dir);
    const page = await runNative(ds, registerQuery({ ...DEFAULT_STATE, division: '530302' }, 'control', { limit: null }));
    expect(lines).toHaveLength(page.total + 1);
    const json = await cli([...risks, '--list', 'duty', '--gaps', '--format', 'json', '--data', dir]);
    const rows = JSON.parse(json.out) as Record<string, unknown>[];
    const gaps = await runNative(ds, registerQuery({ ...DEFAULT_STATE, division: '530302' }, 'duty', { limit: null, gapsOnly: true }));
    expect(rows).toEqual(gaps.rows);
    expect(rows.length).toBeGreaterThan(0);
    const every = JSON.parse((await cli([...risks, '--data', dir])).out) as Record<string, unknown[]>;
    expect(Object.keys(every)).toEqual(['basic', 'control', 'duty', 'emergency', 'missing']);
    expect(every.control).toHaveLength(page.total);
  });

  it('writes every register into one workbook, one sheet each, and coverage as CSV, JSON and XLSX', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'report-')), 'lists.xlsx');
    const r = await cli([...risks, '--format', 'xlsx', '--data', dir, '--out', out]);
    expect(r.code).toBe(0);
    expect(r.err).toContain(out);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(new Uint8Array(readFileSync(out)).buffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['基础清单', '防控清单', '责任清单', '应急清单', '清单缺失对象']);
    expect(wb.getWorksheet('基础清单')!.getCell(1, 1).value).toBe('麒麟区重大安全风险基础清单');
    const one = await buildReport(parseReportArgs([...risks, '--list', 'emergency', '--format', 'xlsx', '--data', dir]));
    expect(one.fileName).toMatch(/^麒麟区-重大安全风险应急清单-\d{4}-\d{2}-\d{2}$/);

    const cov = ['--division', '530000', '--table', 'coverage', '--data', dir];
    const json = JSON.parse((await cli([...cov, '--by', 'sector'])).out) as unknown;
    const ds = await openReportData(dir);
    expect(json).toEqual(await runNative(ds, coverageQuery({ ...DEFAULT_STATE, division: '530000' }, 'sector')));
    const csv = await cli([...cov, '--format', 'csv']);
    expect(csv.code).toBe(0);
    expect(csv.out).toContain('行政区划,基础清单-重大安全风险（项）');
    expect(csv.out).toContain('\r\n合计,');
    const xlsx = join(mkdtempSync(join(tmpdir(), 'report-')), 'cov.xlsx');
    expect((await cli([...cov, '--format', 'xlsx', '--out', xlsx])).code).toBe(0);
    const cwb = new ExcelJS.Workbook();
    await cwb.xlsx.load(new Uint8Array(readFileSync(xlsx)).buffer);
    expect(cwb.worksheets.map((w) => w.name)).toEqual(['分地区覆盖情况']);
    expect(cwb.worksheets[0]!.getCell(1, 1).value).toBe('云南省重大安全风险“4张清单”覆盖情况（分地区）');
  });

  it('lists the objects of the sample that miss a list, as JSON', async () => {
    const r = await cli(['--division', '530302', '--table', 'risks', '--list', 'missing', '--data', sample]);
    expect(r.code).toBe(0);
    const rows = JSON.parse(r.out) as { id: string; missing: string }[];
    expect(rows.map((x) => [x.id, x.missing]).sort()).toEqual([['E00003', '防控'], ['E00009', '应急'], ['E00021', '基础']]);
  });
});

describe('report CLI errors name what is wrong', () => {
  it('an unknown division code', async () => {
    const r = await cli([...withArg('--division', '539999'), '--data', dir]);
    expect(r.code).toBe(1);
    expect(r.err).toContain('539999');
    expect(r.err).toContain('divisions');
  });

  it('a folder without manifest.json', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'report-'));
    const r = await cli([...base, '--data', empty]);
    expect(r.code).toBe(1);
    expect(r.err).toContain(join(empty, 'manifest.json'));
  });

  it('a table missing from the manifest, and a missing Parquet file', async () => {
    const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Manifest;
    const tmp = mkdtempSync(join(tmpdir(), 'report-'));
    const moved = Object.fromEntries(Object.entries(manifest.tables).map(([name, t]) =>
      [name, { ...t, files: t.files.map((f) => relative(tmp, join(dir, f))) }]));
    const rest = Object.fromEntries(Object.entries(moved).filter(([name]) => name !== 'activities'));
    writeFileSync(join(tmp, 'manifest.json'), JSON.stringify({ ...manifest, tables: rest }));
    const noTable = await cli([...base, '--data', tmp]);
    expect(noTable.code).toBe(1);
    expect(noTable.err).toContain('activities');
    const broken = { ...moved, activities: { files: ['activities/province_code=990000/data.parquet'], rows: 1 } };
    writeFileSync(join(tmp, 'manifest.json'), JSON.stringify({ ...manifest, tables: broken }));
    const noFile = await cli([...base, '--data', tmp]);
    expect(noFile.code).toBe(1);
    expect(noFile.err).toContain(join(tmp, 'activities/province_code=990000/data.parquet'));
  });
});

describe('npm run report (subprocess)', () => {
  const tsx = resolve('node_modules/.bin/tsx');
  const run = promisify(execFile);

  it('prints the same JSON as the core function and exits 0', async () => {
    const { stdout } = await run(tsx, ['scripts/report.ts', ...base, '--data', dir], { timeout: 120_000 });
    const core = await buildReport(parseReportArgs([...base, '--data', dir]));
    expect(JSON.parse(stdout)).toEqual(JSON.parse(core.body as string));
  });

  it('prints the coverage JSON without a month', async () => {
    const args = ['--division', '530302', '--table', 'coverage', '--by', 'sector', '--data', dir];
    const { stdout } = await run(tsx, ['scripts/report.ts', ...args], { timeout: 120_000 });
    const core = await buildReport(parseReportArgs(args));
    expect(JSON.parse(stdout)).toEqual(JSON.parse(core.body as string));
  });

  it('exits non-zero with the message on stderr', async () => {
    const failed = await run(tsx, ['scripts/report.ts', ...withArg('--month', '2023年9月'), '--data', dir], { timeout: 120_000 })
      .then(() => null, (err: { code: number; stderr: string }) => err);
    expect(failed?.code).toBe(1);
    expect(failed?.stderr).toContain('2023-09');
  });
});
