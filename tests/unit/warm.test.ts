import { describe, expect, it, vi } from 'vitest';
import type { Layer } from '@deck.gl/core';
import { warmLayers, WARM_OPACITY } from '../../src/layers/warm';
import { markLayers } from '../../src/layers/marks';
import { markAt } from '../../src/layers/pick';
import type { Mark } from '../../src/queries/marks';

// The symbol atlas is drawn on a canvas; the layers only hold it.
vi.mock('../../src/layers/symbols', async (original) => ({ ...(await original<object>()), symbolAtlas: () => ({}) }));

const mark = (kind: string, extra: Partial<Mark> = {}): Mark =>
  ({ id: 'x', lon: 103.8, lat: 25.5, kind, weight: 1, score: null, size: null, path: null, ...extra });
const road = { type: 'LineString' as const, coordinates: [[103.8, 25.5], [103.9, 25.6]] };

/** Which props are per-mark accessors: a function is a vertex attribute per instance, a constant is not. */
function layout(l: Layer): string {
  const props = l.props as unknown as Record<string, unknown>;
  return Object.keys(props).filter((k) => /^get[A-Z]/.test(k)).sort().map((k) => `${k}:${typeof props[k] === 'function' ? 'f' : 'c'}`).join(' ');
}

describe('warm layers (every draw state built before the first drill)', () => {
  const warm = warmLayers([103.8, 25.5]);
  const real = [
    ...markLayers('sites', { binned: false, total: 2, marks: [mark('steep_downgrade', { path: road }), mark('tailings_dam')] }, 0.1),
    ...markLayers('hazards', { binned: false, total: 1, marks: [mark('open')] }, 0.1),
    ...markLayers('enterprises', { binned: false, total: 1, marks: [mark('major')] }, 0.1),
    ...markLayers('basic', { binned: false, total: 1, marks: [mark('major')] }, 0.1),
    ...markLayers('duty', { binned: false, total: 1, marks: [mark('none')] }, 0.1),
  ];

  it('draws a mark with the same layer class and accessors as each real layer kind', () => {
    for (const r of real) {
      const twin = warm.find((w) => w.constructor === r.constructor && layout(w) === layout(r) && w.props.visible !== false);
      expect(twin, `${r.id}: ${layout(r)}`).toBeDefined();
      expect((twin!.props.data as unknown[]).length).toBeGreaterThan(0);
      expect(twin!.props.opacity).toBe(WARM_OPACITY);
    }
  });

  it('is all but invisible and cannot be clicked', () => {
    expect(WARM_OPACITY * 255).toBeLessThan(0.5);
    const project = ([lon, lat]: [number, number]): [number, number] => [lon * 100, -lat * 100];
    const [x, y] = project([103.8, 25.5]);
    expect(markAt(warm, project, x, y, [103.8, 25.5])).toBeNull();
    expect(markAt(real, project, x, y, [103.8, 25.5])).not.toBeNull();
  });
});
