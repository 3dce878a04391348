// Pure factory: one mark of every kind the map draws, at a point, all but transparent. Kept in the
// layer list for the session:
// - each layer's draw state is built once the page is idle, not on the first drill: under software
//   rendering (SwiftShader) the first draw of a new program and vertex layout compiles its routines,
//   1.5–2 s that used to land on the first click into a city;
// - each shader program stays linked: luma.gl destroys a program when no layer uses it, and linking
//   one again costs 0.3 s under software rendering.
// The marks must come from the same factories as the real ones (same accessors, so the same vertex
// layout); a hidden layer is never drawn and a constant colour is a different layout.
import type { Layer } from '@deck.gl/core';
import type { LineString } from 'geojson';
import { markLayers } from './marks';
import type { Mark, Marks } from '../queries/marks';

/** Drawn, so its state is built, but adds at most a quarter of a level to any pixel. */
export const WARM_OPACITY = 0.001;

function one(at: [number, number], kind: string, path: LineString | null = null): Mark {
  return { id: null, lon: at[0], lat: at[1], kind, weight: 1, score: null, size: null, path };
}

const marks = (list: Mark[]): Marks => ({ binned: false, total: list.length, marks: list });

export function warmLayers(at: [number, number]): Layer[] {
  const road: LineString = { type: 'LineString', coordinates: [at, [at[0] + 0.01, at[1] + 0.01]] };
  const layers = [
    ...markLayers('sites', marks([one(at, 'waterside_cliff_road', road), one(at, 'tailings_dam')]), 0.1),
    ...markLayers('hazards', marks([one(at, 'open')]), 0.1),
    ...markLayers('basic', marks([one(at, 'major')]), 0.1),
  ];
  const hidden = markLayers('hazards', { binned: true, total: 0, marks: [] }, 0.1);
  return [
    ...layers.map((l) => l.clone({ id: `warm-${l.id}`, opacity: WARM_OPACITY, pickable: false, pickShape: undefined } as never)),
    ...hidden.map((l) => l.clone({ id: `warm-${l.id}`, visible: false, pickable: false })),
  ];
}
