import { KpiStrip, type Kpi } from '../components/KpiStrip';
import { Panel } from '../components/Panel';
import { formatCount, formatPercent } from '../components/format';
import { hazardKpiQuery, type HazardKpis } from '../queries/kpi';
import type { AppState } from '../state/types';
import { useQuery } from './useQuery';

function toKpis(k: HazardKpis): Kpi[] {
  const rate = k.found ? k.rectified / k.found : null;
  return [
    { key: 'found', label: '排查重大隐患', value: formatCount(k.found), hint: `自查 ${formatCount(k.self_found)} · 部门 ${formatCount(k.dept_found)}` },
    { key: 'rectified', label: '已整改', value: formatCount(k.rectified), hint: `整改率 ${formatPercent(rate)}`, tone: 'good' },
    { key: 'supervised', label: '挂牌督办', value: formatCount(k.supervised), hint: `已整改 ${formatCount(k.supervised_rectified)}` },
    { key: 'open', label: '未整改', value: formatCount(k.open) },
    { key: 'overdue', label: '逾期未整改', value: formatCount(k.overdue), tone: k.overdue > 0 ? 'alert' : 'good' },
  ];
}

export function KpiPanel({ state }: { state: AppState }) {
  const result = useQuery(hazardKpiQuery(state));
  return (
    <Panel title="关键指标" region="kpi" state={result} isEmpty={(d) => !d || d.found === 0} emptyText="当前范围内没有隐患记录">
      {(d) => <KpiStrip items={toKpis(d!)} />}
    </Panel>
  );
}
