// A grid table sheet: title, the form's multi-row merged header (./header.ts), rows, notes.
import type { Workbook, Worksheet } from 'exceljs';
import type { GridColumn, GridDoc } from './document';
import { headerLayout } from './header';
import { pageSetup, setValue, styleHeader, writeNotes, writeTitle } from './xlsxStyle';

function writeHeader(ws: Worksheet, columns: readonly GridColumn[], top: number): number {
  const layout = headerLayout(columns);
  for (let i = 0; i < layout.rows; i++) columns.forEach((_, j) => styleHeader(ws.getCell(top + i, j + 1)));
  for (const c of layout.cells) {
    ws.getCell(top + c.row, c.col + 1).value = c.text;
    if (c.rowSpan > 1 || c.colSpan > 1) ws.mergeCells(top + c.row, c.col + 1, top + c.row + c.rowSpan - 1, c.col + c.colSpan);
  }
  return layout.rows;
}

export function writeGrid(wb: Workbook, doc: GridDoc): void {
  const ws = wb.addWorksheet(doc.sheet);
  const width = doc.columns.length;
  ws.columns = doc.columns.map((c) => ({ width: c.width ?? 10 }));
  writeTitle(ws, doc.title, doc.subtitle, width);
  const top = 3;
  const headerRows = writeHeader(ws, doc.columns, top);
  ws.getRow(top + (headerRows > 1 ? 1 : 0)).height = 42;
  let r = top + headerRows;
  doc.rows.forEach((row, i) => {
    doc.columns.forEach((c, j) => {
      const cell = ws.getCell(r, j + 1);
      setValue(cell, row[c.key] ?? null, c.kind);
      if (i < (doc.strongRows ?? 0)) cell.font = { ...cell.font, bold: true };
    });
    r++;
  });
  writeNotes(ws, doc.notes, r + 1, width, Math.max(60, width * 8));
  ws.views = [{ state: 'frozen', xSplit: 1, ySplit: top + headerRows - 1 }];
  pageSetup(ws, true);
}
