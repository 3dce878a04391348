import { TextLayer } from '@deck.gl/layers';
import type { FeatureCollection, Point } from 'geojson';
import { THEME } from '../charts/theme';

interface Label {
  position: [number, number];
  text: string;
}

/** Division names at their label points; CJK glyphs are rasterised from local fonts. */
export function labelLayer(labels: FeatureCollection): TextLayer<Label> {
  const data: Label[] = labels.features.map((f) => ({
    position: (f.geometry as Point).coordinates as [number, number],
    text: String(f.properties?.name ?? ''),
  }));
  return new TextLayer<Label>({
    id: 'division-labels',
    data,
    getPosition: (d) => d.position,
    getText: (d) => d.text,
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
