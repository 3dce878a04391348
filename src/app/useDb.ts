import { useSyncExternalStore } from 'react';
import { getSnapshot, subscribe, type DbSnapshot } from '../db';

export function useDb(): DbSnapshot {
  return useSyncExternalStore(subscribe, getSnapshot);
}

/** True once DuckDB's first table has loaded or failed, or start-up failed: heavy UI code loads then. */
export function useDataStarted(): boolean {
  const s = useDb();
  return s.engine === 'error' || s.manifestError !== undefined || Object.values(s.tables).some((t) => t.state !== 'loading');
}
