// Versioned URL codec. `?division=<code>` works without `v` so links stay short and hand-written
// links work; `v` is written on every encode and lets later versions migrate old links.
import { LIST_KEYS, type ListKey } from '../domain/lists';
import {
  DEFAULT_REGISTER, DEFAULT_STATE, DOWNSTREAM_KM_OPTIONS, FILTER_KEYS, MARK_KEYS, REGISTER_KEYS, SELECTABLE, type AppState, type Filters, type RegisterState,
  type RegisterTab,
} from './types';

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

  const marks = subset(params, 'marks', MARK_KEYS, rejected) ?? DEFAULT_STATE.marks;
  const lists = subset<ListKey>(params, 'lists', LIST_KEYS, rejected) ?? DEFAULT_STATE.lists;

  const sel = params.get('sel');
  let selected: string | null = null;
  if (sel !== null) {
    if (new RegExp(`^(${SELECTABLE.join('|')}):[A-Za-z0-9_-]+$`).test(sel)) selected = sel;
    else rejected.push(`sel=${sel}`);
  }

  return {
    state: {
      division: code,
      metric: metric && VALUE.test(metric) ? metric : DEFAULT_STATE.metric,
      filters,
      marks,
      lists,
      selected,
      downstreamKm: decodeKm(params.get('dkm'), rejected),
      register: decodeRegister(params, rejected),
    },
    rejected,
  };
}

/** A comma list restricted to `allowed`, in the allowed order; null when the parameter is absent. */
function subset<K extends string>(params: URLSearchParams, name: string, allowed: readonly K[], rejected: string[]): K[] | null {
  const raw = params.get(name);
  if (raw === null) return null;
  const list = raw.split(',').filter((x) => x !== '');
  const bad = list.filter((x) => !(allowed as readonly string[]).includes(x));
  if (bad.length) rejected.push(`${name}=${bad.join(',')}`);
  return allowed.filter((k) => list.includes(k));
}

function decodeKm(raw: string | null, rejected: string[]): number {
  if (raw === null) return DEFAULT_STATE.downstreamKm;
  const km = Number(raw);
  if ((DOWNSTREAM_KM_OPTIONS as readonly number[]).includes(km)) return km;
  rejected.push(`dkm=${raw}`);
  return DEFAULT_STATE.downstreamKm;
}

function decodeRegister(params: URLSearchParams, rejected: string[]): RegisterState {
  const tab = params.get('reg');
  const sort = params.get('rsort') ?? '';
  const okTab = tab !== null && (REGISTER_KEYS as readonly string[]).includes(tab);
  if (tab !== null && !okTab) rejected.push(`reg=${tab}`);
  const okSort = /^-?[a-z_]*$/.test(sort);
  if (!okSort) rejected.push(`rsort=${sort}`);
  return {
    tab: okTab ? (tab as RegisterTab) : DEFAULT_REGISTER.tab,
    search: (params.get('rq') ?? '').slice(0, 100),
    sort: okSort ? sort : '',
    gapsOnly: params.get('rgap') === '1',
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
  if (state.lists.length) params.set('lists', state.lists.join(','));
  if (state.selected) params.set('sel', state.selected);
  if (state.downstreamKm !== DEFAULT_STATE.downstreamKm) params.set('dkm', String(state.downstreamKm));
  const r = state.register;
  if (r.tab !== DEFAULT_REGISTER.tab) params.set('reg', r.tab);
  if (r.search) params.set('rq', r.search);
  if (r.sort) params.set('rsort', r.sort);
  if (r.gapsOnly) params.set('rgap', '1');
  return `?${params.toString().replaceAll('%2C', ',').replaceAll('%3A', ':')}`;
}
