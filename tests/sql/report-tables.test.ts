// The per-sector table and the hazard list agree with the progress table, and the XLSX exports open
// with the forms' headers (read back with exceljs; rendered by LibreOffice when it is installed).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildReport, type ReportOptions } from '../../scripts/report/cli';
import { openReportData, type Dataset } from '../../scripts/report/native';
import { reportRows } from '../../src/domain/sectors';
import type { HazardListRow, ProgressRow, ReportTable, SectorRow } from '../../src/queries/reports';
import { ensureTestData } from '../testData';

let dir: string;
let ds: Dataset;
beforeAll(async () => {
  dir = await ensureTestData('small');
  ds = await openReportData(dir);
});

const run = (table: ReportTable, format: ReportOptions['format'], division = '530302', month = '2023-09') =>
  buildReport({ division, month, table, format, data: dir }, ds);
const json = async <T>(table: ReportTable, division?: string, month?: string) =>
  JSON.parse((await run(table, 'json', division, month)).body as string) as T;

describe('per-sector table', () => {
  it('has the total rows, then one row per report row; sectors partition the total', async () => {
    const rows = await json<SectorRow[]>('sectors', '530000');
    expect(rows.map((r) => r.row)).toEqual(['__total', '__month', ...reportRows.map((r) => r.key)]);
    const [total] = rows;
    const progress = await json<ProgressRow>('progress', '530000');
    expect(total!.hazards).toBe(progress.self_found + progress.dept_found);
    expect(total!.hazards_rectified).toBe(progress.self_rectified + progress.dept_rectified);
    expect(total!.hazards_supervised).toBe(progress.supervised);
    expect(total!.penalties).toBe(progress.penalties);
    expect(total!.fines_wan).toBeCloseTo(progress.fines_wan, 6);
    expect(total!.enterprises_served).toBe(progress.enterprises_checked);
    const top = rows.filter((r) => reportRows.some((d) => d.key === r.row && 'sectors' in d));
    for (const key of ['risks', 'risks_controlled', 'hazards', 'hazards_rectified', 'penalties', 'suspensions', 'enterprises_served'] as const) {
      expect(top.reduce((s, r) => s + r[key], 0), key).toBe(total![key]);
    }
    expect(total!.risks).toBeGreaterThan(0);
    expect(total!.control_rate).toBeCloseTo(total!.risks_controlled / total!.risks, 9);
    // Every risk is identified before 2023-09, so the 4张清单 figures equal the coverage table's total.
    const out = await buildReport({ division: '530000', month: '2023-09', table: 'coverage', format: 'json', data: dir }, ds);
    const coverage = out.json as { key: string; risks: number; controlled: number }[];
    const all = coverage.find((r) => r.key === 'total')!;
    expect([total!.risks, total!.risks_controlled]).toEqual([all.risks, all.controlled]);
    for (const r of rows) expect(r.problems).toBeNull();
  });

  it('counts only the month in the month row', async () => {
    const june = await json<SectorRow[]>('sectors', '530000', '2023-06');
    const july = await json<SectorRow[]>('sectors', '530000', '2023-07');
    expect(july[1]!.hazards).toBe(july[0]!.hazards - june[0]!.hazards);
  });
});

describe('hazard list', () => {
  it('lists every hazard found to the month end, judged at the month end, phones masked', async () => {
    const rows = await json<HazardListRow[]>('hazards');
    const progress = await json<ProgressRow>('progress');
    expect(rows).toHaveLength(progress.self_found + progress.dept_found);
    expect(rows.filter((r) => r.rectified)).toHaveLength(progress.self_rectified + progress.dept_rectified);
    expect(rows.filter((r) => r.supervision_level)).toHaveLength(progress.supervised);
    expect(rows.every((r) => r.found_date <= '2023-09-30' && r.county === '麒麟区')).toBe(true);
    const phones = rows.map((r) => r.phone).filter((p) => p !== null);
    expect(phones.length).toBeGreaterThan(0);
    for (const p of phones) expect(p).toMatch(/^\d{3}\*{4}\d{4}$/);
  });
});

async function readBack(table: ReportTable): Promise<{ file: string; wb: ExcelJS.Workbook }> {
  const out = await run(table, 'xlsx');
  const file = join(mkdtempSync(join(tmpdir(), 'report-')), `${out.doc.fileName}.xlsx`);
  writeFileSync(file, out.body);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(new Uint8Array(readFileSync(file)).buffer);
  return { file, wb };
}

/** Every text of a sheet (merged cells read once through their master cell). */
function texts(ws: ExcelJS.Worksheet): string[] {
  const out: string[] = [];
  ws.eachRow((row) => row.eachCell((cell) => {
    if (cell.isMerged && cell.master.address !== cell.address) return;
    if (typeof cell.value === 'string') out.push(cell.value);
  }));
  return out;
}

describe('XLSX export', () => {
  it('progress: the form title, four blocks, item labels, numbers in the data sheet', async () => {
    const { wb } = await readBack('progress');
    const form = wb.getWorksheet('调度表')!;
    expect(form.getCell('A1').value).toBe('麒麟区重大事故隐患专项排查整治2023行动进展情况调度表');
    const all = texts(form);
    for (const t of ['总体情况', '对企业自查自改进行抽查检查情况', '部门精准严格执法情况', '党委政府组织领导情况',
      '企业自查发现的重大事故隐患（个）', '部门抽查检查的企业总数（家）', '行政处罚（次，万元）', '组织开展考核巡查督导检查（次）']) {
      expect(all, t).toContain(t);
    }
    expect(form.getCell('A3').isMerged).toBe(true);
    const data = wb.getWorksheet('数据')!;
    const progress = await json<ProgressRow>('progress');
    const values = new Map<string, unknown>();
    data.eachRow((row, i) => i > 1 && values.set(String(row.getCell(6).value), row.getCell(5).value));
    expect(values.get('self_found')).toBe(progress.self_found);
    expect(values.get('fines_wan')).toBe(progress.fines_wan);
  });

  it('sectors: the three header rows of 附件2 with merged groups', async () => {
    const { wb } = await readBack('sectors');
    const ws = wb.getWorksheet('分行业统计表')!;
    const all = texts(ws);
    for (const t of ['行业领域', '排查重大风险', '治理重大隐患', '解决突出问题', '开展督导检查', '执法处罚', '约谈警示', '联合惩戒',
      '行刑衔接', '已落实“4个清单”管控措施', '管控率', '治理率', '（%）', '累计总计', '本月总计', '工贸']) {
      expect(all, t).toContain(t);
    }
    expect(ws.getCell('A3').value).toBe('行业领域');
    expect(ws.getCell('A5').master.address).toBe('A3');
    expect(ws.getCell('D3').master.address).toBe('B3');
  });

  it('hazard list: the columns of 附件3-2', async () => {
    const { wb } = await readBack('hazards');
    const all = texts(wb.getWorksheet('隐患清单')!);
    for (const t of ['州市', '县区', '企业名称', '重大事故隐患', '是否挂牌督办', '是否整改', '是否处罚', '处罚情况', '主要负责人', '企业']) {
      expect(all, t).toContain(t);
    }
  });

  const office = ['soffice', 'libreoffice'].find((bin) => {
    try {
      execFileSync('which', [bin], { stdio: 'ignore' });
      return true;
    } catch {
      return false;
    }
  });
  if (!office) console.warn('LibreOffice (soffice) is not on PATH: skipping the PDF rendering test. apt-get install libreoffice-calc-nogui');
  it.skipIf(!office)('renders each export to PDF with LibreOffice', async () => {
    for (const table of ['progress', 'sectors', 'hazards'] as const) {
      const { file } = await readBack(table);
      const outDir = join(file, '..');
      // A private profile so a LibreOffice already running for this user does not swallow the job.
      execFileSync(office!, [`-env:UserInstallation=file://${outDir}/profile`, '--headless', '--convert-to', 'pdf', '--outdir', outDir, file],
        { stdio: 'ignore', timeout: 240_000 });
      const pdf = file.replace(/\.xlsx$/, '.pdf');
      expect(existsSync(pdf), pdf).toBe(true);
      expect(readFileSync(pdf).subarray(0, 5).toString()).toBe('%PDF-');
    }
  });
});
