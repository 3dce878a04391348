import type * as maplibregl from 'maplibre-gl';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { REST_MS, watchAreaIntent } from '../../src/components/areaIntent';

/** A map whose areas are vertical stripes 100 px wide, coded A, B, C… from the left. */
function fakeMap() {
  const handlers = new Map<string, ((e: unknown) => void)[]>();
  const map = {
    on: (type: string, f: (e: unknown) => void) => handlers.set(type, [...(handlers.get(type) ?? []), f]),
    off: (type: string, f: (e: unknown) => void) => handlers.set(type, (handlers.get(type) ?? []).filter((g) => g !== f)),
    getLayer: () => ({}),
    queryRenderedFeatures: (p: { x: number }) => [{ properties: { code: String.fromCharCode(65 + Math.floor(p.x / 100)) } }],
  };
  const fire = (type: string, x = 0) => (handlers.get(type) ?? []).forEach((f) => f({ point: { x, y: 0 } }));
  return { map: map as unknown as maplibregl.Map, fire, handlers };
}

describe('area intent', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('reports the area the pointer rests on, once, and not one it only passes over', () => {
    const { map, fire } = fakeMap();
    const seen: string[] = [];
    watchAreaIntent(map, () => ['area-fill'], (c) => seen.push(c));
    fire('mousemove', 50);
    vi.advanceTimersByTime(REST_MS / 2);
    fire('mousemove', 150);
    vi.advanceTimersByTime(REST_MS / 2);
    fire('mousemove', 250);
    expect(seen).toEqual([]);
    vi.advanceTimersByTime(REST_MS);
    expect(seen).toEqual(['C']);
    fire('mousemove', 260);
    vi.advanceTimersByTime(REST_MS);
    expect(seen).toEqual(['C']);
  });

  it('reports a pressed area at once, and the same area again after the pointer left the map', () => {
    const { map, fire } = fakeMap();
    const seen: string[] = [];
    watchAreaIntent(map, () => ['area-fill'], (c) => seen.push(c));
    fire('mousedown', 120);
    expect(seen).toEqual(['B']);
    fire('mouseout');
    fire('mousedown', 130);
    expect(seen).toEqual(['B', 'B']);
  });

  it('stops listening when unwatched', () => {
    const { map, fire, handlers } = fakeMap();
    const seen: string[] = [];
    const unwatch = watchAreaIntent(map, () => ['area-fill'], (c) => seen.push(c));
    fire('mousemove', 50);
    unwatch();
    vi.advanceTimersByTime(REST_MS * 2);
    fire('mousedown', 50);
    expect(seen).toEqual([]);
    expect([...handlers.values()].every((h) => h.length === 0)).toBe(true);
  });
});

describe('area intent under scrolling', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('ignores mousemove fired by the page scrolling under a still pointer', () => {
    const handlers = new Map<string, (e: unknown) => void>();
    const map = {
      on: (t: string, f: (e: unknown) => void) => handlers.set(t, f),
      off: () => undefined,
      getLayer: () => ({}),
      queryRenderedFeatures: (p: { x: number }) => [{ properties: { code: String(p.x) } }],
    } as unknown as maplibregl.Map;
    const seen: string[] = [];
    watchAreaIntent(map, () => ['area-fill'], (c) => seen.push(c));
    const move = (x: number, screenX: number) => handlers.get('mousemove')!({ point: { x, y: 0 }, originalEvent: { screenX, screenY: 5 } });
    move(10, 10);
    vi.advanceTimersByTime(REST_MS);
    expect(seen).toEqual(['10']);
    // The page scrolls: the content moves under the pointer, whose screen position does not change.
    move(40, 10);
    vi.advanceTimersByTime(REST_MS);
    expect(seen).toEqual(['10']);
    move(40, 11);
    vi.advanceTimersByTime(REST_MS);
    expect(seen).toEqual(['10', '40']);
  });
});
