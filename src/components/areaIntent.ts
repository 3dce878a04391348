import type * as maplibregl from 'maplibre-gl';

/** How long the pointer rests on an area before the view it opens is prefetched. */
export const REST_MS = 80;

/**
 * Report the area a click is about to open: the one the pointer rests on (REST_MS without moving),
 * or the one pressed (a press precedes its click by 50–150 ms, and a touch screen has no hover).
 * Each area is reported once while the pointer stays on it. The page scrolling under a still pointer
 * (which fires mousemove too) is no intent.
 */
export function watchAreaIntent(m: maplibregl.Map, layersNow: () => string[], onIntent: (code: string) => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let last: string | null = null;
  let at = '';
  const codeAt = (p: maplibregl.PointLike): string | null => {
    const layers = layersNow();
    if (!layers.length || !layers.every((l) => m.getLayer(l))) return null;
    const code = m.queryRenderedFeatures(p, { layers })[0]?.properties?.code as unknown;
    return typeof code === 'string' ? code : null;
  };
  const report = (code: string | null) => {
    if (code === null || code === last) return;
    last = code;
    onIntent(code);
  };
  const move = (e: maplibregl.MapMouseEvent) => {
    const o = e.originalEvent as MouseEvent | undefined;
    const screen = o ? `${o.screenX},${o.screenY}` : '';
    if (screen && screen === at) return;
    at = screen;
    clearTimeout(timer);
    timer = setTimeout(() => report(codeAt(e.point)), REST_MS);
  };
  const down = (e: maplibregl.MapMouseEvent) => report(codeAt(e.point));
  const out = () => {
    clearTimeout(timer);
    last = null;
  };
  m.on('mousemove', move);
  m.on('mousedown', down);
  m.on('mouseout', out);
  return () => {
    out();
    m.off('mousemove', move);
    m.off('mousedown', down);
    m.off('mouseout', out);
  };
}
