import { useMemo } from 'react';
import { Legend } from '../components/Legend';
import { MapView } from '../components/MapView';
import { MetricSelect } from '../components/MetricSelect';
import { Panel } from '../components/Panel';
import { buildAreaLayers } from '../layers/areas';
import { classify } from '../layers/classes';
import { labelLayer } from '../layers/labels';
import { areasQuery } from '../queries/areas';
import { levelOfCode } from '../queries/division';
import { METRICS, metricDef } from '../queries/metrics';
import { setState } from '../state/store';
import type { AppState } from '../state/types';
import { useQuery } from './useQuery';

export function MapPanel({ state }: { state: AppState }) {
  const result = useQuery(areasQuery(state));
  const metric = metricDef(state.metric);
  const built = useMemo(() => {
    if (result.status !== 'ready') return null;
    const classes = classify(metric, result.data.map((a) => a.value));
    const layers = buildAreaLayers(result.data, classes);
    return { classes, ...layers, deck: [labelLayer(layers.labels)], approximate: result.data.some((a) => a.approximate) };
  }, [result, metric]);
  const atTown = state.division !== null && levelOfCode(state.division) === 'town';
  const drill = (code: string) => {
    if (code !== state.division) setState((s) => ({ ...s, division: code }));
  };
  const select = <MetricSelect value={metric.key} options={METRICS} onChange={(key) => setState((s) => ({ ...s, metric: key }))} />;
  return (
    <Panel title="风险地图" region="map" state={result} isEmpty={(rows) => rows.length === 0} emptyText="此区划没有下级区划或边界" actions={select}>
      {() =>
        built && (
          <div className="map-wrap">
            <MapView areas={built.areas} labels={built.labels} bounds={built.bounds} layers={built.deck} onAreaClick={atTown ? () => undefined : drill} />
            <Legend
              title={metric.label}
              entries={built.classes.legend}
              note={built.approximate ? '虚线边界为示意范围（非法定界线）' : undefined}
            />
          </div>
        )
      }
    </Panel>
  );
}
