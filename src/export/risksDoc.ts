// The registers of the four lists (4张清单) and the register of objects missing a list, as printable
// grids; and one workbook holding several registers (one sheet each). Browser- and Node-safe.
import type * as ExcelJS from 'exceljs';
import { REGISTER_NOTES, REGISTER_SHEETS, REGISTER_TITLES, type RegisterKey, type RegisterPage } from '../queries/reports/risks';
import { monthEndText, type GridDoc, type ReportMeta } from './document';
import { writeGrid } from './xlsxGrid';

/**
 * "2024年3月31日" for meta.month as a day (YYYY-MM-DD) or a month (its last day); '' otherwise. The
 * registers describe the data snapshot, so callers pass the snapshot day (registerAsOfQuery).
 */
export function asOfText(month: string): string {
  const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(month);
  if (day) return `${Number(day[1])}年${Number(day[2])}月${Number(day[3])}日`;
  return /^\d{4}-(0[1-9]|1[0-2])$/.test(month) ? monthEndText(month) : '';
}

/** `<区划>-<表名>[-<日期>]`. */
export function registerFileStem(title: string, meta: ReportMeta): string {
  return [meta.divisionName, title, meta.month].filter(Boolean).join('-');
}

export function registerDoc(list: RegisterKey, page: RegisterPage, meta: ReportMeta): GridDoc {
  const asOf = asOfText(meta.month);
  return {
    type: 'grid',
    sheet: REGISTER_SHEETS[list],
    title: `${meta.divisionName}${REGISTER_TITLES[list]}`,
    subtitle: [`填报单位：${meta.divisionName}`, asOf ? `数据截至：${asOf}` : ''],
    columns: page.columns,
    rows: page.rows,
    notes: REGISTER_NOTES[list],
    fileName: registerFileStem(REGISTER_TITLES[list], meta),
  };
}

async function loadExcelJs(): Promise<typeof ExcelJS> {
  const mod = (await import('exceljs')) as typeof ExcelJS & { default?: typeof ExcelJS };
  return mod.default ?? mod;
}

/** One workbook with one sheet per grid (the four lists and the missing register), in order. */
export async function gridsToXlsx(docs: readonly GridDoc[]): Promise<Uint8Array> {
  const { Workbook } = await loadExcelJs();
  const wb = new Workbook();
  wb.creator = '隐患一张图';
  for (const doc of docs) writeGrid(wb, doc);
  const buffer = await wb.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}
