/** Filter dimensions the user can choose; each maps to one predicate in src/queries/where.ts. */
export const FILTER_KEYS = ['sector', 'source', 'status', 'supervision', 'risk_level', 'month', 'phase'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];

/** A filter is data: a dimension and the chosen values (OR within a key, AND across keys). */
export type Filters = Partial<Record<FilterKey, string[]>>;

export interface AppState {
  /** Jurisdiction code; null is the whole country. */
  division: string | null;
  /** Choropleth / ranking metric key. */
  metric: string;
  filters: Filters;
  /** Point/line layers shown on the map, e.g. ['hazards', 'sites']. */
  marks: string[];
  /** The record whose details are open, as `<layer>:<id>`, e.g. `hazards:H0000001`. */
  selected: string | null;
}

export const MARK_KEYS = ['hazards', 'sites', 'enterprises'] as const;

export const DEFAULT_STATE: AppState = { division: null, metric: 'hazards_found', filters: {}, marks: ['hazards', 'sites'], selected: null };
