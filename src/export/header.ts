// The multi-row header of a grid table as positioned cells with spans, shared by the XLSX sheet
// (merged cells) and the HTML table (rowSpan/colSpan) so both read like the paper form.
import type { GridColumn } from './document';

export interface HeaderCell {
  text: string;
  row: number;
  col: number;
  rowSpan: number;
  colSpan: number;
}

export interface HeaderLayout {
  rows: number;
  cells: HeaderCell[];
}

/** Header lines: group (or label), label under a group, units; '' where nothing is written. */
export function headerMatrix(columns: readonly GridColumn[]): string[][] {
  const grouped = columns.some((c) => c.group);
  const lines: string[][] = grouped
    ? [columns.map((c) => c.group ?? c.label), columns.map((c) => (c.group ? c.label : ''))]
    : [columns.map((c) => c.label)];
  if (columns.some((c) => c.unit)) lines.push(columns.map((c) => (c.unit ? `（${c.unit}）` : '')));
  return lines;
}

/**
 * A group shared by adjacent columns spans them in the first line; any other cell spans down over
 * the empty cells below it (行业领域 over all lines, 约谈警示 over the label line).
 */
export function headerLayout(columns: readonly GridColumn[]): HeaderLayout {
  const lines = headerMatrix(columns);
  const covered = new Set<string>();
  const cells: HeaderCell[] = [];
  for (let j = 0; j < columns.length; j++) {
    const group = columns[j]!.group;
    let end = j;
    while (group && columns[end + 1]?.group === group) end++;
    if (end > j) {
      cells.push({ text: group!, row: 0, col: j, rowSpan: 1, colSpan: end - j + 1 });
      for (let k = j; k <= end; k++) covered.add(`0:${k}`);
      j = end;
    }
  }
  for (let j = 0; j < columns.length; j++) {
    for (let i = 0; i < lines.length; i++) {
      if (covered.has(`${i}:${j}`)) continue;
      let k = i;
      while (k + 1 < lines.length && !lines[k + 1]![j]) k++;
      cells.push({ text: lines[i]![j]!, row: i, col: j, rowSpan: k - i + 1, colSpan: 1 });
      i = k;
    }
  }
  cells.sort((a, b) => a.row - b.row || a.col - b.col);
  return { rows: lines.length, cells };
}
