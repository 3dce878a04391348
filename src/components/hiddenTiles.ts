// A hidden slot's tiles (areaSlots.ts), built by maplibre's worker before the slot is shown. maplibre loads
// tiles only for the sources it draws, at the camera it shows; a view opened by a click therefore waited
// 60–165 ms after the click for its tiles at the new camera. Here the slot the pointer rests on has its
// tiles built at the camera the click will move to, so the click finds them loaded and paints at once.
//
// A hidden slot is also quiet: its events (its new data, each of its tiles loaded) do not reach the map,
// which would repaint the unchanged view for each (100+ ms of software rendering per frame, while DuckDB
// answers the prefetch on the same two cores).
//
// Private in maplibre 6.17 (pinned): the style's tile managers, their `update` and `used`, a transform's
// clone and setters, the events' parent. Without them the map is still right, its first visits slower.
import * as maplibregl from 'maplibre-gl';

/** What maplibre's events climb to: a source's tile manager's parent is the style. */
interface EventParent {
  fire(event: { type: string }): unknown;
  listens(type: string): boolean;
}

export interface TileManager {
  used: boolean;
  update(transform: unknown, terrain?: unknown): void;
  areTilesLoaded(): boolean;
  _eventedParent?: EventParent;
}

interface Transform {
  clone(): Transform;
  setZoom(zoom: number): void;
  setCenter(center: maplibregl.LngLat): void;
}

interface MapInternals {
  style?: { tileManagers?: Record<string, TileManager> };
  _camera?: { transform?: Transform };
  _update?(updateStyle: boolean): void;
}

const internals = (m: maplibregl.Map) => m as unknown as MapInternals;

export function tileManager(m: maplibregl.Map, source: string): TileManager | null {
  return internals(m).style?.tileManagers?.[source] ?? null;
}

/** The camera `fitBounds(bounds, options)` would move to, as a transform; null if unknown. */
export function cameraFor(m: maplibregl.Map, bounds: maplibregl.LngLatBoundsLike, options: maplibregl.FitBoundsOptions): unknown {
  const now = internals(m)._camera?.transform;
  const camera = m.cameraForBounds(bounds, options);
  if (!now?.clone || !camera || camera.zoom === undefined || !camera.center) return null;
  const t = now.clone();
  t.setZoom(camera.zoom);
  t.setCenter(maplibregl.LngLat.convert(camera.center));
  return t;
}

/**
 * Have `tm`, while unused (hidden), keep the tiles of `camera()` (when not null) loaded as if it were shown
 * there. Shown, it updates as usual.
 */
export function tileAheadWhileHidden(tm: TileManager, camera: () => unknown): void {
  const update = tm.update.bind(tm);
  tm.update = (transform, terrain) => {
    const at = tm.used ? null : camera();
    if (at === null) {
      update(transform, terrain);
      return;
    }
    tm.used = true;
    try {
      update(at, terrain);
    } finally {
      tm.used = false;
    }
  };
}

/** Each tile manager's parent, and a stand-in passing it errors only. */
const parents = new WeakMap<TileManager, { real: EventParent; errorsOnly: EventParent }>();

/** Whether a tile manager's events reach the map (they do unless made quiet; errors always do). */
export function setQuiet(tm: TileManager, isQuiet: boolean): void {
  let p = parents.get(tm);
  if (!p) {
    const real = tm._eventedParent;
    if (!real) return;
    p = { real, errorsOnly: { fire: (e) => e.type === 'error' && real.fire(e), listens: (t) => t === 'error' && real.listens(t) } };
    parents.set(tm, p);
  }
  tm._eventedParent = isQuiet ? p.errorsOnly : p.real;
}

/** Recompute which sources the map draws on its next frame (after a layer's visibility changed). */
export function restyle(m: maplibregl.Map): void {
  internals(m)._update?.(true);
}
