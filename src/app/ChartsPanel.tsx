import { useMemo } from 'react';
import { EChart } from '../charts/EChart';
import { monthlyOption } from '../charts/monthly';
import { Panel } from '../components/Panel';
import { monthlyQuery } from '../queries/monthly';
import type { AppState } from '../state/types';
import { useQuery } from './useQuery';

export function ChartsPanel({ state }: { state: AppState }) {
  const result = useQuery(monthlyQuery(state));
  const rows = result.status === 'ready' ? result.data : null;
  const option = useMemo(() => (rows ? monthlyOption(rows) : null), [rows]);
  return (
    <Panel title="隐患排查整改趋势（按月）" region="charts" state={result} isEmpty={(rows) => rows.length === 0}>
      {() => option && <EChart option={option} label="按月排查与整改的隐患数量" />}
    </Panel>
  );
}
