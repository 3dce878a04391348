import type { LegendEntry } from '../layers/classes';

export function Legend({ title, entries, note }: { title: string; entries: LegendEntry[]; note?: string }) {
  return (
    <div className="legend" aria-label={`图例：${title}`}>
      <div className="legend-title">{title}</div>
      <ul>
        {entries.map((e) => (
          <li key={e.label}>
            <span className="swatch" style={{ background: e.color }} />
            {e.label}
          </li>
        ))}
      </ul>
      {note && <div className="legend-note">{note}</div>}
    </div>
  );
}
