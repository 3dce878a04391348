import type { ListKey } from '../domain/lists';
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
  /** The four lists (4张清单) shown as map layers, e.g. ['duty']. */
  lists: ListKey[];
  /** The record whose details are open, as `<layer>:<id>`, e.g. `hazards:H0000001`. */
  selected: string | null;
  /** Distance (km) downstream of a tailings dam that the 头顶库 analysis looks at. */
  downstreamKm: number;
  /** The open risk register and how the user narrowed it. */
  register: RegisterState;
}

export const REGISTER_KEYS = ['basic', 'control', 'duty', 'emergency', 'missing', 'coverage'] as const;
export type RegisterTab = (typeof REGISTER_KEYS)[number];

export interface RegisterState {
  tab: RegisterTab;
  search: string;
  /** Column key; a leading '-' sorts descending. Empty = the register's default order. */
  sort: string;
  gapsOnly: boolean;
}

export const DEFAULT_REGISTER: RegisterState = { tab: 'basic', search: '', sort: '', gapsOnly: false };

export const DOWNSTREAM_KM_OPTIONS = [1, 2, 3, 5, 10] as const;

/** Layers a map click can select: record tables plus risks and emergency resources. */
export const SELECTABLE = ['hazards', 'sites', 'enterprises', 'risks', 'resources'] as const;

export const MARK_KEYS = ['hazards', 'sites', 'enterprises'] as const;

export const DEFAULT_STATE: AppState = {
  division: null, metric: 'hazards_found', filters: {}, marks: ['hazards', 'sites'], lists: [], selected: null, downstreamKm: 1, register: DEFAULT_REGISTER,
};
