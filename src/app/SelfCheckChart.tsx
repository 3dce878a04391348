import { useCallback, useMemo } from 'react';
import type { ECElementEvent } from 'echarts';
import { EChart } from '../charts/EChart';
import { orderSelfCheck, selfCheckOption, type SelfCheckRow } from '../charts/selfCheck';
import { Panel } from '../components/Panel';
import { scorecardQuery } from '../queries/scorecard';
import { setState } from '../state/store';
import type { AppState } from '../state/types';
import { useInView } from './useInView';
import { useBelowFoldQuery } from './useQuery';

/** 自查与检查 by child jurisdiction; clicking a bar drills into that jurisdiction (map, KPIs and charts follow). */
export function SelfCheckChart({ state }: { state: AppState }) {
  const [ref, inView] = useInView<HTMLDivElement>();
  const result = useBelowFoldQuery(scorecardQuery(state), inView);
  const rows: SelfCheckRow[] | null = useMemo(
    () => (result.status === 'ready' ? result.data.map((r) => ({ code: r.code, name: r.name, self: r.self_found, dept: r.dept_found })) : null),
    [result],
  );
  const option = useMemo(() => (rows ? selfCheckOption(rows) : null), [rows]);
  const onClick = useCallback(
    (e: ECElementEvent) => {
      const code = rows ? orderSelfCheck(rows)[e.dataIndex]?.code : undefined;
      if (code) setState((s) => ({ ...s, division: code }));
    },
    [rows],
  );
  const n = rows ? orderSelfCheck(rows).length : 8;
  return (
    <div ref={ref}>
      <Panel title="自查与检查（按下级区划，自查占比低者在上）" region="chart-selfcheck" state={result} isEmpty={(r) => r.length === 0} emptyText="已是最低一级区划">
        {() => option && <EChart option={option} height={Math.max(200, Math.min(560, 40 + n * 20))} label="自查与检查" onClick={onClick} />}
      </Panel>
    </div>
  );
}
