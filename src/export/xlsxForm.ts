// The progress form sheet: block label | no. | item | value | no. | item | value, two items per line,
// the block label merged down its lines (as 001 附件3-1 / 002 附件1), and a flat 数据 sheet of numbers.
import type { Workbook } from 'exceljs';
import type { FormDoc, FormItem } from './document';
import { BORDER, FONT, pageSetup, setValue, styleHeader, writeNotes, writeTitle } from './xlsxStyle';

const WIDTHS = [10, 4, 36, 16, 4, 36, 16];

function writeItem(ws: ReturnType<Workbook['addWorksheet']>, row: number, col: number, item: FormItem | undefined): void {
  const [no, label, value] = [ws.getCell(row, col), ws.getCell(row, col + 1), ws.getCell(row, col + 2)];
  for (const c of [no, label, value]) {
    c.border = BORDER;
    c.font = { name: FONT, size: 10 };
  }
  if (!item) return;
  no.value = item.no;
  no.alignment = { horizontal: 'center', vertical: 'middle' };
  label.value = item.label;
  label.alignment = { vertical: 'middle', wrapText: true };
  const only = item.values.length === 1 ? item.values[0] : undefined;
  if (only) setValue(value, only.value, only.kind);
  else {
    value.value = item.text;
    value.alignment = { horizontal: 'right', vertical: 'middle', wrapText: true };
  }
}

export function writeForm(wb: Workbook, doc: FormDoc): void {
  const ws = wb.addWorksheet(doc.sheet);
  ws.columns = WIDTHS.map((width) => ({ width }));
  writeTitle(ws, doc.title, doc.subtitle, WIDTHS.length);
  let row = 3;
  for (const block of doc.blocks) {
    const lines = Math.ceil(block.items.length / 2);
    ws.mergeCells(row, 1, row + lines - 1, 1);
    const head = ws.getCell(row, 1);
    head.value = block.label;
    styleHeader(head);
    for (let i = 0; i < lines; i++) {
      writeItem(ws, row + i, 2, block.items[2 * i]);
      writeItem(ws, row + i, 5, block.items[2 * i + 1]);
      ws.getRow(row + i).height = 32;
    }
    row += lines;
  }
  writeNotes(ws, doc.notes, row + 1, WIDTHS.length, 100);
  pageSetup(ws, false);
}

/** One line per value with plain numbers, for re-use in other spreadsheets. */
export function writeFormData(wb: Workbook, doc: FormDoc): void {
  const ws = wb.addWorksheet('数据');
  ws.columns = [28, 6, 44, 8, 14, 28].map((width) => ({ width }));
  const header = ws.addRow(['板块', '序号', '项目', '单位', '数值', '字段']);
  header.eachCell((c) => styleHeader(c));
  for (const block of doc.blocks) {
    for (const item of block.items) {
      for (const v of item.values) {
        const r = ws.addRow([block.label, item.no, v.label, v.unit, null, v.key]);
        setValue(r.getCell(5), v.value, v.kind);
        for (const i of [1, 2, 3, 4, 6]) {
          r.getCell(i).border = BORDER;
          r.getCell(i).font = { name: FONT, size: 10 };
        }
      }
    }
  }
  ws.views = [{ state: 'frozen', ySplit: 1 }];
}
