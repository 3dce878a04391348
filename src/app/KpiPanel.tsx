import { KpiStrip, type Kpi } from '../components/KpiStrip';
import { Panel, type PanelState } from '../components/Panel';
import { formatCount, formatMonthSpan, formatPercent, formatWan } from '../components/format';
import { hazardKpiQuery, type HazardKpis } from '../queries/kpi';
import { accidentKpiQuery, controlRateQuery, enforcementKpiQuery, type AccidentKpis, type ControlKpis, type EnforcementKpis } from '../queries/kpiMore';
import type { AppState } from '../state/types';
import { useQuery, type QueryResult } from './useQuery';

function hazardKpis(k: HazardKpis): Kpi[] {
  const rate = k.found ? k.rectified / k.found : null;
  return [
    { key: 'found', label: '排查重大隐患', value: formatCount(k.found), hint: `自查 ${formatCount(k.self_found)} · 部门 ${formatCount(k.dept_found)}` },
    { key: 'rectified', label: '已整改', value: formatCount(k.rectified), hint: `整改率 ${formatPercent(rate)}`, tone: 'good' },
    { key: 'supervised', label: '挂牌督办', value: formatCount(k.supervised), hint: `已整改 ${formatCount(k.supervised_rectified)}` },
    { key: 'open', label: '未整改', value: formatCount(k.open) },
    { key: 'overdue', label: '逾期未整改', value: formatCount(k.overdue), tone: k.overdue > 0 ? 'alert' : 'good' },
  ];
}

function enforcementKpis(e: EnforcementKpis): Kpi[] {
  return [
    { key: 'penalties', label: '行政处罚', value: formatCount(e.penalties), hint: `罚款 ${formatWan(e.fines_wan)} · 一案双罚 ${formatCount(e.dual_penalties)}` },
    { key: 'suspensions', label: '责令停产整顿', value: formatCount(e.suspensions), hint: `关闭取缔 ${formatCount(e.closures)} · 移送司法 ${formatCount(e.judicial_transfers)}` },
  ];
}

function controlKpi(c: ControlKpis): Kpi {
  const rate = c.risks ? c.controlled / c.risks : null;
  return { key: 'control_rate', label: '四张清单管控率', value: formatPercent(rate), hint: `已辨识风险 ${formatCount(c.risks)} 项`, tone: rate !== null && rate < 0.9 ? 'alert' : 'good' };
}

function accidentKpi(a: AccidentKpis): Kpi {
  const down = a.accidents < a.prev_accidents && a.deaths < a.prev_deaths;
  const span = a.period_start && a.period_end ? formatMonthSpan(a.period_start, a.period_end) : '';
  return {
    key: 'accidents', label: '事故起数 / 死亡', value: `${formatCount(a.accidents)} / ${formatCount(a.deaths)}`,
    hint: `${span} 同比 ${formatCount(a.prev_accidents)} / ${formatCount(a.prev_deaths)} · ${down ? '双下降' : '未实现双下降'}`,
    tone: down ? 'good' : 'alert',
  };
}

/** A KPI group that failed to load shows its error in place; the others still show. */
function orError<T>(r: QueryResult<T | null>, make: (d: T) => Kpi[], key: string): Kpi[] {
  if (r.status === 'error') return [{ key, label: '数据缺失', value: '—', hint: r.error, tone: 'alert' }];
  return r.status === 'ready' && r.data ? make(r.data) : [];
}

export function KpiPanel({ state }: { state: AppState }) {
  const hazards = useQuery(hazardKpiQuery(state));
  const enforcement = useQuery(enforcementKpiQuery(state));
  const control = useQuery(controlRateQuery(state));
  const accidents = useQuery(accidentKpiQuery(state));
  let panel: PanelState<Kpi[]> = { status: 'loading' };
  if (hazards.status === 'error') panel = hazards;
  else if (hazards.status === 'ready') {
    panel = {
      status: 'ready',
      refreshing: hazards.refreshing,
      data: [
        ...(hazards.data ? hazardKpis(hazards.data) : []),
        ...orError(enforcement, enforcementKpis, 'enforcement_error'),
        ...orError(control, (c) => [controlKpi(c)], 'control_error'),
        ...orError(accidents, (a) => [accidentKpi(a)], 'accident_error'),
      ],
    };
  }
  return (
    <Panel title="关键指标" region="kpi" state={panel} isEmpty={() => !hazards.status || (hazards.status === 'ready' && !hazards.data?.found)} emptyText="当前范围内没有隐患记录">
      {(items) => <KpiStrip items={items} />}
    </Panel>
  );
}
