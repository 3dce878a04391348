export interface Kpi {
  key: string;
  label: string;
  value: string;
  hint?: string;
  tone?: 'alert' | 'good';
}

export function KpiStrip({ items }: { items: Kpi[] }) {
  return (
    <ul className="kpi-strip">
      {items.map((k) => (
        <li key={k.key} className={`kpi ${k.tone ?? ''}`} data-kpi={k.key}>
          <span className="kpi-label">{k.label}</span>
          <strong className="kpi-value">{k.value}</strong>
          {k.hint && <span className="kpi-hint">{k.hint}</span>}
        </li>
      ))}
    </ul>
  );
}
