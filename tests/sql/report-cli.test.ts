// `npm run report`: argument checks with clear messages, missing data named, exit codes, and one real
// subprocess run whose stdout equals the core function's output.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildReport, main, parseReportArgs } from '../../scripts/report/cli';
import { ReportError } from '../../scripts/report/native';
import type { Manifest } from '../../scripts/lib/manifest';
import { ensureTestData } from '../testData';

let dir: string;
beforeAll(async () => {
  dir = await ensureTestData('small');
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
    expect(() => parseReportArgs(withArg('--table', 'summary'))).toThrow(/progress、sectors、hazards/);
    expect(() => parseReportArgs(withArg('--format', 'pdf'))).toThrow(/json、csv、xlsx/);
    expect(() => parseReportArgs(withArg('--division', '5303'))).toThrow(ReportError);
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

  it('exits non-zero with the message on stderr', async () => {
    const failed = await run(tsx, ['scripts/report.ts', ...withArg('--month', '2023年9月'), '--data', dir], { timeout: 120_000 })
      .then(() => null, (err: { code: number; stderr: string }) => err);
    expect(failed?.code).toBe(1);
    expect(failed?.stderr).toContain('2023-09');
  });
});
