// Pure: which mark lies under a screen point, found on the CPU. deck.gl's GPU picking reads pixels back,
// which under software rendering waits for every frame still queued (50–300 ms a click), and its first pick
// of a session built its picking buffer behind a `getError` that waited over a second. Mark layers are
// bounded (a few thousand marks), so projecting them on a click or a resting pointer costs 1–3 ms.
import type { Layer } from '@deck.gl/core';
import type { LineString } from 'geojson';
import type { Mark } from '../queries/marks';
import { discAt, type Disc } from './discImage';

type Size = number | ((m: Mark) => number);
/**
 * How a layer's marks are hit, in screen pixels: dots by their radius, icons by their size (deck.gl's icons sit
 * above their point: the anchor is the bottom edge), both moved by a pixel offset; lines by their width.
 */
export type PickShape = { radius: Size; offset?: [number, number] } | { icon: Size; offset?: [number, number] } | { width: number };

const sizeOf = (s: Size, m: Mark) => (typeof s === 'number' ? s : s(m));

/** The extra prop a mark layer carries so the CPU picker can find its marks. */
export type Pickable = { pickShape: PickShape };

/** A mark found under the pointer, and the id of the layer it is drawn by (`hazards-points`, `basic-bins`…). */
export interface MarkHit { layer: string; mark: Mark }

interface PickProps { pickShape?: PickShape; discs?: Disc<Mark>[]; data?: unknown }

export type Project = (lonLat: [number, number]) => [number, number];

/** Pixels of slack around a mark: a pointer a little off a 4-pixel dot still hits it. */
const SLACK = 2;

function segmentDistance(p: [number, number], a: [number, number], b: [number, number]): number {
  const dx = b[0] - a[0], dy = b[1] - a[1];
  const len2 = dx * dx + dy * dy;
  const t = len2 ? Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / len2)) : 0;
  return Math.hypot(p[0] - a[0] - t * dx, p[1] - a[1] - t * dy);
}

/** The nearest of a layer's marks under the point, or null. */
function hitIn(shape: PickShape, marks: Mark[], project: Project, p: [number, number]): Mark | null {
  let best: Mark | null = null;
  let bestD = Infinity;
  for (const m of marks) {
    let d: number;
    if ('width' in shape) {
      const line = (m.path as LineString | null)?.coordinates ?? [];
      const pts = line.map((c) => project([c[0]!, c[1]!]));
      d = Infinity;
      for (let i = 1; i < pts.length; i++) d = Math.min(d, segmentDistance(p, pts[i - 1]!, pts[i]!));
      d -= shape.width / 2;
    } else {
      const [x, y] = project([m.lon, m.lat]);
      const [ox, oy] = shape.offset ?? [0, 0];
      const r = 'icon' in shape ? sizeOf(shape.icon, m) / 2 : sizeOf(shape.radius, m);
      d = Math.hypot(p[0] - x - ox, p[1] - y - oy + ('icon' in shape ? r : 0)) - r;
    }
    if (d <= SLACK && d < bestD) {
      best = m;
      bestD = d;
    }
  }
  return best;
}

/** The mark under a screen point, topmost layer first (bins by their discs, the rest by their shapes). */
export function markAt(layers: Layer[], project: Project, x: number, y: number, lonLat: [number, number]): MarkHit | null {
  for (let i = layers.length - 1; i >= 0; i--) {
    const layer = layers[i]!;
    if (layer.props.visible === false) continue;
    const { pickShape, discs, data } = layer.props as PickProps;
    const hit = discs ? discAt(discs, lonLat[0], lonLat[1])?.item ?? null
      : pickShape && Array.isArray(data) ? hitIn(pickShape, data as Mark[], project, [x, y]) : null;
    if (hit) return { layer: layer.id, mark: hit };
  }
  return null;
}
