interface Props {
  label: string;
  options: readonly { key: string; label: string }[];
  value: readonly string[];
  onChange: (next: string[]) => void;
}

/** A row of checkboxes for independent on/off choices (map layers). */
export function Toggles({ label, options, value, onChange }: Props) {
  return (
    <div className="toggles" role="group" aria-label={label}>
      {options.map((o) => (
        <label key={o.key}>
          <input
            type="checkbox"
            checked={value.includes(o.key)}
            onChange={(e) => onChange(e.target.checked ? [...value, o.key] : value.filter((k) => k !== o.key))}
          />
          {o.label}
        </label>
      ))}
    </div>
  );
}
