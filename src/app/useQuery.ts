import { useLayoutEffect, useState } from 'react';
import { errorMessage, query } from '../db';
import { runQuery, type Query, type Run } from '../queries/spec';
import { deliver, track } from './activity';

/** The db layer as a runner of query specs, for one-off runs such as exports. */
export const runSpec: Run = (spec) => query(spec.sql, spec.tables).then((t) => spec.decode(t));
/** The same for panels below the first screen: their queries go after the others (db/schedule.ts). */
const runBelowFold: Run = (spec) => query(spec.sql, spec.tables, true).then((t) => spec.decode(t));

export type QueryResult<T> =
  | { status: 'loading' }
  | { status: 'ready'; data: T; ms: number; refreshing?: boolean }
  | { status: 'error'; error: string };

/**
 * Run a query spec; re-runs when its key changes. While a new answer is on its way the previous one
 * stays on screen (marked refreshing), so the map and charts are updated, never torn down. A disabled
 * query (a panel off screen) keeps its last answer and runs when enabled again. A `later` query (the
 * map's) is sent after the other queries of the same render, so the KPIs and charts are answered
 * first; answers are applied in batches (activity.ts).
 */
export function useQuery<T>(spec: Query<T> | null, enabled = true, later = false, belowFold = false): QueryResult<T> {
  const [result, setResult] = useState<{ key: string | null; value: QueryResult<T> }>({
    key: null,
    value: { status: 'loading' },
  });
  const key = spec?.key ?? null;
  // A layout effect: the query is sent during the commit, before any chart redraws in its own effect.
  useLayoutEffect(() => {
    if (!spec || !enabled) return;
    let live = true;
    const t0 = performance.now();
    const settle = (value: QueryResult<T>) => deliver(() => live && setResult({ key: spec.key, value }), later);
    const send = () => {
      if (!live) return;
      track(runQuery(belowFold ? runBelowFold : runSpec, spec), later).then(
        (data) => live && settle({ status: 'ready', data, ms: performance.now() - t0 }),
        (err: unknown) => live && settle({ status: 'error', error: errorMessage(err) }),
      );
    };
    // Effects of one render run together; a microtask runs after all of them.
    if (later) queueMicrotask(send);
    else send();
    return () => {
      live = false;
    };
    // The key identifies the spec; spec objects are rebuilt each render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, enabled, later, belowFold]);
  if (key === null) return { status: 'loading' };
  if (result.key === key) return result.value;
  return result.value.status === 'ready' ? { ...result.value, refreshing: true } : { status: 'loading' };
}

/**
 * A query of a panel below the first screen, run while it is in view: DuckDB answers it after the
 * queries of the first screen (a drill made meanwhile does not wait for it).
 */
export function useBelowFoldQuery<T>(spec: Query<T> | null, inView: boolean): QueryResult<T> {
  return useQuery(spec, inView, false, true);
}

/** A map query: sent after the other queries of the same render, its answer applied after theirs. */
export function useLaterQuery<T>(spec: Query<T> | null): QueryResult<T> {
  return useQuery(spec, true, true);
}
