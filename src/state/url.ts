// Versioned URL codec. `?division=<code>` works without `v` so links stay short and hand-written
// links work; `v` is written on every encode and lets later versions migrate old links.
import { DEFAULT_STATE, FILTER_KEYS, type AppState, type Filters } from './types';

export const URL_VERSION = 1;
const CODE = /^\d{6}(\d{3})?$/;
const VALUE = /^[A-Za-z0-9_-]+$/;

export interface DecodeResult {
  state: AppState;
  /** Parameters that were present but not understood, for a gentle notice in the UI. */
  rejected: string[];
}

export function decodeState(search: string): DecodeResult {
  const params = new URLSearchParams(search);
  const rejected: string[] = [];
  const v = params.get('v');
  if (v !== null && v !== String(URL_VERSION)) rejected.push(`v=${v}`);

  const division = params.get('division');
  let code: string | null = null;
  if (division !== null && division !== '' && division !== '000000') {
    if (CODE.test(division)) code = division;
    else rejected.push(`division=${division}`);
  }

  const metric = params.get('metric');
  const filters: Filters = {};
  for (const key of FILTER_KEYS) {
    const raw = params.get(key);
    if (!raw) continue;
    const values = raw.split(',').filter((x) => x !== '');
    const bad = values.filter((x) => !VALUE.test(x));
    if (bad.length) rejected.push(`${key}=${bad.join(',')}`);
    const good = values.filter((x) => VALUE.test(x));
    if (good.length) filters[key] = [...new Set(good)].sort();
  }

  return {
    state: {
      division: code,
      metric: metric && VALUE.test(metric) ? metric : DEFAULT_STATE.metric,
      filters,
    },
    rejected,
  };
}

export function encodeState(state: AppState): string {
  const params = new URLSearchParams();
  params.set('v', String(URL_VERSION));
  if (state.division) params.set('division', state.division);
  if (state.metric !== DEFAULT_STATE.metric) params.set('metric', state.metric);
  for (const key of FILTER_KEYS) {
    const values = state.filters[key];
    if (values?.length) params.set(key, [...values].sort().join(','));
  }
  return `?${params.toString().replaceAll('%2C', ',')}`;
}
