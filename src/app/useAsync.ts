import { useEffect, useState } from 'react';
import { errorMessage, query } from '../db';
import type { Run } from '../queries/emergency';
import { track } from './activity';
import type { QueryResult } from './useQuery';

/** The db layer as a runner of query specs, for analyses that combine several queries. */
export const runSpec: Run = (spec) => query(spec.sql, spec.tables).then((t) => spec.decode(t));

/** Run an async analysis keyed by `key` (null = nothing to run); the latest key wins. */
export function useAsync<T>(key: string | null, fn: () => Promise<T>): QueryResult<T> {
  const [result, setResult] = useState<{ key: string | null; value: QueryResult<T> }>({ key: null, value: { status: 'loading' } });
  useEffect(() => {
    if (key === null) return;
    let live = true;
    const t0 = performance.now();
    track(fn()).then(
      (data) => live && setResult({ key, value: { status: 'ready', data, ms: performance.now() - t0 } }),
      (err: unknown) => live && setResult({ key, value: { status: 'error', error: errorMessage(err) } }),
    );
    return () => {
      live = false;
    };
    // fn is rebuilt each render; the key identifies it.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);
  return result.key === key ? result.value : { status: 'loading' };
}
