// XLSX of a generated table with exceljs, laid out like the paper form: title, 填报单位/时间 line,
// merged multi-row headers (or the progress form's blocks), then the 口径说明 notes.
// exceljs is loaded on demand so the app's first bundle does not carry it.
import type * as ExcelJS from 'exceljs';
import type { ReportDoc } from './document';
import { writeForm, writeFormData } from './xlsxForm';
import { writeGrid } from './xlsxGrid';

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

type ExcelJsModule = typeof ExcelJS;

async function loadExcelJs(): Promise<ExcelJsModule> {
  const mod = (await import('exceljs')) as ExcelJsModule & { default?: ExcelJsModule };
  return mod.default ?? mod;
}

export async function toXlsx(doc: ReportDoc): Promise<Uint8Array> {
  const { Workbook } = await loadExcelJs();
  const wb = new Workbook();
  wb.creator = '隐患一张图';
  if (doc.type === 'form') {
    writeForm(wb, doc);
    writeFormData(wb, doc);
  } else {
    writeGrid(wb, doc);
  }
  const buffer = await wb.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}
