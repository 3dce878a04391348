// One entry point for the three generated tables: the UI, the exports and `npm run report` all call
// reportQuery, so they cannot disagree.
import type { QuerySpec } from '../spec';
import type { ReportParams } from './common';
import { hazardListQuery, type HazardListRow } from './hazardList';
import { progressQuery, type ProgressRow } from './progress';
import { sectorsQuery, type SectorRow } from './sectors';

export * from './common';
export { PROGRESS_KEYS, progressQuery, type ProgressKey, type ProgressRow } from './progress';
export { MONTH_ROW, SECTOR_NUMBER_KEYS, TOTAL_ROW, sectorsQuery, type SectorRow } from './sectors';
export { hazardListQuery, type HazardListRow } from './hazardList';
export {
  DEFAULT_REGISTER_LIMIT, REGISTER_LISTS, REGISTER_NOTES, REGISTER_SHEETS, REGISTER_TITLES, isRegisterKey, registerColumns,
  registerAsOfQuery, registerQuery, registerSortKeys, type RegisterKey, type RegisterOptions, type RegisterPage,
} from './risks';
export {
  COVERAGE_BY, COVERAGE_NUMBER_KEYS, COVERAGE_TOTAL, COVERAGE_UNASSIGNED, coverageQuery, type CoverageBy, type CoverageRow,
} from './coverage';

export const REPORT_TABLES = ['progress', 'sectors', 'hazards'] as const;
export type ReportTable = (typeof REPORT_TABLES)[number];

export const REPORT_TABLE_LABELS: Record<ReportTable, string> = {
  progress: '进度调度表',
  sectors: '分行业统计表',
  hazards: '隐患清单',
};

export type ReportData =
  | { table: 'progress'; row: ProgressRow }
  | { table: 'sectors'; rows: SectorRow[] }
  | { table: 'hazards'; rows: HazardListRow[] };

export function isReportTable(value: string): value is ReportTable {
  return (REPORT_TABLES as readonly string[]).includes(value);
}

/** The query of one table, its rows tagged with the table they belong to. */
export function reportQuery(table: ReportTable, params: ReportParams): QuerySpec<ReportData> {
  if (table === 'progress') {
    const spec = progressQuery(params);
    return { ...spec, decode: (t) => ({ table, row: spec.decode(t) }) };
  }
  if (table === 'sectors') {
    const spec = sectorsQuery(params);
    return { ...spec, decode: (t) => ({ table, rows: spec.decode(t) }) };
  }
  const spec = hazardListQuery(params);
  return { ...spec, decode: (t) => ({ table, rows: spec.decode(t) }) };
}

/** The JSON body of a report: the progress row object, or the array of rows. */
export function reportJson(data: ReportData): unknown {
  return data.table === 'progress' ? data.row : data.rows;
}
