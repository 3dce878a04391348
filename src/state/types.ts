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
}

export const DEFAULT_STATE: AppState = { division: null, metric: 'hazards_found', filters: {} };
