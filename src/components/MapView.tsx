import { useEffect, useRef } from 'react';
import * as maplibregl from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import { MapboxOverlay } from '@deck.gl/mapbox';
import type { Layer } from '@deck.gl/core';
import type { FeatureCollection } from 'geojson';
import type { AreaLabel, Bounds } from '../layers/areas';
import { markAt, type MarkHit } from '../layers/pick';
import { NO_DATA } from '../layers/classes';
import { PaintHold } from './paintHold';
import { watchAreaIntent } from './areaIntent';
import 'maplibre-gl/dist/maplibre-gl.css';

maplibregl.setWorkerUrl(workerUrl);

interface Props {
  /** Polygons with properties {code, name, approximate}. */
  areas: FeatureCollection;
  /** Label points with properties {code, name, outline}; outline false means drawn as a dot. */
  points: FeatureCollection;
  /** Fill colour by area code. Applied as feature state: a new metric or filter reloads no outline. */
  colors: Record<string, string>;
  labels: AreaLabel[];
  bounds: Bounds | null;
  layers: Layer[];
  onAreaClick: (code: string) => void;
  /** The pointer rests on or presses an area: the view a click would open may be prefetched. */
  onAreaIntent?: (code: string) => void;
  onPick?: (hit: MarkHit) => void;
  getTooltip?: (hit: MarkHit) => string | null;
}

// Offline style: a background only. With no glyphs URL a maplibre symbol layer never finishes
// loading, so names are drawn by a deck.gl TextLayer (src/layers/labels.ts).
const STYLE: maplibregl.StyleSpecification = {
  version: 8,
  sources: {},
  layers: [{ id: 'background', type: 'background', paint: { 'background-color': '#0a1626' } }],
};

/** A view's paint is held at most this long for its tiles (then painted as they come). */
const HOLD_MAX_MS = 1500;

const EMPTY: FeatureCollection = { type: 'FeatureCollection', features: [] };
const FILL: maplibregl.ExpressionSpecification = ['coalesce', ['feature-state', 'color'], NO_DATA];

// Areas stay with maplibre: its lines are cheap triangles, while deck.gl draws an outline vertex as
// an instance (China's provinces: 0.6 s a frame under software rendering).
function addLayers(map: maplibregl.Map): void {
  // Outlines simplified to 1.5 px at each tile's zoom (maplibre's default 0.375): no visible change, and a
  // province's areas cost half as much per frame under software rendering (45 → 23 ms at 云南).
  map.addSource('areas', { type: 'geojson', data: EMPTY, promoteId: 'code', tolerance: 1.5 });
  map.addSource('labels', { type: 'geojson', data: EMPTY, promoteId: 'code' });
  map.addLayer({ id: 'area-fill', type: 'fill', source: 'areas', paint: {
    'fill-color': FILL,
    'fill-opacity': ['case', ['boolean', ['feature-state', 'hover'], false], 0.95, 0.8],
  } });
  map.addLayer({ id: 'area-line', type: 'line', source: 'areas', paint: {
    'line-color': ['case', ['boolean', ['get', 'approximate'], false], '#8fb3d9', '#e6eef9'],
    'line-width': ['case', ['boolean', ['feature-state', 'hover'], false], 2.5, 1],
    'line-dasharray': ['case', ['boolean', ['get', 'approximate'], false], ['literal', [3, 2]], ['literal', [1, 0]]],
  } });
  map.addLayer({ id: 'label-dot', type: 'circle', source: 'labels', filter: ['==', ['get', 'outline'], false], paint: {
    'circle-radius': 9, 'circle-color': FILL, 'circle-stroke-color': '#e6eef9', 'circle-stroke-width': 1.5,
  } });
}

/** The point is within a few pixels of the area's label point (its name). */
function nearLabel(m: maplibregl.Map, labels: AreaLabel[], code: string, x: number, y: number): boolean {
  const l = labels.find((a) => a.code === code);
  if (!l) return false;
  const p = m.project(l.position);
  return Math.hypot(p.x - x, p.y - y) < 14;
}

/**
 * Apply layers handed to deck.gl at once. deck.gl applies them on its next animation frame, but a
 * camera move redraws synchronously: without this a drill draws the old marks at the new camera
 * first, a wasted frame. Private in deck.gl 9.4; without it the map is still right, a frame later.
 */
function applyLayersNow(o: MapboxOverlay): void {
  (o as unknown as { _deck?: { layerManager?: { updateLayers(): void } | null } })._deck?.layerManager?.updateLayers();
}

/** The mark under the pointer (marks are picked on the CPU: layers/pick.ts). */
function markUnder(m: maplibregl.Map, layers: Layer[], e: maplibregl.MapMouseEvent): MarkHit | null {
  const project = (p: [number, number]): [number, number] => {
    const q = m.project(p);
    return [q.x, q.y];
  };
  return markAt(layers, project, e.point.x, e.point.y, [e.lngLat.lng, e.lngLat.lat]);
}

/** maplibre for the camera and the areas, deck.gl (overlaid, not interleaved: STACK.md) for the marks. */
export function MapView({ areas, points, colors, labels, bounds, layers, onAreaClick, onAreaIntent, onPick, getTooltip }: Props) {
  const box = useRef<HTMLDivElement>(null);
  const map = useRef<maplibregl.Map | null>(null);
  const overlay = useRef<MapboxOverlay | null>(null);
  const hold = useRef<PaintHold | null>(null);
  const ready = useRef<Promise<void> | null>(null);
  /** The latest handlers and labels, read by the map's and deck.gl's event handlers. */
  const latest = useRef({ onAreaClick, onAreaIntent, onPick, getTooltip, labels });
  /** Called by deck.gl's next frame after new layers were handed to it. */
  const pending = useRef<(() => void) | null>(null);
  /** The outlines handed to maplibre's worker, and when it has them. */
  const loaded = useRef<{ areas: FeatureCollection | null; done: Promise<unknown> }>({ areas: null, done: Promise.resolve() });
  /** The outlines the camera was last fitted to (and coloured for). */
  const fitted = useRef<FeatureCollection | null>(null);
  const shownLayers = useRef<Layer[] | null>(null);
  const shownColors = useRef<Record<string, string> | null>(null);
  /** Counts view updates: one still waiting for maplibre's worker when a newer one starts leaves it the rest. */
  const generation = useRef(0);
  useEffect(() => {
    latest.current = { onAreaClick, onAreaIntent, onPick, getTooltip, labels };
    // Read by the browser tests and the benchmark: where each area's name is drawn.
    (window as unknown as { __hmLabels?: AreaLabel[] }).__hmLabels = labels;
  }, [onAreaClick, onAreaIntent, onPick, getTooltip, labels]);

  useEffect(() => {
    const m = new maplibregl.Map({
      container: box.current!, style: STYLE, center: [104, 35.5], zoom: 3, attributionControl: false, fadeDuration: 0,
    });
    m.addControl(new maplibregl.NavigationControl({ showCompass: false }), 'top-right');
    const h = new PaintHold(m);
    hold.current = h;
    // No MSAA and no preserved buffer: under software rendering each costs a full-canvas pass per frame.
    const o = new MapboxOverlay({
      interleaved: false, layers: [], deviceProps: { webgl: { antialias: false, preserveDrawingBuffer: false } },
      // Passed on to deck.gl (MapboxOverlay's typings omit it): deck.gl paints through the hold.
      ...({ _customRender: h.deckRender } as object),
      onAfterRender: () => {
        const done = pending.current;
        pending.current = null;
        done?.();
      },
    });
    // A click on a single record (a mark with an id) opens it; a click on an area, a bin, an area's dot or an
    // area's name (even over a record) drills.
    m.on('click', (e) => {
      if (!m.getLayer('area-fill')) return;
      const { onAreaClick: drillTo, onPick: open, labels: names } = latest.current;
      const hit = m.queryRenderedFeatures(e.point, { layers: ['label-dot', 'area-fill'] })[0];
      const code = hit?.properties?.code as string | undefined;
      const mark = markUnder(m, shownLayers.current ?? [], e);
      const record = Boolean(mark?.mark.id);
      if (code !== undefined && (hit?.layer.id === 'label-dot' || !record || nearLabel(m, names, code, e.point.x, e.point.y))) drillTo(code);
      else if (mark && record) open?.(mark);
    });
    m.addControl(o);
    h.attach(o);
    map.current = m;
    (window as unknown as { __hmMap?: maplibregl.Map }).__hmMap = m;
    overlay.current = o;
    ready.current = new Promise((ok) => m.on('load', () => { addLayers(m); ok(); }));
    const unwatch = watchAreaIntent(m, ['label-dot', 'area-fill'], (code) => latest.current.onAreaIntent?.(code));
    let hovered: string | number | undefined;
    m.on('mousemove', 'area-fill', (e) => {
      const id = e.features?.[0]?.id;
      if (hovered !== undefined) m.setFeatureState({ source: 'areas', id: hovered }, { hover: false });
      hovered = id;
      if (id !== undefined) m.setFeatureState({ source: 'areas', id }, { hover: true });
      m.getCanvas().style.cursor = 'pointer';
    });
    // The tooltip looks for a mark once the pointer rests (150 ms), not on every move.
    const tip = document.createElement('div');
    tip.className = 'map-tooltip';
    tip.hidden = true;
    box.current!.appendChild(tip);
    let timer: ReturnType<typeof setTimeout> | undefined;
    const hide = () => {
      clearTimeout(timer);
      tip.hidden = true;
    };
    m.on('mousemove', (e) => {
      hide();
      timer = setTimeout(() => {
        const mark = markUnder(m, shownLayers.current ?? [], e);
        const text = mark ? latest.current.getTooltip?.(mark) : null;
        if (!text) return;
        tip.textContent = text;
        tip.style.transform = `translate(${e.point.x + 12}px, ${e.point.y + 12}px)`;
        tip.hidden = false;
      }, 150);
    });
    m.on('mouseout', hide);
    m.on('movestart', hide);
    m.on('mouseleave', 'area-fill', () => {
      if (hovered !== undefined) m.setFeatureState({ source: 'areas', id: hovered }, { hover: false });
      hovered = undefined;
      m.getCanvas().style.cursor = '';
    });
    return () => {
      unwatch();
      hide();
      tip.remove();
      m.remove();
      map.current = null;
    };
  }, []);

  // One update per view: the areas, their colours, the camera and the marks change together, and the
  // view counts as drawn once maplibre is idle and deck.gl has drawn the new marks. The outlines are
  // reloaded (and the camera moved) only when the jurisdiction changes.
  useEffect(() => {
    const m = map.current;
    const el = box.current;
    if (!m || !el) return;
    el.dataset.drawn = 'false';
    void ready.current?.then(async () => {
      const mine = ++generation.current;
      if (loaded.current.areas !== areas) {
        // Neither canvas paints until the new view is tiled at its camera (paintHold.ts).
        hold.current?.hold();
        // The new outlines reach maplibre's worker before the camera moves. Moved first, the camera had the
        // worker tile the old outlines at the new zoom, then the new ones again: a wasted batch of tiles and
        // three frames drawn with the old areas.
        loaded.current = { areas, done: Promise.all([
          (m.getSource('areas') as maplibregl.GeoJSONSource).setData(areas),
          (m.getSource('labels') as maplibregl.GeoJSONSource).setData(points),
        ]) };
      }
      await loaded.current.done;
      // A newer update (say, the marks arriving) finishes the view: camera, colours and all.
      if (mine !== generation.current) return;
      const moved = fitted.current !== areas;
      const newLayers = shownLayers.current !== layers;
      let waiting = newLayers ? 2 : 1;
      const done = () => {
        if (--waiting > 0) return;
        el.dataset.drawn = 'true';
        el.dataset.seq = String(Number(el.dataset.seq ?? 0) + 1);
      };
      if (newLayers) {
        shownLayers.current = layers;
        pending.current = done;
        const o = overlay.current!;
        o.setProps({ layers });
        applyLayersNow(o);
      }
      // Colours change with the metric and filters, not with the marks (a list layer toggled).
      if (moved || shownColors.current !== colors) {
        shownColors.current = colors;
        for (const [id, color] of Object.entries(colors)) {
          m.setFeatureState({ source: 'areas', id }, { color });
          m.setFeatureState({ source: 'labels', id }, { color });
        }
      }
      if (moved) {
        fitted.current = areas;
        if (bounds) m.fitBounds(bounds, { padding: 24, duration: 0, maxZoom: 12 });
      }
      m.triggerRepaint();
      if (hold.current?.held) {
        await hold.current.release(HOLD_MAX_MS);
        // Painted whole: maplibre is idle, and deck.gl drew in the same task.
        if (mine === generation.current) done();
        return;
      }
      m.once('idle', done);
    });
  }, [areas, points, colors, bounds, layers]);

  return <div ref={box} className="map-view" data-drawn="false" />;
}
