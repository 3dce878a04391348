// Pure factory: one empty, hidden layer of every kind the map draws. Kept in the layer list for the
// session so each shader program is linked once: luma.gl destroys a program when no layer uses it,
// and linking one again costs 0.3 s under software rendering (a drill from 曲靖 back to 云南 and
// down again re-linked the site lines each time).
import type { Layer } from '@deck.gl/core';
import { markLayers } from './marks';

const EMPTY = { binned: false, total: 0, marks: [] };

export function warmLayers(): Layer[] {
  const layers = [
    ...markLayers('sites', EMPTY, 0.1),
    ...markLayers('hazards', EMPTY, 0.1),
    ...markLayers('hazards', { ...EMPTY, binned: true }, 0.1),
    ...markLayers('basic', EMPTY, 0.1),
  ];
  return layers.map((l) => l.clone({ id: `warm-${l.id}`, visible: false, pickable: false }));
}
