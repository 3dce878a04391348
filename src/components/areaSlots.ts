// The outlines of the last few views stay loaded in maplibre, one pair of sources per view (a slot),
// only the current one's layers shown. Returning to a view is then a switch: its tiles at its camera are
// still in the slot's tile cache, so neither the worker's indexing (setData, 25–50 ms for a province)
// nor its tiling is paid again, and the view is painted in the click's own frame.
//
// The switch bypasses maplibre's `setLayoutProperty`, which reloads every tile of the layer's source
// (its worker skips hidden layers when it builds a tile). Here the layers stay visible for the worker,
// and are hidden for the main thread only (the StyleLayer's own setter: not drawn, source unused, its
// tiles kept in the cache). Nothing else may change these layers' layout, filter or zoom range, as that
// would send the worker their hidden state.
//
// The hidden slot of the view the pointer rests on is also tiled ahead, at the camera the click will move
// to (hiddenTiles.ts), so a first visit is painted in the click's frame too. A hidden slot's features then
// answer maplibre's queries though not drawn: queries name only the shown slot's layers (`clickable`).
import type * as maplibregl from 'maplibre-gl';
import type { FeatureCollection } from 'geojson';
import { NO_DATA } from '../layers/classes';
import { cameraFor, restyle, setQuiet, tileAheadWhileHidden, tileManager, type TileManager } from './hiddenTiles';

/** National, province, city, county, town, and one more for a sibling. */
export const SLOT_COUNT = 6;

const FILL: maplibregl.ExpressionSpecification = ['coalesce', ['feature-state', 'color'], NO_DATA];

const fillLayer = (i: number) => `area-fill-${i}`;
const dotLayer = (i: number) => `label-dot-${i}`;
const lineLayer = (i: number) => `area-line-${i}`;
const areaSource = (i: number) => `areas-${i}`;
const labelSource = (i: number) => `labels-${i}`;
const EMPTY: FeatureCollection = { type: 'FeatureCollection', features: [] };

/** Which areas a collection holds: views with the same areas share a slot. */
export function areasKey(areas: FeatureCollection, points: FeatureCollection): string {
  const codes = (fc: FeatureCollection) => fc.features.map((f) => String(f.properties?.code)).join(',');
  return `${codes(areas)}|${codes(points)}`;
}

/**
 * The slot for `key`: the one holding it, else the least recently used one other than `current`.
 * `keys[i]` is the key slot i holds (null when empty), `used[i]` when it was last shown.
 */
export function chooseSlot(keys: (string | null)[], used: number[], key: string, current: number | null): { slot: number; load: boolean } {
  const held = keys.indexOf(key);
  if (held >= 0) return { slot: held, load: false };
  let slot = -1;
  for (let i = 0; i < keys.length; i++) {
    if (i === current) continue;
    if (slot < 0 || keys[i] === null || (keys[slot] !== null && used[i]! < used[slot]!)) slot = i;
    if (keys[i] === null) break;
  }
  return { slot, load: true };
}

function addSlotLayers(map: maplibregl.Map, i: number): void {
  // Outlines simplified to 1.5 px at each tile's zoom (maplibre's default 0.375): no visible change, and a
  // province's areas cost half as much per frame under software rendering (45 → 23 ms at 云南).
  map.addSource(areaSource(i), { type: 'geojson', data: EMPTY, promoteId: 'code', tolerance: 1.5 });
  map.addSource(labelSource(i), { type: 'geojson', data: EMPTY, promoteId: 'code' });
  map.addLayer({ id: fillLayer(i), type: 'fill', source: areaSource(i), paint: {
    'fill-color': FILL,
    'fill-opacity': ['case', ['boolean', ['feature-state', 'hover'], false], 0.95, 0.8],
  } });
  map.addLayer({ id: lineLayer(i), type: 'line', source: areaSource(i), paint: {
    'line-color': ['case', ['boolean', ['get', 'approximate'], false], '#8fb3d9', '#e6eef9'],
    'line-width': ['case', ['boolean', ['feature-state', 'hover'], false], 2.5, 1],
    'line-dasharray': ['case', ['boolean', ['get', 'approximate'], false], ['literal', [3, 2]], ['literal', [1, 0]]],
  } });
  map.addLayer({ id: dotLayer(i), type: 'circle', source: labelSource(i), filter: ['==', ['get', 'outline'], false], paint: {
    'circle-radius': 9, 'circle-color': FILL, 'circle-stroke-color': '#e6eef9', 'circle-stroke-width': 1.5,
  } });
}

/** The slots of one map: which view each holds, and the one shown. */
export class AreaSlots {
  private readonly keys: (string | null)[] = Array.from({ length: SLOT_COUNT }, () => null);
  private readonly used: number[] = Array.from({ length: SLOT_COUNT }, () => 0);
  private readonly loaded: Promise<unknown>[] = Array.from({ length: SLOT_COUNT }, () => Promise.resolve());
  private clock = 0;
  /** Each slot's tile managers (its two sources). */
  private readonly tiles: TileManager[][] = [];
  /** The hidden slot tiled ahead, and the camera it is tiled at (hiddenTiles.ts). */
  private ahead: { slot: number; camera: unknown } | null = null;
  /** The slot shown, null before the first view. */
  current: number | null = null;

  /** Whether the worker has the layers (as visible) and the main thread may hide them. */
  private sent = false;

  constructor(private readonly map: maplibregl.Map) {
    for (let i = 0; i < SLOT_COUNT; i++) {
      addSlotLayers(map, i);
      this.tiles[i] = [areaSource(i), labelSource(i)].flatMap((id) => tileManager(map, id) ?? []);
      for (const tm of this.tiles[i]!) tileAheadWhileHidden(tm, () => (this.ahead?.slot === i ? this.ahead.camera : null));
    }
    // The frame after adding them sends the layers to the worker.
    map.once('render', () => {
      this.sent = true;
      for (let i = 0; i < SLOT_COUNT; i++) this.setShown(i, i === this.current);
      restyle(map);
    });
  }

  private setShown(slot: number, shown: boolean): void {
    for (const id of [fillLayer(slot), lineLayer(slot), dotLayer(slot)]) {
      const layer = this.map.getLayer(id) as unknown as { setLayoutProperty(name: 'visibility', value: 'visible' | 'none'): void };
      layer.setLayoutProperty('visibility', shown ? 'visible' : 'none');
    }
    for (const tm of this.tiles[slot]!) setQuiet(tm, !shown);
  }

  /**
   * The slot for these areas, their outlines handed to maplibre's worker if the slot did not hold them;
   * `ready` settles once the worker has them.
   */
  prepare(areas: FeatureCollection, points: FeatureCollection): { slot: number; ready: Promise<unknown> } {
    const key = areasKey(areas, points);
    const { slot, load } = chooseSlot(this.keys, this.used, key, this.current);
    this.used[slot] = ++this.clock;
    if (load) {
      // A slot tiled ahead for other areas drops those tiles first (else the new data reloads each of them).
      if (this.ahead?.slot === slot) {
        const { camera } = this.ahead;
        this.ahead = null;
        for (const tm of this.tiles[slot]!) tm.update(camera);
      }
      this.keys[slot] = key;
      this.loaded[slot] = Promise.all([
        (this.map.getSource(areaSource(slot)) as maplibregl.GeoJSONSource).setData(areas),
        (this.map.getSource(labelSource(slot)) as maplibregl.GeoJSONSource).setData(points),
      ]);
    }
    return { slot, ready: this.loaded[slot]! };
  }

  /**
   * Have the worker tile the hidden `slot` at the camera `fitBounds(bounds, fit)` will move to, so that
   * showing it there finds its tiles loaded. One slot at a time: the previous one's tiles are dropped
   * (those loaded kept in its tile cache).
   */
  tileAhead(slot: number, bounds: maplibregl.LngLatBoundsLike, fit: maplibregl.FitBoundsOptions): void {
    if (slot === this.current || !this.sent) return;
    const camera = cameraFor(this.map, bounds, fit);
    if (camera === null) return;
    const was = this.ahead?.slot;
    this.ahead = { slot, camera };
    for (const i of was === undefined || was === slot ? [slot] : [was, slot]) {
      for (const tm of this.tiles[i]!) tm.update(camera);
    }
  }

  /**
   * The shown slot's layers that can be clicked, topmost first (maplibre answers a dot before the area under
   * it). A query must name only these: a hidden slot tiled ahead answers queries too, though not drawn.
   */
  clickable(): string[] {
    return this.current === null ? [] : [dotLayer(this.current), fillLayer(this.current)];
  }

  /** The shown slot's area layer. */
  fills(): string[] {
    return this.current === null ? [] : [fillLayer(this.current)];
  }

  /** Whether every tile the shown slot needs at the map's camera is loaded. */
  tilesLoaded(): boolean {
    return this.current === null || this.tiles[this.current]!.every((tm) => tm.areTilesLoaded());
  }

  /** Show `slot` and hide the one shown before. */
  show(slot: number): void {
    if (slot === this.current) return;
    // The slot tiled ahead is now shown (or not wanted): the next frame updates every source at the map's camera.
    this.ahead = null;
    if (this.sent) {
      if (this.current !== null) this.setShown(this.current, false);
      this.setShown(slot, true);
      restyle(this.map);
    }
    this.current = slot;
  }

  /** Colour the areas (and dots) of `slot`. */
  paint(slot: number, colors: Record<string, string>): void {
    for (const [id, color] of Object.entries(colors)) {
      this.map.setFeatureState({ source: areaSource(slot), id }, { color });
      this.map.setFeatureState({ source: labelSource(slot), id }, { color });
    }
  }
}
