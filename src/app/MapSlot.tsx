import { Component, lazy, Suspense, type ReactNode } from 'react';
import { Panel } from '../components/Panel';
import type { AppState } from '../state/types';
import { useDataStarted } from './useDb';

// The map's code (maplibre-gl, deck.gl: 1.3 MB) is fetched once DuckDB has loaded its first table:
// nothing can be drawn before, and parsing it while DuckDB's wasm compiles slowed the first
// DuckDB-computed content by about half a second on a two-core machine.
const MapPanel = lazy(() => import('./MapPanel').then((m) => ({ default: m.MapPanel })));

const waiting = <Panel title="风险地图" region="map" state={{ status: 'loading' }}>{() => null}</Panel>;

export function MapSlot({ state }: { state: AppState }) {
  const started = useDataStarted();
  if (!started) return waiting;
  return (
    <LoadFailure>
      <Suspense fallback={waiting}>
        <MapPanel state={state} />
      </Suspense>
    </LoadFailure>
  );
}

/** A map chunk that fails to load (server gone, file missing) is the map panel's error, not the page's. */
class LoadFailure extends Component<{ children: ReactNode }, { error: string | null }> {
  override state = { error: null as string | null };
  static getDerivedStateFromError(err: unknown) {
    return { error: `地图组件加载失败（${err instanceof Error ? err.message : String(err)}）` };
  }
  override render() {
    const { error } = this.state;
    return error ? <Panel title="风险地图" region="map" state={{ status: 'error', error }}>{() => null}</Panel> : this.props.children;
  }
}
