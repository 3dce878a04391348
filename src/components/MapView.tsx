import { useEffect, useRef } from 'react';
import * as maplibregl from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import { MapboxOverlay } from '@deck.gl/mapbox';
import type { Layer, PickingInfo } from '@deck.gl/core';
import type { FeatureCollection } from 'geojson';
import 'maplibre-gl/dist/maplibre-gl.css';

maplibregl.setWorkerUrl(workerUrl);

export type Bounds = [number, number, number, number];

interface Props {
  /** Polygons with properties {code, name, color, approximate}. */
  areas: FeatureCollection;
  /** Label points with properties {code, name, color, outline}; outline false means drawn as a dot. */
  labels: FeatureCollection;
  bounds: Bounds | null;
  layers: Layer[];
  onAreaClick: (code: string) => void;
  onPick?: (info: PickingInfo) => void;
  getTooltip?: (info: PickingInfo) => string | null;
}

// Offline style: a background only. With no glyphs URL a maplibre symbol layer never finishes
// loading, so names are drawn by a deck.gl TextLayer (src/layers/labels.ts).
const STYLE: maplibregl.StyleSpecification = {
  version: 8,
  sources: {},
  layers: [{ id: 'background', type: 'background', paint: { 'background-color': '#0a1626' } }],
};

const EMPTY: FeatureCollection = { type: 'FeatureCollection', features: [] };

function addLayers(map: maplibregl.Map): void {
  map.addSource('areas', { type: 'geojson', data: EMPTY, promoteId: 'code' });
  map.addSource('labels', { type: 'geojson', data: EMPTY, promoteId: 'code' });
  map.addLayer({ id: 'area-fill', type: 'fill', source: 'areas', paint: {
    'fill-color': ['get', 'color'],
    'fill-opacity': ['case', ['boolean', ['feature-state', 'hover'], false], 0.95, 0.8],
  } });
  map.addLayer({ id: 'area-line', type: 'line', source: 'areas', paint: {
    'line-color': ['case', ['boolean', ['get', 'approximate'], false], '#8fb3d9', '#e6eef9'],
    'line-width': ['case', ['boolean', ['feature-state', 'hover'], false], 2.5, 1],
    'line-dasharray': ['case', ['boolean', ['get', 'approximate'], false], ['literal', [3, 2]], ['literal', [1, 0]]],
  } });
  map.addLayer({ id: 'label-dot', type: 'circle', source: 'labels', filter: ['==', ['get', 'outline'], false], paint: {
    'circle-radius': 9, 'circle-color': ['get', 'color'], 'circle-stroke-color': '#e6eef9', 'circle-stroke-width': 1.5,
  } });
}

/** maplibre for the areas, deck.gl (overlaid, not interleaved: STACK.md) for the marks. */
/** The click is within a few pixels of the clicked area's label point (its name). */
function nearLabel(m: maplibregl.Map, labels: FeatureCollection, e: maplibregl.MapLayerMouseEvent): boolean {
  const code = e.features?.[0]?.properties?.code as string | undefined;
  const f = labels.features.find((x) => x.properties?.code === code);
  if (!f || f.geometry.type !== 'Point') return false;
  const p = m.project(f.geometry.coordinates as [number, number]);
  return Math.hypot(p.x - e.point.x, p.y - e.point.y) < 14;
}

export function MapView({ areas, labels, bounds, layers, onAreaClick, onPick, getTooltip }: Props) {
  const box = useRef<HTMLDivElement>(null);
  const map = useRef<maplibregl.Map | null>(null);
  const overlay = useRef<MapboxOverlay | null>(null);
  const ready = useRef<Promise<void> | null>(null);
  const click = useRef(onAreaClick);
  const labelsRef = useRef(labels);
  useEffect(() => {
    click.current = onAreaClick;
    labelsRef.current = labels;
  }, [onAreaClick, labels]);

  useEffect(() => {
    const m = new maplibregl.Map({
      container: box.current!, style: STYLE, center: [104, 35.5], zoom: 3, attributionControl: false,
      canvasContextAttributes: { preserveDrawingBuffer: true },
    });
    m.addControl(new maplibregl.NavigationControl({ showCompass: false }), 'top-right');
    const o = new MapboxOverlay({ interleaved: false, layers: [] });
    m.addControl(o);
    map.current = m;
    (window as unknown as { __hmMap?: maplibregl.Map }).__hmMap = m;
    overlay.current = o;
    ready.current = new Promise((ok) => m.on('load', () => { addLayers(m); ok(); }));
    let hovered: string | number | undefined;
    m.on('mousemove', 'area-fill', (e) => {
      const id = e.features?.[0]?.id;
      if (hovered !== undefined) m.setFeatureState({ source: 'areas', id: hovered }, { hover: false });
      hovered = id;
      if (id !== undefined) m.setFeatureState({ source: 'areas', id }, { hover: true });
      m.getCanvas().style.cursor = 'pointer';
    });
    m.on('mouseleave', 'area-fill', () => {
      if (hovered !== undefined) m.setFeatureState({ source: 'areas', id: hovered }, { hover: false });
      hovered = undefined;
      m.getCanvas().style.cursor = '';
    });
    const onClick = (e: maplibregl.MapLayerMouseEvent) => {
      const code = e.features?.[0]?.properties?.code as string | undefined;
      if (code) click.current(code);
    };
    // A click on a single record (a mark with an id) opens it through deck's onClick; a click on the
    // area itself, on a bin, or on the area's name (its label point) drills down.
    m.on('click', 'area-fill', (e) => {
      const hit = o.pickObject({ x: e.point.x, y: e.point.y, radius: 2 });
      const record = Boolean((hit?.object as { id?: unknown } | undefined)?.id);
      if (!record || nearLabel(m, labelsRef.current, e)) onClick(e);
    });
    m.on('click', 'label-dot', onClick);
    return () => {
      m.remove();
      map.current = null;
    };
  }, []);

  useEffect(() => {
    const m = map.current;
    if (!m || !box.current) return;
    const el = box.current;
    el.dataset.drawn = 'false';
    void ready.current?.then(() => {
      (m.getSource('areas') as maplibregl.GeoJSONSource).setData(areas);
      (m.getSource('labels') as maplibregl.GeoJSONSource).setData(labels);
      if (bounds) m.fitBounds(bounds, { padding: 24, duration: 0, maxZoom: 12 });
      m.once('idle', () => {
        el.dataset.drawn = 'true';
        el.dataset.seq = String(Number(el.dataset.seq ?? 0) + 1);
      });
      m.triggerRepaint();
    });
  }, [areas, labels, bounds]);

  useEffect(() => {
    overlay.current?.setProps({
      layers,
      onClick: onPick ? (info: PickingInfo) => onPick(info) : undefined,
      getTooltip: getTooltip ? (info: PickingInfo) => getTooltip(info) : undefined,
    });
  }, [layers, onPick, getTooltip]);

  return <div ref={box} className="map-view" data-drawn="false" />;
}
