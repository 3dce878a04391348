// CSV in UTF-8 with a byte-order mark (so Excel opens the Chinese text correctly), CRLF line ends.
import { cellPlain, type GridColumn, type ReportDoc } from './document';

const BOM = '\uFEFF';

function field(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

const line = (cells: readonly string[]) => cells.map(field).join(',');

/** Header of a grid column in one line: group-label（unit）. */
export function csvHeader(c: GridColumn): string {
  const name = [...new Set([c.group, c.label].filter((s): s is string => Boolean(s)))].join('-');
  return c.unit ? `${name}（${c.unit}）` : name;
}

/** One header line and one line per row; the progress form becomes one line per value. */
export const CSV_MIME = 'text/csv;charset=utf-8';

export function toCsv(doc: ReportDoc): string {
  const lines: string[] = [];
  if (doc.type === 'grid') {
    lines.push(line(doc.columns.map(csvHeader)));
    for (const row of doc.rows) lines.push(line(doc.columns.map((c) => cellPlain(row[c.key] ?? null, c.kind))));
  } else {
    lines.push(line(['板块', '序号', '项目', '单位', '数值', '字段']));
    for (const block of doc.blocks) {
      for (const item of block.items) {
        for (const v of item.values) {
          lines.push(line([block.label, String(item.no), v.label, v.unit, cellPlain(v.value, v.kind), v.key]));
        }
      }
    }
  }
  return BOM + lines.join('\r\n') + '\r\n';
}
