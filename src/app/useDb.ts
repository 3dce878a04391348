import { useSyncExternalStore } from 'react';
import { getSnapshot, subscribe, type DbSnapshot } from '../db';

export function useDb(): DbSnapshot {
  return useSyncExternalStore(subscribe, getSnapshot);
}

/**
 * True once DuckDB's first table has loaded or failed, or start-up failed: heavy UI code loads then.
 * A boolean selector, so the components using it re-render when it flips, not on every table update.
 */
export function useDataStarted(): boolean {
  return useSyncExternalStore(subscribe, () => {
    const s = getSnapshot();
    return s.engine === 'error' || s.manifestError !== undefined || Object.values(s.tables).some((t) => t.state !== 'loading');
  });
}
