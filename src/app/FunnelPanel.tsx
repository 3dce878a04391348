import { useMemo } from 'react';
import { funnelOption } from '../charts/bars';
import { EChart } from '../charts/EChart';
import { Panel } from '../components/Panel';
import { breakdownQuery } from '../queries/breakdown';
import type { AppState } from '../state/types';
import { useInView } from './useInView';
import { useBelowFoldQuery } from './useQuery';

export function FunnelPanel({ state }: { state: AppState }) {
  const [ref, inView] = useInView<HTMLDivElement>();
  const result = useBelowFoldQuery(breakdownQuery(state, 'status'), inView);
  const rows = result.status === 'ready' ? result.data : null;
  const option = useMemo(() => (rows ? funnelOption(rows) : null), [rows]);
  return (
    <div ref={ref}>
      <Panel title="整改闭环（状态漏斗）" region="chart-funnel" state={result} isEmpty={(r) => r.length === 0}>
        {() => option && <EChart option={option} height={240} label="隐患整改状态漏斗" />}
      </Panel>
    </div>
  );
}
