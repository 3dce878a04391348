export interface Kpi {
  key: string;
  label: string;
  value: string;
  hint?: string;
  tone?: 'alert' | 'good';
}

/** Characters past which a value is set smaller, to stay on one line in a narrow card. */
const LONG_VALUE = 8;

export function KpiStrip({ items }: { items: Kpi[] }) {
  return (
    <ul className="kpi-strip">
      {items.map((k) => (
        <li key={k.key} className={`kpi ${k.tone ?? ''}`} data-kpi={k.key}>
          <span className="kpi-label" title={k.label}>{k.label}</span>
          <strong className={k.value.length > LONG_VALUE ? 'kpi-value long' : 'kpi-value'} title={k.value}>{k.value}</strong>
          <span className="kpi-hint" title={k.hint}>{k.hint}</span>
        </li>
      ))}
    </ul>
  );
}
