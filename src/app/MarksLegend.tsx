import { formatCount } from '../components/format';
import { LIST_STYLE } from '../layers/lists';
import type { Rgb } from '../layers/color';
import { HAZARD_STATUS_STYLE, SITE_STYLE } from '../layers/marks';
import { riskLevels } from '../domain/taxonomy';
import type { Marks } from '../queries/marks';

const rgb = (c: Rgb) => `rgb(${c.join(',')})`;
const TITLES: Record<string, string> = {
  hazards: '重大隐患', sites: '高风险点位', enterprises: '企业（按风险等级）',
  ...Object.fromEntries(Object.entries(LIST_STYLE).map(([k, s]) => [k, s.title])),
};
const BIN_NOTES: Record<string, string> = {
  basic: '按网格汇总：颜色为格内最高风险等级',
  control: '按网格汇总：绿→红为防控措施未落实占比（≥30% 为红）',
  duty: '按网格汇总：绿→红为责任人未明确占比（≥30% 为红）',
  emergency: '按网格汇总：绿→红为应急清单缺失或演练超期占比（≥30% 为红）',
};

function entries(key: string): { label: string; color: string; glyph?: string }[] {
  if (key === 'hazards') return Object.values(HAZARD_STATUS_STYLE).map((s) => ({ label: s.label, color: rgb(s.color) }));
  if (key === 'sites') return Object.values(SITE_STYLE).map((s) => ({ label: s.label, color: rgb(s.color) }));
  const list = LIST_STYLE[key];
  if (list) {
    return Object.entries(list.kinds).map(([k, s]) => ({ label: s.label, color: rgb(s.color), glyph: k === 'depot' ? '✚' : list.glyph }));
  }
  return riskLevels.map((r) => ({ label: r.label, color: r.color }));
}

/** What the marks mean, and whether they are single records or SQL-aggregated bins. */
export function MarksLegend({ summary, error }: { summary: Record<string, Marks | undefined>; error: string | null }) {
  const shown = Object.entries(summary).filter(([, m]) => m && m.total > 0);
  if (!shown.length && !error) return null;
  return (
    <div className="legend marks-legend">
      {error && <div className="error-text" role="alert">{error}</div>}
      {shown.map(([key, m]) => (
        <div key={key} className="marks-legend-block">
          <div className="legend-title">
            {TITLES[key]} {formatCount(m!.total)}
          </div>
          {m!.binned ? (
            <div className="legend-note">{BIN_NOTES[key] ?? '数量较多，按网格汇总显示'}（圆越大越多）</div>
          ) : (
            <ul className={LIST_STYLE[key] ? 'two-col' : undefined}>
              {entries(key).map((e) => (
                <li key={e.label}>
                  {e.glyph ? <span className="glyph" style={{ color: e.color }}>{e.glyph}</span> : <span className="swatch round" style={{ background: e.color }} />}
                  {e.label}
                </li>
              ))}
            </ul>
          )}
        </div>
      ))}
    </div>
  );
}
