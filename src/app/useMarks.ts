import { useMemo } from 'react';
import type { Layer } from '@deck.gl/core';
import { countMarks, markLayers } from '../layers/marks';
import { MARK_BUDGET, cellFor, marksQuery, type Marks } from '../queries/marks';
import type { AppState } from '../state/types';
import { useQuery } from './useQuery';

export interface MarkSet {
  layers: Layer[];
  count: number;
  summary: Record<string, Marks | undefined>;
  error: string | null;
}

/** The point and line layers the user switched on, each bounded by the query (see marks.ts). */
export function useMarks(state: AppState): MarkSet {
  const on = (k: string) => state.marks.includes(k);
  const limit = Math.floor(MARK_BUDGET / Math.max(1, state.marks.length));
  const hazards = useQuery(on('hazards') ? marksQuery('hazards', state, limit) : null);
  const sites = useQuery(on('sites') ? marksQuery('sites', state, limit) : null);
  const enterprises = useQuery(on('enterprises') ? marksQuery('enterprises', state, limit) : null);
  const cell = cellFor(state.division);
  const data = (r: typeof hazards) => (r.status === 'ready' ? r.data : r.status === 'error' ? r.error : null);
  const [h, si, e] = [data(hazards), data(sites), data(enterprises)];
  return useMemo(() => {
    const results = { enterprises, hazards, sites };
    const layers: Layer[] = [];
    const summary: Record<string, Marks | undefined> = {};
    let error: string | null = null;
    for (const [key, r] of Object.entries(results)) {
      if (r.status === 'ready' && on(key)) {
        layers.push(...markLayers(key, r.data, cell));
        summary[key] = r.data;
      }
      if (r.status === 'error' && on(key)) error = r.error;
    }
    return { layers, count: countMarks(layers), summary, error };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [h, si, e, cell]);
}
