import { useEffect } from 'react';
import { BreakdownChart } from './BreakdownChart';
import { ChartsPanel } from './ChartsPanel';
import { DataPanel } from './DataPanel';
import { DetailPanel } from './DetailPanel';
import { FiltersRow } from './FiltersRow';
import { FunnelPanel } from './FunnelPanel';
import { HeaderBar } from './HeaderBar';
import { KpiPanel } from './KpiPanel';
import { MapSlot } from './MapSlot';
import { RankingPanel } from './RankingPanel';
import { RedFlagsPanel } from './RedFlagsPanel';
import { ReportsPanel } from './ReportsPanel';
import { SelfCheckChart } from './SelfCheckChart';
import { RegisterPanel } from './registers/RegisterPanel';
import { useAppState } from './useAppState';
import { useDataStarted } from './useDb';
import { loadEcharts } from '../charts/EChart';

export function App() {
  const { state, rejected } = useAppState();
  // ECharts' code is fetched once data starts to arrive, so the first charts need not wait for it.
  const started = useDataStarted();
  useEffect(() => {
    if (started) void loadEcharts().catch(() => undefined);
  }, [started]);
  return (
    <div className="app">
      <HeaderBar state={state} />
      {rejected.length > 0 && (
        <div className="notice" role="status">链接中的参数无法识别，已忽略：{rejected.join('；')}</div>
      )}
      <FiltersRow filters={state.filters} />
      <main className="layout">
        <div className="col-main">
          <KpiPanel state={state} />
          <MapSlot state={state} />
        </div>
        <div className="col-side">
          {state.selected && <DetailPanel selected={state.selected} downstreamKm={state.downstreamKm} />}
          <ChartsPanel state={state} />
          <RedFlagsPanel state={state} />
        </div>
      </main>
      <section className="charts-grid" aria-label="分类统计">
        <BreakdownChart state={state} dim="sector" title="按行业领域" kind="sector" filter="sector" />
        <BreakdownChart state={state} dim="source" title="按隐患来源（自查与检查）" kind="source" filter="source" />
        <FunnelPanel state={state} />
        <BreakdownChart state={state} dim="category" title="按隐患类别（前 15 类）" kind="hazard_category" limit={15} />
        <SelfCheckChart state={state} />
      </section>
      <section className="row-wide">
        <RankingPanel state={state} />
        <DataPanel />
      </section>
      <section className="row-full">
        <RegisterPanel state={state} />
      </section>
      <section className="row-full">
        <ReportsPanel division={state.division} />
      </section>
    </div>
  );
}
