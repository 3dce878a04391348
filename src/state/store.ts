// The URL is the store: state is decoded from location.search, every change pushes a history
// entry, and back/forward re-render through popstate.
import { decodeState, encodeState, type DecodeResult } from './url';
import type { AppState } from './types';

type Listener = () => void;
const listeners = new Set<Listener>();
let cached: { search: string; result: DecodeResult } | undefined;

export function readState(): DecodeResult {
  const search = window.location.search;
  if (cached?.search !== search) cached = { search, result: decodeState(search) };
  return cached.result;
}

export function subscribeState(listener: Listener): () => void {
  listeners.add(listener);
  const onPop = () => listener();
  window.addEventListener('popstate', onPop);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('popstate', onPop);
  };
}

export function setState(update: (s: AppState) => AppState, replace = false): void {
  const next = encodeState(update(readState().state));
  if (next === window.location.search) return;
  const url = `${window.location.pathname}${next}${window.location.hash}`;
  if (replace) window.history.replaceState(null, '', url);
  else window.history.pushState(null, '', url);
  listeners.forEach((l) => l());
}
