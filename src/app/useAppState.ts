import { useSyncExternalStore } from 'react';
import { readState, subscribeState } from '../state/store';
import type { DecodeResult } from '../state/url';

export function useAppState(): DecodeResult {
  return useSyncExternalStore(subscribeState, readState);
}
