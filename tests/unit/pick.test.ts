import { describe, expect, it } from 'vitest';
import type { Layer } from '@deck.gl/core';
import { markAt, type PickShape, type Project } from '../../src/layers/pick';
import type { Mark } from '../../src/queries/marks';
import type { Disc } from '../../src/layers/discImage';

const mark = (id: string, lon: number, lat: number, extra: Partial<Mark> = {}): Mark =>
  ({ id, lon, lat, kind: null, weight: 1, score: null, size: null, path: null, ...extra });
// A layer as the factories build it, reduced to what the picker reads.
const layer = (id: string, props: { data?: Mark[]; pickShape?: PickShape; discs?: Disc<Mark>[]; visible?: boolean }) =>
  ({ id, props: { visible: true, ...props } }) as unknown as Layer;
// 10 pixels per degree, y down from latitude 10.
const project: Project = ([lon, lat]) => [lon * 10, (10 - lat) * 10];
const at = (layers: Layer[], x: number, y: number) => markAt(layers, project, x, y, [x / 10, 10 - y / 10])?.mark.id ?? null;

describe('picking marks on the CPU', () => {
  it('hits a dot within its radius (and two pixels of slack), the nearest when dots overlap', () => {
    const dots = layer('hazards-points', { data: [mark('a', 1, 9), mark('b', 1.5, 9)], pickShape: { radius: 5 } });
    expect(at([dots], 10, 10)).toBe('a');
    expect(at([dots], 4, 10)).toBe('a');
    expect(at([dots], 13, 10)).toBe('b');
    expect(at([dots], 10, 18)).toBeNull();
  });

  it('hits an icon above its point, moved by its pixel offset', () => {
    const icons = layer('duty-points', { data: [mark('r', 5, 5)], pickShape: { icon: 10, offset: [-9, -9] } });
    // The point is at (50, 50); the icon's centre is 9 px left, 9 px up, and half its size higher.
    expect(at([icons], 41, 36)).toBe('r');
    expect(at([icons], 50, 50)).toBeNull();
  });

  it('sizes icons by mark', () => {
    const icons = layer('sites-points', { data: [mark('big', 5, 5, { size: 5 }), mark('small', 8, 5)], pickShape: { icon: (m) => (m.size ? 32 : 8) } });
    expect(at([icons], 50, 20)).toBe('big');
    expect(at([icons], 80, 30)).toBeNull();
  });

  it('hits a line within half its width of any segment', () => {
    const road = mark('road', 0, 0, { path: { type: 'LineString', coordinates: [[1, 9], [5, 9], [5, 5]] } });
    const lines = layer('sites-lines', { data: [road], pickShape: { width: 4 } });
    expect(at([lines], 30, 13)).toBe('road');
    expect(at([lines], 53, 30)).toBe('road');
    expect(at([lines], 30, 20)).toBeNull();
  });

  it('takes the topmost layer, skips hidden layers and finds bins by their discs', () => {
    const under = layer('hazards-points', { data: [mark('under', 1, 9)], pickShape: { radius: 5 } });
    const over = layer('sites-points', { data: [mark('over', 1, 9)], pickShape: { radius: 5 } });
    const hidden = layer('enterprises-points', { data: [mark('hidden', 1, 9)], pickShape: { radius: 5 }, visible: false });
    expect(at([under, over, hidden], 10, 10)).toBe('over');
    const bin = mark('', 3, 7, { id: null, weight: 12 });
    const bins = layer('hazards-bins', { discs: [{ item: bin, lon: 3, lat: 7, r: 0.2, color: [255, 0, 0, 255] }] });
    expect(markAt([bins], project, 30, 30, [3, 7])?.mark.weight).toBe(12);
    expect(markAt([bins], project, 30, 30, [3.5, 7])).toBeNull();
  });
});
