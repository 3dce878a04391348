import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { Layer } from '@deck.gl/core';
import { LIST_KEYS, listKinds } from '../domain/lists';
import { Legend } from '../components/Legend';
import { MapView } from '../components/MapView';
import { MetricSelect } from '../components/MetricSelect';
import { Panel, isRefreshing } from '../components/Panel';
import { Toggles } from '../components/Toggles';
import { areaColors, buildAreaLayers, type AreaLayers } from '../layers/areas';
import { classify } from '../layers/classes';
import { labelLayer } from '../layers/labels';
import { warmLayers } from '../layers/warm';
import { areaShapesQuery, areaValuesQuery } from '../queries/areas';
import { levelOfCode } from '../queries/division';
import { METRICS, metricDef } from '../queries/metrics';
import { setState } from '../state/store';
import type { AppState } from '../state/types';
import { MarksLegend } from './MarksLegend';
import { useHeld } from './useHeld';
import { useMarks } from './useMarks';
import { runSpec, useLaterQuery } from './useQuery';
import { markTooltip, pickMark } from './mapPick';
import { prefetchView, preloadOutlinesBelow } from './prefetch';
import { setMapLeads } from './activity';

const MARK_OPTIONS = [
  { key: 'hazards', label: '重大隐患' },
  { key: 'sites', label: '高风险点位' },
  { key: 'enterprises', label: '企业' },
];

const LIST_OPTIONS = listKinds.map((l) => ({ key: l.key, label: l.short }));

export function MapPanel({ state }: { state: AppState }) {
  // On each change of the user's choices: a new jurisdiction has the map's answers applied as soon as they
  // are in, anything else with the panels' (activity.ts).
  const lastDivision = useRef<string | null | undefined>(undefined);
  useLayoutEffect(() => {
    setMapLeads(lastDivision.current !== state.division);
    lastDivision.current = state.division;
  }, [state]);
  const shapes = useLaterQuery(areaShapesQuery(state.division));
  const atTown = state.division !== null && levelOfCode(state.division) === 'town';
  const values = useLaterQuery(areaValuesQuery(state));
  const metric = metricDef(state.metric);
  const marks = useMarks(state);
  const shapeRows = shapes.status === 'ready' ? shapes.data : null;
  const valueRows = values.status === 'ready' ? values.data : null;
  // The outlines of a view readied under the pointer (below) are not built again once it is clicked.
  const [upcoming, setUpcoming] = useState<{ division: string; layers: AreaLayers } | null>(null);
  const readied = upcoming?.division === state.division ? upcoming.layers : null;
  const outlines = useMemo(() => readied ?? (shapeRows ? buildAreaLayers(shapeRows) : null), [readied, shapeRows]);
  const names = useMemo(() => (outlines ? labelLayer(outlines.labels) : null), [outlines]);
  const fill = useMemo(() => {
    if (!valueRows) return null;
    const classes = classify(metric, valueRows.map((a) => a.value));
    return { legend: classes.legend, colors: areaColors(valueRows, classes), title: metric.label };
  }, [valueRows, metric]);
  const firstArea = shapeRows?.[0]?.code;
  useEffect(() => (firstArea && !atTown ? preloadOutlinesBelow(firstArea) : undefined), [firstArea, atTown]);
  // Every layer kind drawn once, near-transparent in the middle of the first view, when the page is idle
  // (see warm.ts).
  const [warm, setWarm] = useState<Layer[]>([]);
  const firstBounds = outlines?.bounds ?? null;
  const warmed = warm.length > 0;
  useEffect(() => {
    if (warmed || !firstBounds) return;
    const [w, s, e, n] = firstBounds;
    const id = requestIdleCallback(() => setWarm(warmLayers([(w + e) / 2, (s + n) / 2])), { timeout: 15_000 });
    return () => cancelIdleCallback(id);
  }, [warmed, firstBounds]);
  const next = useMemo(
    () => ({ outlines, fill, layers: names ? [...warm, ...marks.layers, names] : [] }),
    [outlines, fill, names, marks.layers, warm],
  );
  // The map changes once per view: while any of its answers is on its way, the previous view stays
  // whole (a frame of new areas under old marks costs as much as the final one and shows a mix).
  const shown = useHeld(next, isRefreshing(shapes) || isRefreshing(values) || marks.refreshing);
  useEffect(() => {
    // Read by the browser tests: the marks sent to deck.gl for the current view.
    (window as unknown as { __hmMarks?: number }).__hmMarks = marks.count;
  }, [marks.count]);
  const drill = (code: string) => {
    if (code !== state.division) setState((s) => ({ ...s, division: code }));
  };
  // The view a click is about to open: its answers are asked ahead, and its outlines handed to the map's worker
  // to be tiled at the camera the click will move to.
  const lastIntent = useRef(0);
  const intent = (code: string) => {
    if (code === state.division) return;
    // The outlines first (DuckDB answers in order): the worker's indexing and tiling of them is the longest wait.
    // Only the latest intent's outlines go to the map (an earlier one's answer may come after it).
    const mine = ++lastIntent.current;
    void runSpec(areaShapesQuery(code)).then((rows) => mine === lastIntent.current && setUpcoming({ division: code, layers: buildAreaLayers(rows) }), () => undefined);
    prefetchView({ ...state, division: code });
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
  const result = shapes.status === 'ready' ? values : shapes;
  const { outlines: o, fill: f } = shown;
  return (
    <Panel title="风险地图" region="map" state={result} isEmpty={(rows) => rows.length === 0} emptyText="此区划没有下级区划或边界" actions={actions}>
      {() =>
        o && f && (
          <div className="map-wrap" data-marks={marks.count}>
            <MapView
              areas={o.areas} points={o.points} colors={f.colors} labels={o.labels}
              bounds={o.bounds} layers={shown.layers} upcoming={upcoming?.layers ?? null}
              onAreaClick={atTown ? () => undefined : drill} onAreaIntent={atTown ? undefined : intent} onPick={pickMark} getTooltip={markTooltip}
            />
            <Legend title={f.title} entries={f.legend} note={o.approximate ? '虚线边界为示意范围（非法定界线）' : undefined} />
            <MarksLegend summary={marks.summary} error={marks.error} />
          </div>
        )
      }
    </Panel>
  );
}
