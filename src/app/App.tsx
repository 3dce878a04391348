import { ChartsPanel } from './ChartsPanel';
import { ChildrenPanel } from './ChildrenPanel';
import { DataPanel } from './DataPanel';
import { DetailPanel } from './DetailPanel';
import { FiltersRow } from './FiltersRow';
import { HeaderBar } from './HeaderBar';
import { KpiPanel } from './KpiPanel';
import { MapPanel } from './MapPanel';
import { useAppState } from './useAppState';

export function App() {
  const { state, rejected } = useAppState();
  return (
    <div className="app">
      <HeaderBar division={state.division} />
      {rejected.length > 0 && (
        <div className="notice" role="status">链接中的参数无法识别，已忽略：{rejected.join('；')}</div>
      )}
      <FiltersRow filters={state.filters} />
      <main className="layout">
        <div className="col-main">
          <KpiPanel state={state} />
          <MapPanel state={state} />
          <ChildrenPanel state={state} />
        </div>
        <div className="col-side">
          {state.selected && <DetailPanel selected={state.selected} />}
          <ChartsPanel state={state} />
          <DataPanel />
        </div>
      </main>
    </div>
  );
}
