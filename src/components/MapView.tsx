import { useEffect, useRef } from 'react';
import * as maplibregl from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import { MapboxOverlay } from '@deck.gl/mapbox';
import type { Layer } from '@deck.gl/core';
import type { FeatureCollection } from 'geojson';
import type { AreaLabel, Bounds } from '../layers/areas';
import { markAt, type MarkHit } from '../layers/pick';
import { PaintHold } from './paintHold';
import { watchAreaIntent } from './areaIntent';
import { AreaSlots } from './areaSlots';
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
  /** The outlines of the view a click is about to open: loaded ahead into a hidden slot (areaSlots.ts). */
  upcoming?: { areas: FeatureCollection; points: FeatureCollection; bounds: Bounds | null } | null;
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

/** How a view is framed. */
const FIT: maplibregl.FitBoundsOptions = { padding: 24, duration: 0, maxZoom: 12 };

/** A view's paint is held at most this long for its tiles (then painted as they come). */
const HOLD_MAX_MS = 1500;

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

/**
 * deck.gl 9.4 reads `map.transform` when it draws interleaved, which maplibre 6 moved to its camera (STACK.md: it
 * crashed). Private in maplibre 6.17 (pinned).
 */
function exposeTransform(m: maplibregl.Map): void {
  if ('transform' in m) return;
  Object.defineProperty(m, 'transform', { get: () => (m as unknown as { _camera: { transform: unknown } })._camera.transform });
}

/** The mark under the pointer (marks are picked on the CPU: layers/pick.ts). */
function markUnder(m: maplibregl.Map, layers: Layer[], e: maplibregl.MapMouseEvent): MarkHit | null {
  const project = (p: [number, number]): [number, number] => {
    const q = m.project(p);
    return [q.x, q.y];
  };
  return markAt(layers, project, e.point.x, e.point.y, [e.lngLat.lng, e.lngLat.lat]);
}

/** maplibre for the camera and the areas, deck.gl (interleaved in maplibre's frame) for the marks. */
export function MapView({ areas, points, colors, labels, bounds, layers, upcoming, onAreaClick, onAreaIntent, onPick, getTooltip }: Props) {
  const box = useRef<HTMLDivElement>(null);
  const map = useRef<maplibregl.Map | null>(null);
  const overlay = useRef<MapboxOverlay | null>(null);
  const hold = useRef<PaintHold | null>(null);
  const ready = useRef<Promise<void> | null>(null);
  /** The latest handlers and labels, read by the map's and deck.gl's event handlers. */
  const latest = useRef({ onAreaClick, onAreaIntent, onPick, getTooltip, labels });
  const slots = useRef<AreaSlots | null>(null);
  const shownLayers = useRef<Layer[] | null>(null);
  const shownColors = useRef<Record<string, string> | null>(null);
  /** Counts view updates: one still waiting for maplibre's worker when a newer one starts leaves it the rest. */
  const generation = useRef(0);
  /** Counts views readied ahead (`upcoming`): only the latest is tiled, and none once another view is shown. */
  const ahead = useRef(0);
  /** Un-highlight the area under the pointer (a view left by the breadcrumb would keep it highlighted). */
  const clearHover = useRef(() => undefined as void);
  useEffect(() => {
    latest.current = { onAreaClick, onAreaIntent, onPick, getTooltip, labels };
    // Read by the browser tests and the benchmark: where each area's name is drawn.
    (window as unknown as { __hmLabels?: AreaLabel[] }).__hmLabels = labels;
  }, [onAreaClick, onAreaIntent, onPick, getTooltip, labels]);

  useEffect(() => {
    const m = new maplibregl.Map({
      container: box.current!, style: STYLE, center: [104, 35.5], zoom: 3, attributionControl: false, fadeDuration: 0,
      // Opaque (the background layer covers it): the page's compositor blends nothing under the map.
      canvasContextAttributes: { alpha: false },
    });
    m.addControl(new maplibregl.NavigationControl({ showCompass: false }), 'top-right');
    const h = new PaintHold(m);
    hold.current = h;
    exposeTransform(m);
    // Interleaved: deck.gl draws into maplibre's canvas, in maplibre's frame. A second canvas on top cost every
    // map frame another present and blend under software rendering (30 ms of the GPU process).
    const o = new MapboxOverlay({ interleaved: true, layers: [] });
    // A click on a single record (a mark with an id) opens it; a click on an area, a bin, an area's dot or an
    // area's name (even over a record) drills.
    m.on('click', (e) => {
      if (!slots.current) return;
      const { onAreaClick: drillTo, onPick: open, labels: names } = latest.current;
      const hit = m.queryRenderedFeatures(e.point, { layers: slots.current.clickable() })[0];
      const code = hit?.properties?.code as string | undefined;
      const mark = markUnder(m, shownLayers.current ?? [], e);
      const record = Boolean(mark?.mark.id);
      if (code !== undefined && (hit?.layer.type === 'circle' || !record || nearLabel(m, names, code, e.point.x, e.point.y))) drillTo(code);
      else if (mark && record) open?.(mark);
    });
    m.addControl(o);
    map.current = m;
    (window as unknown as { __hmMap?: maplibregl.Map }).__hmMap = m;
    overlay.current = o;
    ready.current = new Promise((ok) => m.on('load', () => { slots.current = new AreaSlots(m); ok(); }));
    const unwatch = watchAreaIntent(m, () => slots.current?.clickable() ?? [], (code) => latest.current.onAreaIntent?.(code));
    let hovered: { source: string; id: string | number } | undefined;
    const unhover = () => {
      if (hovered) m.setFeatureState(hovered, { hover: false });
      hovered = undefined;
    };
    clearHover.current = unhover;
    m.on('mousemove', (e) => {
      const f = slots.current ? m.queryRenderedFeatures(e.point, { layers: slots.current.fills() })[0] : undefined;
      if (f?.id === hovered?.id && f?.source === hovered?.source) return;
      unhover();
      if (f?.id !== undefined) {
        hovered = { source: f.source, id: f.id };
        m.setFeatureState(hovered, { hover: true });
      }
      m.getCanvas().style.cursor = f ? 'pointer' : '';
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
    m.on('mouseout', () => {
      hide();
      unhover();
      m.getCanvas().style.cursor = '';
    });
    m.on('movestart', hide);
    return () => {
      unwatch();
      hide();
      tip.remove();
      m.remove();
      map.current = null;
    };
  }, []);

  // One update per view: the areas, their colours, the camera and the marks change together, and the
  // view counts as drawn once maplibre (with deck.gl's marks in its frame) has painted it whole. The camera
  // moves only when the jurisdiction changes, and outlines are loaded only for one not among the last few
  // (areaSlots.ts).
  useEffect(() => {
    const m = map.current;
    const el = box.current;
    if (!m || !el) return;
    el.dataset.drawn = 'false';
    void ready.current?.then(async () => {
      const mine = ++generation.current;
      const pool = slots.current!;
      const { slot, ready: outlined } = pool.prepare(areas, points);
      const moved = slot !== pool.current;
      // Neither canvas paints until the new view is tiled at its camera (paintHold.ts). A view under the pointer
      // still being readied is not tiled ahead any more: the worker tiles this one.
      if (moved) {
        hold.current?.hold();
        ahead.current++;
      }
      // The camera moves once the worker has the new outlines. Moved first, it had the worker tile the old
      // outlines at the new zoom, then the new ones again: a wasted batch of tiles and frames drawn with the old areas.
      await outlined;
      // A newer update (say, the marks arriving) finishes the view: camera, colours and all.
      if (mine !== generation.current) return;
      const done = () => {
        el.dataset.drawn = 'true';
        el.dataset.seq = String(Number(el.dataset.seq ?? 0) + 1);
      };
      if (shownLayers.current !== layers) {
        shownLayers.current = layers;
        const o = overlay.current!;
        o.setProps({ layers });
        applyLayersNow(o);
      }
      // Colours change with the metric and filters, not with the marks (a list layer toggled).
      if (moved || shownColors.current !== colors) {
        shownColors.current = colors;
        pool.paint(slot, colors);
      }
      if (moved) {
        clearHover.current();
        pool.show(slot);
        if (bounds) m.fitBounds(bounds, FIT);
      }
      // Painted whole, deck.gl's marks in the same frame: now if every tile is there (a view shown before, new
      // colours or marks), else as the last one arrives.
      await hold.current!.release(HOLD_MAX_MS, () => pool.tilesLoaded());
      if (mine === generation.current) done();
    });
  }, [areas, points, colors, bounds, layers]);

  // The view a click is about to open: its outlines handed to the worker, then tiled at the camera it will show.
  useEffect(() => {
    if (!upcoming) return;
    const mine = ++ahead.current;
    void ready.current?.then(async () => {
      const pool = slots.current!;
      const { slot, ready: outlined } = pool.prepare(upcoming.areas, upcoming.points);
      await outlined;
      if (mine === ahead.current && upcoming.bounds) pool.tileAhead(slot, upcoming.bounds, FIT);
    });
  }, [upcoming]);

  return <div ref={box} className="map-view" data-drawn="false" />;
}
