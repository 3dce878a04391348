// `npm run report`: the generated tables from the command line, through the app's own query builders.
import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import {
  coverageDoc, gridsToXlsx, registerDoc, registerFileStem, reportDocument, toCsv, toXlsx, type GridDoc, type ReportDoc,
} from '../../src/export';
import { ancestryQuery } from '../../src/queries/division';
import {
  CAMPAIGN_START, COVERAGE_BY, REGISTER_LISTS, REPORT_TABLES, coverageQuery, isMonth, isRegisterKey,
  registerAsOfQuery, registerQuery, reportJson, reportQuery, type CoverageBy, type RegisterKey,
} from '../../src/queries/reports';
import { DEFAULT_STATE, type AppState } from '../../src/state/types';
import { parseArgs } from '../lib/args';
import { openReportData, ReportError, runNative, type Dataset } from './native';

export const FORMATS = ['json', 'csv', 'xlsx'] as const;
export type ReportFormat = (typeof FORMATS)[number];

/** The four lists of major safety risks (registers) and their coverage: no month, the data snapshot. */
export const RISK_TABLES = ['risks', 'coverage'] as const;
export const CLI_TABLES = [...REPORT_TABLES, ...RISK_TABLES] as const;
export type CliTable = (typeof CLI_TABLES)[number];

const isRiskTable = (t: CliTable): t is (typeof RISK_TABLES)[number] => (RISK_TABLES as readonly string[]).includes(t);

export interface ReportOptions {
  /** Division code, or null for every jurisdiction in the data (`--division all`). */
  division: string | null;
  /** Reporting month, YYYY-MM: required by progress, sectors and hazards; risks and coverage ignore it. */
  month?: string;
  table: CliTable;
  /** `--table risks`: one register; omitted = all five (a JSON object keyed by list, one XLSX sheet each). */
  list?: RegisterKey;
  /** `--table risks`: only rows whose name, object or responsible unit contains this text. */
  search?: string;
  /** `--table risks`: only rows with a gap in their list. */
  gapsOnly?: boolean;
  /** `--table coverage`: rows per sub-jurisdiction (default) or per sector. */
  by?: CoverageBy;
  format: ReportFormat;
  /** Folder holding manifest.json. */
  data: string;
  out?: string;
}

export const USAGE = `用法：npm run report -- --division <代码|all> --table ${REPORT_TABLES.join('|')} --month YYYY-MM \\
         --format ${FORMATS.join('|')} [--data <含 manifest.json 的目录，默认 public/data>] [--out <文件>]
      npm run report -- --division <代码|all> --table risks [--list ${REGISTER_LISTS.join('|')}] \\
         [--search <文本>] [--gaps] --format ${FORMATS.join('|')} [--data …] [--out …]
      npm run report -- --division <代码|all> --table coverage [--by ${COVERAGE_BY.join('|')}] --format ${FORMATS.join('|')} [--data …] [--out …]
risks（4张清单登记表）和 coverage（覆盖情况）按数据快照日统计，不需要 --month；risks 不指定 --list 时
JSON 输出全部五张清单，XLSX 每张清单一个工作表，CSV 须指定 --list。
例如：npm run report -- --division 530302 --month 2023-09 --table progress --format json
      npm run report -- --division 530302 --table risks --list control --format csv`;

/** Suggest YYYY-MM for inputs like "2023年5月", "2023/5" or "202305". */
function monthHint(value: string): string {
  const m = /^(\d{4})\D*(\d{1,2})\D*$/.exec(value.trim());
  const mm = m ? Number(m[2]) : 0;
  return m && mm >= 1 && mm <= 12 ? `${m[1]}-${String(mm).padStart(2, '0')}` : '2023-05';
}

export function parseReportArgs(argv: string[]): ReportOptions {
  const args = parseArgs(argv);
  const get = (key: string) => (typeof args[key] === 'string' ? (args[key] as string) : undefined);
  /** An option given without its value reads as '' (so the error says 未指定). */
  const given = (key: string) => (args[key] === undefined ? undefined : (get(key) ?? ''));
  const division = get('division');
  if (!division) throw new ReportError(`缺少 --division（行政区划代码，如 530302；全部数据用 all）\n${USAGE}`);
  if (division !== 'all' && !/^\d{6}(\d{3})?$/.test(division)) {
    throw new ReportError(`行政区划代码应为 6 位或 9 位数字（或 all）：${division}`);
  }
  const tableArg = get('table') ?? '';
  const table = (CLI_TABLES as readonly string[]).includes(tableArg) ? (tableArg as CliTable) : null;
  if (table === null) throw new ReportError(`--table 应为 ${CLI_TABLES.join('、')} 之一：${tableArg || '（未指定）'}`);
  const month = get('month');
  if (!isRiskTable(table)) {
    if (!month) throw new ReportError(`缺少 --month（YYYY-MM，如 2023-09）\n${USAGE}`);
    if (!isMonth(month)) throw new ReportError(`月份格式不对："${month}"，应为 YYYY-MM，例如 ${monthHint(month)}`);
    if (month < CAMPAIGN_START.slice(0, 7)) {
      throw new ReportError(`月份 ${month} 早于专项行动开始（${CAMPAIGN_START.slice(0, 7)}）`);
    }
  }
  const format = get('format') ?? 'json';
  if (!(FORMATS as readonly string[]).includes(format)) throw new ReportError(`--format 应为 ${FORMATS.join('、')} 之一：${format}`);
  const list = given('list');
  const search = given('search');
  const by = given('by');
  for (const [key, value, only] of [['list', list, 'risks'], ['search', search, 'risks'], ['gaps', args.gaps, 'risks'], ['by', by, 'coverage']] as const) {
    if (value !== undefined && table !== only) throw new ReportError(`--${key} 只用于 --table ${only}`);
  }
  if (list !== undefined && !isRegisterKey(list)) {
    throw new ReportError(`--list 应为 ${REGISTER_LISTS.join('、')} 之一：${list || '（未指定）'}`);
  }
  if (by !== undefined && !(COVERAGE_BY as readonly string[]).includes(by)) {
    throw new ReportError(`--by 应为 ${COVERAGE_BY.join('、')} 之一：${by || '（未指定）'}`);
  }
  if (table === 'risks' && format === 'csv' && list === undefined) {
    throw new ReportError(`CSV 一次只导出一张清单：请用 --list 指定 ${REGISTER_LISTS.join('、')} 之一（XLSX 不指定时每张清单一个工作表）`);
  }
  return {
    division: division === 'all' ? null : division,
    ...(month && !isRiskTable(table) ? { month } : {}),
    table, format: format as ReportFormat,
    ...(list !== undefined ? { list: list as RegisterKey } : {}),
    ...(search ? { search } : {}),
    ...(args.gaps !== undefined ? { gapsOnly: true } : {}),
    ...(table === 'coverage' ? { by: (by ?? 'child') as CoverageBy } : {}),
    data: resolve(get('data') ?? 'public/data'),
    ...(get('out') ? { out: resolve(get('out')!) } : {}),
  };
}

export interface ReportOutput {
  /** The value written by --format json: the progress row object, or an array of rows (an object of
   *  arrays keyed by list for --table risks without --list). */
  json: unknown;
  /** The (first) printable document; `docs` holds every sheet of the output. */
  doc: ReportDoc;
  docs: ReportDoc[];
  divisionName: string;
  /** Default file name (without extension) for XLSX. */
  fileName: string;
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

/** The CLI's state: the jurisdiction, no other filter (the UI adds its global filters). */
function cliState(division: string | null): AppState {
  return { ...DEFAULT_STATE, division, filters: {} };
}

interface Built {
  json: unknown;
  docs: ReportDoc[];
  fileName: string;
}

async function buildTables(opts: ReportOptions, ds: Dataset, name: string): Promise<Built> {
  if (isRiskTable(opts.table)) {
    const meta = { divisionName: name, month: (await runNative(ds, registerAsOfQuery())) ?? '' };
    const state = cliState(opts.division);
    if (opts.table === 'coverage') {
      const by = opts.by ?? 'child';
      const rows = await runNative(ds, coverageQuery(state, by));
      const doc = coverageDoc(by, rows, meta);
      return { json: rows, docs: [doc], fileName: doc.fileName };
    }
    const lists = opts.list ? [opts.list] : REGISTER_LISTS;
    const json: Record<string, unknown> = {};
    const docs: GridDoc[] = [];
    for (const list of lists) {
      const spec = registerQuery(state, list, { limit: null, ...(opts.search ? { search: opts.search } : {}), gapsOnly: opts.gapsOnly ?? false });
      const page = await runNative(ds, spec);
      json[list] = page.rows;
      docs.push(registerDoc(list, page, meta));
    }
    return {
      json: opts.list ? json[opts.list] : json, docs,
      fileName: opts.list ? docs[0]!.fileName : registerFileStem('重大安全风险4张清单', meta),
    };
  }
  if (!opts.month) throw new ReportError(`缺少 --month（YYYY-MM，如 2023-09）\n${USAGE}`);
  const data = await runNative(ds, reportQuery(opts.table, { division: opts.division, month: opts.month }));
  const doc = reportDocument(data, { divisionName: name, month: opts.month });
  return { json: reportJson(data), docs: [doc], fileName: doc.fileName };
}

/** Build one report; pass an open dataset to reuse it across calls. */
export async function buildReport(opts: ReportOptions, open?: Dataset): Promise<ReportOutput> {
  const ds = open ?? (await openReportData(opts.data));
  const name = await divisionName(ds, opts.division);
  const { json, docs, fileName } = await buildTables(opts, ds, name);
  const doc = docs[0]!;
  let body: string | Uint8Array;
  if (opts.format === 'json') body = `${JSON.stringify(json, null, 2)}\n`;
  else if (opts.format === 'csv') body = toCsv(doc);
  else body = docs.length > 1 ? await gridsToXlsx(docs as GridDoc[]) : await toXlsx(doc);
  return { json, doc, docs, divisionName: name, fileName, body };
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
    const file = opts.out ?? (opts.format === 'xlsx' ? resolve(`${out.fileName}.xlsx`) : undefined);
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
