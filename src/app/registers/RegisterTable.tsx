import { cellText, type Cell, type GridColumn } from '../../export/document';
import { headerLayout } from '../../export/header';
import { setState } from '../../state/store';
import type { RegisterState } from '../../state/types';

interface Props {
  columns: readonly GridColumn[];
  rows: readonly Record<string, Cell>[];
  sort: string;
  /** Which row key opens the record, as `<layer>:<id>` (a risk, or nothing for objects without one). */
  link?: (row: Record<string, Cell>) => string | null;
  /** Columns the register can sort by (long texts cannot); none = not sortable. */
  sortKeys?: readonly string[];
}

export const setRegister = (patch: Partial<RegisterState>) => setState((s) => ({ ...s, register: { ...s.register, ...patch } }), true);

/** A register page: header click sorts (again: descending), a row's name opens its record. */
export function RegisterTable({ columns, rows, sort, link, sortKeys = [] }: Props) {
  const desc = sort.startsWith('-');
  const key = sort.replace(/^-/, '');
  // The risk's name opens the risk; in the missing register (no risk name) the object's name.
  const linkKey = columns.some((c) => c.key === 'name') ? 'name' : 'object';
  const layout = headerLayout(columns);
  const lines = Array.from({ length: layout.rows }, (_, i) => layout.cells.filter((h) => h.row === i));
  const clickSort = (c: GridColumn) => setRegister({ sort: key === c.key && !desc ? `-${c.key}` : c.key });
  return (
    <div className="register-scroll">
      <table className="data-table register-table">
        <thead>
          {lines.map((cells, i) => (
            <tr key={i}>
              {cells.map((h) => {
                const c = columns[h.col]!;
                const leaf = h.colSpan === 1 && h.text === c.label;
                return (
                  <th
                    key={h.col} rowSpan={h.rowSpan} colSpan={h.colSpan} scope={h.colSpan > 1 ? 'colgroup' : 'col'}
                    aria-sort={leaf && key === c.key ? (desc ? 'descending' : 'ascending') : undefined}
                  >
                    {leaf && sortKeys.includes(c.key) ? (
                      <button type="button" className="link" onClick={() => clickSort(c)} data-sort={c.key}>
                        {c.label}{key === c.key ? (desc ? ' ▼' : ' ▲') : ''}
                      </button>
                    ) : h.text}
                  </th>
                );
              })}
            </tr>
          ))}
        </thead>
        <tbody>
          {rows.map((row, i) => {
            const target = link?.(row) ?? null;
            return (
              <tr key={i}>
                {columns.map((c) => {
                  const text = cellText(row[c.key] ?? null, c.kind);
                  const cls = c.kind === 'text' ? undefined : 'num';
                  if (c.key === linkKey && target) {
                    return (
                      <td key={c.key}>
                        <button type="button" className="link" onClick={() => setState((s) => ({ ...s, selected: target }))}>{text}</button>
                      </td>
                    );
                  }
                  return <td key={c.key} className={cls}>{text}</td>;
                })}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
