// A ReportDoc as an HTML table: the progress form in its blocks, or a grid with the merged header.
import type { CSSProperties } from 'react';
import { cellText, type FormDoc, type GridDoc, type ReportDoc } from '../../export/document';
import { headerLayout } from '../../export/header';

const edge: CSSProperties = { border: '1px solid var(--panel-edge)', padding: '4px 6px' };
const head: CSSProperties = { ...edge, textAlign: 'center', verticalAlign: 'middle', fontWeight: 600 };
const num: CSSProperties = { ...edge, textAlign: 'right', fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' };
const scroll: CSSProperties = { overflow: 'auto', maxHeight: '70vh' };

function Caption({ doc }: { doc: ReportDoc }) {
  return (
    <caption style={{ captionSide: 'top', padding: '4px 0 8px' }}>
      <div style={{ fontSize: 18, fontWeight: 700 }}>{doc.title}</div>
      <div style={{ display: 'flex', justifyContent: 'space-between', fontSize: 13 }}>
        <span>{doc.subtitle[0]}</span>
        <span>{doc.subtitle[1]}</span>
      </div>
    </caption>
  );
}

function FormView({ doc }: { doc: FormDoc }) {
  return (
    <table className="data-table report-form" data-report="progress" style={{ borderCollapse: 'collapse' }}>
      <Caption doc={doc} />
      <tbody>
        {doc.blocks.flatMap((block) => {
          const lines = Math.ceil(block.items.length / 2);
          return Array.from({ length: lines }, (_, i) => {
            const pair = [block.items[2 * i], block.items[2 * i + 1]];
            return (
              <tr key={`${block.label}-${i}`}>
                {i === 0 && <th rowSpan={lines} scope="rowgroup" style={{ ...head, width: '6em' }}>{block.label}</th>}
                {pair.map((item, k) => item
                  ? [
                      <td key={`n${k}`} style={{ ...edge, textAlign: 'center' }}>{item.no}</td>,
                      <td key={`l${k}`} style={edge}>{item.label}</td>,
                      <td key={`v${k}`} style={num} data-keys={item.values.map((v) => v.key).join(' ')}>{item.text}</td>,
                    ]
                  : <td key={`e${k}`} colSpan={3} style={edge} />)}
              </tr>
            );
          });
        })}
      </tbody>
    </table>
  );
}

function GridView({ doc, limit }: { doc: GridDoc; limit: number }) {
  const layout = headerLayout(doc.columns);
  const lines = Array.from({ length: layout.rows }, (_, i) => layout.cells.filter((c) => c.row === i));
  const rows = doc.rows.slice(0, limit);
  return (
    <table className="data-table report-grid" style={{ borderCollapse: 'collapse', fontSize: 13 }}>
      <Caption doc={doc} />
      <thead>
        {lines.map((cells, i) => (
          <tr key={i}>
            {cells.map((c) => (
              <th key={c.col} rowSpan={c.rowSpan} colSpan={c.colSpan} scope={c.colSpan > 1 ? 'colgroup' : 'col'} style={head}>{c.text}</th>
            ))}
          </tr>
        ))}
      </thead>
      <tbody>
        {rows.map((row, i) => (
          <tr key={i} style={i < (doc.strongRows ?? 0) ? { fontWeight: 700 } : undefined}>
            {doc.columns.map((c) => {
              const text = cellText(row[c.key] ?? null, c.kind);
              return c.kind === 'text'
                ? <td key={c.key} style={c.nowrap ? { ...edge, whiteSpace: 'nowrap' } : edge}>{text}</td>
                : <td key={c.key} style={num}>{text}</td>;
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The generated table as the form reads; a long hazard list shows its first `limit` rows. */
export function ReportView({ doc, limit = 300 }: { doc: ReportDoc; limit?: number }) {
  const total = doc.type === 'grid' ? doc.rows.length : 0;
  const hidden = total - limit;
  return (
    <div style={scroll}>
      {doc.type === 'form' ? <FormView doc={doc} /> : <GridView doc={doc} limit={limit} />}
      {hidden > 0 && (
        <p className="panel-state" role="note">
          共 {total.toLocaleString('zh-CN')} 条，页面显示前 {limit} 条；导出的 XLSX / CSV 包含全部记录。
        </p>
      )}
    </div>
  );
}
