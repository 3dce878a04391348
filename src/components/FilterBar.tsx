import type { FilterKey, Filters } from '../state/types';

export interface FilterOption {
  key: string;
  label: string;
}

export interface FilterDim {
  key: FilterKey;
  label: string;
  options: readonly FilterOption[];
}

interface Props {
  dims: readonly FilterDim[];
  filters: Filters;
  onChange: (key: FilterKey, values: string[]) => void;
  onClear: () => void;
}

/** One drop-down of checkboxes per dimension; the summary shows what is chosen. */
export function FilterBar({ dims, filters, onChange, onClear }: Props) {
  const active = dims.some((d) => filters[d.key]?.length);
  return (
    <div className="filter-bar" role="group" aria-label="筛选">
      {dims.map((d) => {
        const chosen = filters[d.key] ?? [];
        const summary = chosen.length === 0 ? '全部' : chosen.length === 1 ? (d.options.find((o) => o.key === chosen[0])?.label ?? chosen[0]) : `已选 ${chosen.length} 项`;
        return (
          <details key={d.key} className={`filter ${chosen.length ? 'on' : ''}`} data-filter={d.key}>
            <summary>
              {d.label}：<strong>{summary}</strong>
            </summary>
            <div className="filter-options">
              {d.options.map((o) => (
                <label key={o.key}>
                  <input
                    type="checkbox"
                    value={o.key}
                    checked={chosen.includes(o.key)}
                    onChange={(e) => onChange(d.key, e.target.checked ? [...chosen, o.key] : chosen.filter((x) => x !== o.key))}
                  />
                  {o.label}
                </label>
              ))}
            </div>
          </details>
        );
      })}
      {active && (
        <button type="button" className="clear-filters" onClick={onClear}>清除筛选</button>
      )}
    </div>
  );
}
