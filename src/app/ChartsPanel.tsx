import { useCallback, useMemo } from 'react';
import type { ECElementEvent } from 'echarts';
import { EChart } from '../charts/EChart';
import { monthlyOption } from '../charts/monthly';
import { Panel } from '../components/Panel';
import { monthlyQuery } from '../queries/monthly';
import { setState } from '../state/store';
import type { AppState } from '../state/types';
import { useQuery } from './useQuery';

/** The monthly trend; clicking a month toggles it as a filter for the map, KPIs and other charts. */
export function ChartsPanel({ state }: { state: AppState }) {
  const result = useQuery(monthlyQuery(state));
  const rows = result.status === 'ready' ? result.data : null;
  const selKey = (state.filters.month ?? []).join(',');
  const option = useMemo(() => (rows ? monthlyOption(rows, selKey ? selKey.split(',') : []) : null), [rows, selKey]);
  const onClick = useCallback(
    (e: ECElementEvent) => {
      const month = rows?.[e.dataIndex]?.month;
      if (!month) return;
      setState((s) => {
        const cur = s.filters.month ?? [];
        return { ...s, filters: { ...s.filters, month: cur.includes(month) ? cur.filter((m) => m !== month) : [...cur, month] } };
      });
    },
    [rows],
  );
  return (
    <Panel title="隐患排查整改趋势（按月，阴影为行动阶段）" region="charts" state={result} isEmpty={(r) => r.length === 0}>
      {() => option && <EChart option={option} label="按月排查与整改的隐患数量" onClick={onClick} />}
    </Panel>
  );
}
