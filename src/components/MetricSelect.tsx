interface Props {
  value: string;
  options: readonly { key: string; label: string }[];
  onChange: (key: string) => void;
}

export function MetricSelect({ value, options, onChange }: Props) {
  return (
    <label className="metric-select">
      指标
      <select value={value} onChange={(e) => onChange(e.target.value)} aria-label="地图指标">
        {options.map((o) => (
          <option key={o.key} value={o.key}>{o.label}</option>
        ))}
      </select>
    </label>
  );
}
