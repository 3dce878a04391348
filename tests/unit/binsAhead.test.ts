import { describe, expect, it, vi } from 'vitest';
import { drawBinsAhead, markLayers } from '../../src/layers/marks';
import type { Mark, Marks } from '../../src/queries/marks';

// Node has no ImageData: count the images drawn instead.
let drawnImages = 0;
vi.stubGlobal('ImageData', class {
  constructor(readonly data: Uint8ClampedArray, readonly width: number, readonly height: number) {
    drawnImages++;
  }
});

const bins = (n: number): Marks => ({
  binned: true, total: n,
  marks: Array.from({ length: n }, (_, i): Mark => ({ id: null, lon: 100 + (i % 10) * 0.1, lat: 25 + Math.floor(i / 10) * 0.1, kind: null, weight: i + 1, score: null, size: null, path: null })),
});

describe('bins drawn ahead (while the pointer rests on an area)', () => {
  it('are not drawn again by the layers the click makes for the same answer at the same cell', () => {
    const answer = bins(40);
    drawnImages = 0;
    drawBinsAhead('hazards', answer, 0.1);
    expect(drawnImages).toBe(1);
    const layer = markLayers('hazards', answer, 0.1)[0]!;
    expect(drawnImages).toBe(1);
    expect((layer.props as unknown as { image: unknown }).image).toBeDefined();
  });

  it('are drawn again for another cell size (another level) or another answer', () => {
    const answer = bins(40);
    drawnImages = 0;
    drawBinsAhead('hazards', answer, 0.1);
    markLayers('hazards', answer, 0.03);
    markLayers('hazards', bins(40), 0.1);
    expect(drawnImages).toBe(3);
  });

  it('draw nothing for marks that are not binned, nor for the list layers (drawn their own way)', () => {
    drawnImages = 0;
    drawBinsAhead('hazards', { ...bins(5), binned: false }, 0.1);
    drawBinsAhead('basic', bins(5), 0.1);
    expect(drawnImages).toBe(0);
  });
});
