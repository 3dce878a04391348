// Pure factory: a layer's SQL bins as one bitmap (see discImage.ts for why not one instance per bin).
import { BitmapLayer } from '@deck.gl/layers';
import type { Layer } from '@deck.gl/core';
import type { Mark } from '../queries/marks';
import { rasterizeDiscs, type Disc } from './discImage';

/** Image pixels per grid cell: about the screen's at the level the cell size is meant for (a province's 0.1°
 * cells are 8–9 screen pixels on a 1600-pixel screen). Drawing is on the main thread: 2,333 bins at 8 take 5 ms. */
const PX_PER_CELL = 8;

/** The image holds premultiplied colours; deck.gl's WebGL default blending expects straight ones (luma.gl
 * applies the factors only with an operation set). */
const PREMULTIPLIED = {
  blend: true, blendColorOperation: 'add', blendAlphaOperation: 'add',
  blendColorSrcFactor: 'one', blendColorDstFactor: 'one-minus-src-alpha',
  blendAlphaSrcFactor: 'one', blendAlphaDstFactor: 'one-minus-src-alpha',
} as const;

type BinProps = { discs: Disc<Mark>[] };
interface Drawn { discs: Disc<Mark>[]; image: ImageData | null; bounds: [number, number, number, number] }

/** Images already drawn, by the marks they show (answers are decoded once, so a view returned to reuses its image). */
const drawn = new WeakMap<Mark[], Map<string, Drawn>>();

function draw(marks: Mark[], toDisc: (m: Mark) => Disc<Mark>, cellDeg: number): Drawn {
  const discs = marks.map(toDisc);
  const img = rasterizeDiscs(discs, PX_PER_CELL / cellDeg);
  return { discs, image: img && new ImageData(img.data, img.width, img.height), bounds: img?.bounds ?? [0, 0, 0, 0] };
}

/** A layer's bins as one image; `toDisc` must depend only on the marks (the image is reused for the same marks). */
export function binImageLayer(id: string, marks: Mark[], toDisc: (m: Mark) => Disc<Mark>, cellDeg: number): Layer {
  const byLayer = drawn.get(marks) ?? new Map<string, Drawn>();
  drawn.set(marks, byLayer);
  const key = `${id}@${cellDeg}`;
  const d = byLayer.get(key) ?? draw(marks, toDisc, cellDeg);
  byLayer.set(key, d);
  return new BitmapLayer<BinProps>({ id, discs: d.discs, pickable: false, parameters: PREMULTIPLIED, textureParameters: { mipmapFilter: 'none' }, image: d.image, bounds: d.bounds });
}

/** Marks sent to the GPU by a layer of bins: one image, or nothing. */
export function binCount(layer: Layer): number {
  return (layer.props as Partial<BinProps>).discs?.length ? 1 : 0;
}
