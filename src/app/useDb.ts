import { useSyncExternalStore } from 'react';
import { getSnapshot, subscribe, type DbSnapshot } from '../db';

export function useDb(): DbSnapshot {
  return useSyncExternalStore(subscribe, getSnapshot);
}
