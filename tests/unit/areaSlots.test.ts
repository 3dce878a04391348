import { describe, expect, it } from 'vitest';
import type { FeatureCollection } from 'geojson';
import { areasKey, chooseSlot } from '../../src/components/areaSlots';

const fc = (...codes: string[]): FeatureCollection => ({
  type: 'FeatureCollection',
  features: codes.map((code) => ({ type: 'Feature', geometry: { type: 'Point', coordinates: [0, 0] }, properties: { code } })),
});

describe('area slots', () => {
  it('returns to the slot that holds the same areas, without loading them again', () => {
    expect(chooseSlot(['a', 'b', null], [1, 2, 0], 'b', 0)).toEqual({ slot: 1, load: false });
    expect(chooseSlot(['a', 'b', null], [1, 2, 0], 'a', 0)).toEqual({ slot: 0, load: false });
  });

  it('fills an empty slot before replacing one', () => {
    expect(chooseSlot(['a', null, null], [1, 0, 0], 'c', 0)).toEqual({ slot: 1, load: true });
    expect(chooseSlot([null, null], [0, 0], 'a', null)).toEqual({ slot: 0, load: true });
  });

  it('replaces the least recently shown slot, never the one on screen', () => {
    expect(chooseSlot(['a', 'b', 'c'], [5, 3, 4], 'd', 0)).toEqual({ slot: 1, load: true });
    // The oldest is on screen: the next oldest goes.
    expect(chooseSlot(['a', 'b', 'c'], [1, 3, 2], 'd', 0)).toEqual({ slot: 2, load: true });
  });

  it('keys a view by its areas and label points, not by the objects holding them', () => {
    expect(areasKey(fc('53', '52'), fc('53', '52'))).toBe(areasKey(fc('53', '52'), fc('53', '52')));
    expect(areasKey(fc('53'), fc('53'))).not.toBe(areasKey(fc('52'), fc('52')));
    // A town shown only as a dot still tells two views apart.
    expect(areasKey(fc('1'), fc('1', '2'))).not.toBe(areasKey(fc('1'), fc('1')));
  });
});
