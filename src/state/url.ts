// Versioned URL codec. `?division=<code>` works without `v` so links stay short and hand-written
// links work; `v` is written on every encode and lets later versions migrate old links.
import { DEFAULT_STATE, FILTER_KEYS, MARK_KEYS, type AppState, type Filters } from './types';

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

  let marks = DEFAULT_STATE.marks;
  const rawMarks = params.get('marks');
  if (rawMarks !== null) {
    const list = rawMarks.split(',').filter((x) => x !== '');
    const bad = list.filter((x) => !(MARK_KEYS as readonly string[]).includes(x));
    if (bad.length) rejected.push(`marks=${bad.join(',')}`);
    marks = MARK_KEYS.filter((k) => list.includes(k));
  }

  const sel = params.get('sel');
  let selected: string | null = null;
  if (sel !== null) {
    if (/^(hazards|sites|enterprises):[A-Za-z0-9_-]+$/.test(sel)) selected = sel;
    else rejected.push(`sel=${sel}`);
  }

  return {
    state: {
      division: code,
      metric: metric && VALUE.test(metric) ? metric : DEFAULT_STATE.metric,
      filters,
      marks,
      selected,
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
  if (state.marks.join(',') !== DEFAULT_STATE.marks.join(',')) params.set('marks', state.marks.join(','));
  if (state.selected) params.set('sel', state.selected);
  return `?${params.toString().replaceAll('%2C', ',').replaceAll('%3A', ':')}`;
}
