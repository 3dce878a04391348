import { useEffect, useMemo, useState } from 'react';
import type { Layer } from '@deck.gl/core';
import { LIST_KEYS, listKinds } from '../domain/lists';
import { Legend } from '../components/Legend';
import { MapView } from '../components/MapView';
import { MetricSelect } from '../components/MetricSelect';
import { Panel, isRefreshing } from '../components/Panel';
import { Toggles } from '../components/Toggles';
import { buildAreaLayers } from '../layers/areas';
import { classify } from '../layers/classes';
import { labelLayer } from '../layers/labels';
import { warmLayers } from '../layers/warm';
import { areasQuery } from '../queries/areas';
import { levelOfCode } from '../queries/division';
import { METRICS, metricDef } from '../queries/metrics';
import { setState } from '../state/store';
import type { AppState } from '../state/types';
import { MarksLegend } from './MarksLegend';
import { useHeld } from './useHeld';
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
    return { classes, ...layers, title: metric.label, approximate: rows.some((a) => a.approximate) };
  }, [rows, metric]);
  // Every layer kind's shader, linked once the first view is in and the page is idle (see warm.ts).
  const [warm, setWarm] = useState<Layer[]>([]);
  useEffect(() => {
    const id = requestIdleCallback(() => setWarm(warmLayers()), { timeout: 15_000 });
    return () => cancelIdleCallback(id);
  }, []);
  const next = useMemo(
    () => ({ built, layers: built ? [...warm, ...marks.layers, labelLayer(built.labels)] : [] }),
    [built, marks.layers, warm],
  );
  // The map changes once per view: while any of its answers is on its way, the previous view stays
  // whole (a frame of new areas under old marks costs as much as the final one and shows a mix).
  const shown = useHeld(next, isRefreshing(result) || marks.refreshing);
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
        shown.built && (
          <div className="map-wrap" data-marks={marks.count}>
            <MapView
              areas={shown.built.areas} points={shown.built.points} labels={shown.built.labels}
              bounds={shown.built.bounds} layers={shown.layers}
              onAreaClick={atTown ? () => undefined : drill} onPick={pickMark} getTooltip={markTooltip}
            />
            <Legend title={shown.built.title} entries={shown.built.classes.legend} note={shown.built.approximate ? '虚线边界为示意范围（非法定界线）' : undefined} />
            <MarksLegend summary={marks.summary} error={marks.error} />
          </div>
        )
      }
    </Panel>
  );
}
