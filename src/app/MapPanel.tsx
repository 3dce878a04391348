import { useEffect, useMemo } from 'react';
import { LIST_KEYS, listKinds } from '../domain/lists';
import { Legend } from '../components/Legend';
import { MapView } from '../components/MapView';
import { MetricSelect } from '../components/MetricSelect';
import { Panel } from '../components/Panel';
import { Toggles } from '../components/Toggles';
import { buildAreaLayers } from '../layers/areas';
import { classify } from '../layers/classes';
import { labelLayer } from '../layers/labels';
import { areasQuery } from '../queries/areas';
import { levelOfCode } from '../queries/division';
import { METRICS, metricDef } from '../queries/metrics';
import { setState } from '../state/store';
import type { AppState } from '../state/types';
import { MarksLegend } from './MarksLegend';
import { useMarks } from './useMarks';
import { useQuery } from './useQuery';
import { markTooltip, pickMark } from './mapPick';

const MARK_OPTIONS = [
  { key: 'hazards', label: '重大隐患' },
  { key: 'sites', label: '高风险点位' },
  { key: 'enterprises', label: '企业' },
];

const LIST_OPTIONS = listKinds.map((l) => ({ key: l.key, label: l.short }));

export function MapPanel({ state }: { state: AppState }) {
  const result = useQuery(areasQuery(state));
  const metric = metricDef(state.metric);
  const marks = useMarks(state);
  const rows = result.status === 'ready' ? result.data : null;
  const built = useMemo(() => {
    if (!rows) return null;
    const classes = classify(metric, rows.map((a) => a.value));
    const layers = buildAreaLayers(rows, classes);
    return { classes, ...layers, approximate: rows.some((a) => a.approximate) };
  }, [rows, metric]);
  const deckLayers = useMemo(() => (built ? [...marks.layers, labelLayer(built.labels)] : []), [built, marks.layers]);
  useEffect(() => {
    // Read by the browser tests: the marks sent to deck.gl for the current view.
    (window as unknown as { __hmMarks?: number }).__hmMarks = marks.count;
  }, [marks.count]);
  const atTown = state.division !== null && levelOfCode(state.division) === 'town';
  const drill = (code: string) => {
    if (code !== state.division) setState((s) => ({ ...s, division: code }));
  };
  const actions = (
    <>
      <Toggles label="图层" options={MARK_OPTIONS} value={state.marks} onChange={(marks) => setState((s) => ({ ...s, marks }))} />
      <Toggles
        label="4张清单" options={LIST_OPTIONS} value={state.lists}
        onChange={(lists) => setState((s) => ({ ...s, lists: LIST_KEYS.filter((k) => lists.includes(k)) }))}
      />
      <MetricSelect value={metric.key} options={METRICS} onChange={(key) => setState((s) => ({ ...s, metric: key }))} />
    </>
  );
  return (
    <Panel title="风险地图" region="map" state={result} isEmpty={(rows) => rows.length === 0} emptyText="此区划没有下级区划或边界" actions={actions}>
      {() =>
        built && (
          <div className="map-wrap" data-marks={marks.count}>
            <MapView
              areas={built.areas} labels={built.labels} bounds={built.bounds} layers={deckLayers}
              onAreaClick={atTown ? () => undefined : drill} onPick={pickMark} getTooltip={markTooltip}
            />
            <Legend title={metric.label} entries={built.classes.legend} note={built.approximate ? '虚线边界为示意范围（非法定界线）' : undefined} />
            <MarksLegend summary={marks.summary} error={marks.error} />
          </div>
        )
      }
    </Panel>
  );
}
