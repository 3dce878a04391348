import { useCallback, useMemo } from 'react';
import type { ECElementEvent } from 'echarts';
import { barsOption } from '../charts/bars';
import { EChart } from '../charts/EChart';
import { Panel } from '../components/Panel';
import { label, type TaxonomyKind } from '../domain/taxonomy';
import { breakdownQuery, type BreakdownDim } from '../queries/breakdown';
import { setState } from '../state/store';
import type { AppState, FilterKey } from '../state/types';
import { useInView } from './useInView';
import { useBelowFoldQuery } from './useQuery';

interface Props {
  state: AppState;
  dim: BreakdownDim;
  title: string;
  /** Taxonomy kind for labels; the filter it sets when a bar is clicked, if any. */
  kind: TaxonomyKind;
  filter?: FilterKey;
  limit?: number;
}

/** Bars per sector / source / category; clicking a bar toggles it as a filter for everything else. */
export function BreakdownChart({ state, dim, title, kind, filter, limit }: Props) {
  const [ref, inView] = useInView<HTMLDivElement>();
  const result = useBelowFoldQuery(breakdownQuery(state, dim, limit), inView);
  const rows = result.status === 'ready' ? result.data : null;
  const selected = filter ? (state.filters[filter] ?? []) : [];
  const selKey = selected.join(',');
  const option = useMemo(
    () => (rows ? barsOption(rows, (k) => label(kind, k), selKey ? selKey.split(',') : []) : null),
    [rows, kind, selKey],
  );
  const onClick = useCallback(
    (e: ECElementEvent) => {
      if (!filter) return;
      const key = String(e.name);
      setState((s) => {
        const cur = s.filters[filter] ?? [];
        const next = cur.includes(key) ? cur.filter((k) => k !== key) : [...cur, key];
        return { ...s, filters: { ...s.filters, [filter]: next } };
      });
    },
    [filter],
  );
  const height = Math.max(180, Math.min(520, 28 + (rows?.length ?? 6) * 22));
  return (
    <div ref={ref}>
      <Panel title={title} region={`chart-${dim}`} state={result} isEmpty={(r) => r.length === 0}>
        {() => option && <EChart option={option} height={height} label={title} onClick={filter ? onClick : undefined} />}
      </Panel>
    </div>
  );
}
