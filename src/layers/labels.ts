import { TextLayer } from '@deck.gl/layers';
import { THEME } from '../charts/theme';
import type { AreaLabel } from './areas';

/**
 * Glyphs are rasterised (as distance fields, for the outline) from local fonts the first time a name
 * shows them. Labels are drawn at 15 px, so the atlas's glyphs are 32 px, not deck.gl's default 64, with
 * buffer and radius halved and the outline with them (the same look): a quarter of the pixels, so a
 * province's new names cost a quarter of the 50 ms they took the first time.
 */
const FONT = { sdf: true, fontSize: 32, buffer: 2, radius: 6 };

/** Division names at their label points. */
export function labelLayer(labels: AreaLabel[]): TextLayer<AreaLabel> {
  return new TextLayer<AreaLabel>({
    id: 'division-labels',
    data: labels,
    getPosition: (d) => d.position,
    getText: (d) => d.name,
    getSize: 15,
    getColor: [255, 255, 255, 255],
    outlineWidth: 1.5,
    outlineColor: [10, 22, 38, 230],
    fontFamily: THEME.font,
    fontSettings: FONT,
    characterSet: 'auto',
    getPixelOffset: [0, -14],
    pickable: false,
  });
}
