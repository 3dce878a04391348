import { useMemo } from 'react';
import { funnelOption } from '../charts/bars';
import { EChart } from '../charts/EChart';
import { Panel } from '../components/Panel';
import { breakdownQuery } from '../queries/breakdown';
import type { AppState } from '../state/types';
import { useQuery } from './useQuery';

export function FunnelPanel({ state }: { state: AppState }) {
  const result = useQuery(breakdownQuery({ ...state, filters: { ...state.filters, status: [] } }, 'status'));
  const rows = result.status === 'ready' ? result.data : null;
  const option = useMemo(() => (rows ? funnelOption(rows) : null), [rows]);
  return (
    <Panel title="整改闭环（状态漏斗）" region="chart-funnel" state={result} isEmpty={(r) => r.length === 0}>
      {() => option && <EChart option={option} height={240} label="隐患整改状态漏斗" />}
    </Panel>
  );
}
