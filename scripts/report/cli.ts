// `npm run report`: the generated tables from the command line, through the app's own query builders.
import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { reportDocument, toCsv, toXlsx, type ReportDoc } from '../../src/export';
import { ancestryQuery } from '../../src/queries/division';
import {
  CAMPAIGN_START, REPORT_TABLES, isMonth, isReportTable, reportJson, reportQuery, type ReportData, type ReportTable,
} from '../../src/queries/reports';
import { parseArgs } from '../lib/args';
import { openReportData, ReportError, runNative, type Dataset } from './native';

export const FORMATS = ['json', 'csv', 'xlsx'] as const;
export type ReportFormat = (typeof FORMATS)[number];

export interface ReportOptions {
  /** Division code, or null for every jurisdiction in the data (`--division all`). */
  division: string | null;
  month: string;
  table: ReportTable;
  format: ReportFormat;
  /** Folder holding manifest.json. */
  data: string;
  out?: string;
}

export const USAGE = `用法：npm run report -- --division <代码|all> --month YYYY-MM --table ${REPORT_TABLES.join('|')} \\
         --format ${FORMATS.join('|')} [--data <含 manifest.json 的目录，默认 public/data>] [--out <文件>]
例如：npm run report -- --division 530302 --month 2023-09 --table progress --format json`;

/** Suggest YYYY-MM for inputs like "2023年5月", "2023/5" or "202305". */
function monthHint(value: string): string {
  const m = /^(\d{4})\D*(\d{1,2})\D*$/.exec(value.trim());
  const mm = m ? Number(m[2]) : 0;
  return m && mm >= 1 && mm <= 12 ? `${m[1]}-${String(mm).padStart(2, '0')}` : '2023-05';
}

export function parseReportArgs(argv: string[]): ReportOptions {
  const args = parseArgs(argv);
  const get = (key: string) => (typeof args[key] === 'string' ? (args[key] as string) : undefined);
  const division = get('division');
  if (!division) throw new ReportError(`缺少 --division（行政区划代码，如 530302；全部数据用 all）\n${USAGE}`);
  if (division !== 'all' && !/^\d{6}(\d{3})?$/.test(division)) {
    throw new ReportError(`行政区划代码应为 6 位或 9 位数字（或 all）：${division}`);
  }
  const month = get('month');
  if (!month) throw new ReportError(`缺少 --month（YYYY-MM，如 2023-09）\n${USAGE}`);
  if (!isMonth(month)) throw new ReportError(`月份格式不对："${month}"，应为 YYYY-MM，例如 ${monthHint(month)}`);
  if (month < CAMPAIGN_START.slice(0, 7)) {
    throw new ReportError(`月份 ${month} 早于专项行动开始（${CAMPAIGN_START.slice(0, 7)}）`);
  }
  const table = get('table') ?? '';
  if (!isReportTable(table)) throw new ReportError(`--table 应为 ${REPORT_TABLES.join('、')} 之一：${table || '（未指定）'}`);
  const format = get('format') ?? 'json';
  if (!(FORMATS as readonly string[]).includes(format)) throw new ReportError(`--format 应为 ${FORMATS.join('、')} 之一：${format}`);
  return {
    division: division === 'all' ? null : division,
    month, table, format: format as ReportFormat,
    data: resolve(get('data') ?? 'public/data'),
    ...(get('out') ? { out: resolve(get('out')!) } : {}),
  };
}

export interface ReportOutput {
  data: ReportData;
  doc: ReportDoc;
  divisionName: string;
  /** The file body: JSON or CSV text, or XLSX bytes. */
  body: string | Uint8Array;
}

/** The division's name; throws naming the code when the divisions table does not have it. */
export async function divisionName(ds: Dataset, division: string | null): Promise<string> {
  if (division === null) return '全国';
  const chain = await runNative(ds, ancestryQuery(division));
  const self = chain.find((d) => d.code === division);
  if (!self) throw new ReportError(`未知的行政区划代码 ${division}：divisions 表中没有这个代码`);
  return self.name;
}

/** Build one report; pass an open dataset to reuse it across calls. */
export async function buildReport(opts: ReportOptions, open?: Dataset): Promise<ReportOutput> {
  const ds = open ?? (await openReportData(opts.data));
  const name = await divisionName(ds, opts.division);
  const data = await runNative(ds, reportQuery(opts.table, { division: opts.division, month: opts.month }));
  const doc = reportDocument(data, { divisionName: name, month: opts.month });
  let body: string | Uint8Array;
  if (opts.format === 'json') body = `${JSON.stringify(reportJson(data), null, 2)}\n`;
  else if (opts.format === 'csv') body = toCsv(doc);
  else body = await toXlsx(doc);
  return { data, doc, divisionName: name, body };
}

export interface Io {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
}

const processIo: Io = { stdout: (s) => process.stdout.write(s), stderr: (s) => process.stderr.write(s) };

/** The CLI: returns the exit code (0 ok, 1 bad input or data, 2 unexpected failure). */
export async function main(argv: string[], io: Io = processIo): Promise<number> {
  if (argv.includes('--help') || argv.includes('-h')) {
    io.stdout(`${USAGE}\n`);
    return 0;
  }
  try {
    const opts = parseReportArgs(argv);
    const out = await buildReport(opts);
    const file = opts.out ?? (opts.format === 'xlsx' ? resolve(`${out.doc.fileName}.xlsx`) : undefined);
    if (file) {
      await writeFile(file, out.body);
      io.stderr(`已写入 ${file}\n`);
    } else {
      io.stdout(out.body as string);
    }
    return 0;
  } catch (err) {
    if (err instanceof ReportError) {
      io.stderr(`错误：${err.message}\n`);
      return 1;
    }
    io.stderr(`错误：${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    return 2;
  }
}
