import { useMemo } from 'react';
import type { Layer } from '@deck.gl/core';
import { countMarks, markLayers } from '../layers/marks';
import { LAYER_ORDER as ORDER, activeLayers, cellForLayer, viewMarksQueries, type Marks } from '../queries/marks';
import { isRefreshing } from '../components/Panel';
import type { AppState } from '../state/types';
import { useHeld } from './useHeld';
import { useLaterQuery, type QueryResult } from './useQuery';

export interface MarkSet {
  layers: Layer[];
  count: number;
  summary: Record<string, Marks | undefined>;
  error: string | null;
  /** A layer's answer for the current view is still on its way (the previous one is kept). */
  refreshing: boolean;
}

/** The point and line layers the user switched on, each bounded by the query (see marks.ts). */
export function useMarks(state: AppState): MarkSet {
  const active = activeLayers(state);
  const specs = viewMarksQueries(state);
  const at = (i: number) => specs[i] ?? null;
  // One hook per layer, always in the same order (hooks cannot run in a loop of varying length).
  const results: QueryResult<Marks>[] = [
    useLaterQuery(at(0)), useLaterQuery(at(1)), useLaterQuery(at(2)), useLaterQuery(at(3)),
    useLaterQuery(at(4)), useLaterQuery(at(5)), useLaterQuery(at(6)), useLaterQuery(at(7)),
  ];
  const deps = results.map((r) => (r.status === 'ready' ? r.data : r.status === 'error' ? r.error : null));
  const key = active.join(',');
  const refreshing = results.some((r, i) => active.includes(ORDER[i]!) && isRefreshing(r));
  // The view whose answers are shown: while a new view's are on their way the old marks stay, and
  // must keep their own cell size (old marks binned at the new level would be drawn for nothing: a
  // country's bins at a province's cell, 40–70 ms of the click).
  const cell = useHeld(state.division, refreshing);
  const set = useMemo(() => {
    const layers: Layer[] = [];
    const summary: Record<string, Marks | undefined> = {};
    let error: string | null = null;
    ORDER.forEach((k, i) => {
      const r = results[i]!;
      if (!active.includes(k)) return;
      if (r.status === 'ready') {
        layers.push(...markLayers(k, r.data, cellForLayer(k, cell)));
        summary[k] = r.data;
      }
      if (r.status === 'error') error = r.error;
    });
    return { layers, count: countMarks(layers), summary, error };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [deps[0], deps[1], deps[2], deps[3], deps[4], deps[5], deps[6], deps[7], cell, key]);
  return { ...set, refreshing };
}
