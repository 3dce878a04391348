import { TextLayer } from '@deck.gl/layers';
import { THEME } from '../charts/theme';
import type { AreaLabel } from './areas';

/** Division names at their label points; CJK glyphs are rasterised from local fonts. */
export function labelLayer(labels: AreaLabel[]): TextLayer<AreaLabel> {
  return new TextLayer<AreaLabel>({
    id: 'division-labels',
    data: labels,
    getPosition: (d) => d.position,
    getText: (d) => d.name,
    getSize: 15,
    getColor: [255, 255, 255, 255],
    outlineWidth: 3,
    outlineColor: [10, 22, 38, 230],
    fontFamily: THEME.font,
    fontSettings: { sdf: true },
    characterSet: 'auto',
    getPixelOffset: [0, -14],
    pickable: false,
  });
}
