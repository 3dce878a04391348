// Cell styles shared by the XLSX sheets.
import type { Cell as XCell, Worksheet } from 'exceljs';
import type { Cell, CellKind } from './document';

export const FONT = '宋体';

const thin = { style: 'thin' as const };
export const BORDER = { top: thin, left: thin, bottom: thin, right: thin };

export function styleTitle(cell: XCell): void {
  cell.font = { name: FONT, size: 16, bold: true };
  cell.alignment = { horizontal: 'center', vertical: 'middle' };
}

export function styleHeader(cell: XCell): void {
  cell.font = { name: FONT, size: 10, bold: true };
  cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  cell.border = BORDER;
}

const NUM_FMT: Partial<Record<CellKind, string>> = { count: '0', wan: '0.00', rate: '0.0%' };

// Shared style objects: a long hazard list has hundreds of thousands of cells.
const BODY_FONT = { name: FONT, size: 10 };
const CENTER = { horizontal: 'center', vertical: 'middle' } as const;
const RIGHT = { horizontal: 'right', vertical: 'middle' } as const;
const LEFT = { horizontal: 'left', vertical: 'middle', wrapText: true } as const;

/** Write one value: numbers stay numbers (with a format), null shows "—", booleans 是/否. */
export function setValue(cell: XCell, value: Cell, kind: CellKind): void {
  cell.font = BODY_FONT;
  cell.border = BORDER;
  if (value === null || typeof value === 'boolean') {
    cell.value = value === null ? '—' : value ? '是' : '否';
    cell.alignment = CENTER;
    return;
  }
  cell.value = value;
  if (typeof value === 'number') {
    const fmt = NUM_FMT[kind];
    if (fmt) cell.numFmt = fmt;
    cell.alignment = RIGHT;
  } else {
    cell.alignment = LEFT;
  }
}

/** Title, the 填报单位/时间 line and, at the end, the notes: shared by every sheet of a form. */
export function writeTitle(ws: Worksheet, title: string, subtitle: [string, string], width: number): void {
  ws.mergeCells(1, 1, 1, width);
  ws.getCell(1, 1).value = title;
  styleTitle(ws.getCell(1, 1));
  ws.getRow(1).height = 30;
  const split = Math.max(1, Math.floor(width / 2));
  ws.mergeCells(2, 1, 2, split);
  ws.mergeCells(2, split + 1, 2, width);
  const [left, right] = [ws.getCell(2, 1), ws.getCell(2, split + 1)];
  left.value = subtitle[0];
  right.value = subtitle[1];
  left.font = right.font = { name: FONT, size: 11 };
  left.alignment = { horizontal: 'left' };
  right.alignment = { horizontal: 'right' };
}

export function writeNotes(ws: Worksheet, notes: readonly string[], from: number, width: number, charsPerLine: number): void {
  notes.forEach((note, i) => {
    const r = from + i;
    ws.mergeCells(r, 1, r, width);
    const cell = ws.getCell(r, 1);
    cell.value = i === 0 ? `注：${note}` : note;
    cell.font = { name: FONT, size: 9 };
    cell.alignment = { horizontal: 'left', vertical: 'top', wrapText: true };
    ws.getRow(r).height = 14 * Math.max(1, Math.ceil(note.length / charsPerLine));
  });
}

export function pageSetup(ws: Worksheet, landscape: boolean): void {
  ws.pageSetup = {
    paperSize: 9,
    orientation: landscape ? 'landscape' : 'portrait',
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    margins: { left: 0.4, right: 0.4, top: 0.5, bottom: 0.5, header: 0.3, footer: 0.3 },
  };
}
