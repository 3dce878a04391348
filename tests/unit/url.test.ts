import { describe, expect, it } from 'vitest';
import { decodeState, encodeState } from '../../src/state/url';
import { DEFAULT_STATE } from '../../src/state/types';

describe('URL state codec', () => {
  it('reads ?division without a version', () => {
    expect(decodeState('?division=530302').state.division).toBe('530302');
    expect(decodeState('?division=141128105').state.division).toBe('141128105');
  });

  it('round-trips state with filters in a stable order', () => {
    const state = {
      division: '530300', metric: 'overdue', filters: { sector: ['coal_mine', 'hazardous_chemicals'], month: ['2023-06'] },
      marks: ['sites'], lists: [], selected: 'hazards:H0000012', downstreamKm: 1, register: DEFAULT_STATE.register,
    };
    const search = encodeState(state);
    expect(search).toBe('?v=1&division=530300&metric=overdue&sector=coal_mine,hazardous_chemicals&month=2023-06&marks=sites&sel=hazards:H0000012');
    expect(decodeState(search).state).toEqual(state);
  });

  it('rejects malformed values and reports them instead of failing', () => {
    const { state, rejected } = decodeState("?division=53'0&sector=coal_mine,x;drop&v=9");
    expect(state.division).toBeNull();
    expect(state.filters.sector).toEqual(['coal_mine']);
    expect(rejected).toEqual(['v=9', "division=53'0", 'sector=x;drop']);
  });

  it('reads the four list layers and the register, in a canonical order', () => {
    const { state, rejected } = decodeState('?division=530302&lists=emergency,duty,bogus&reg=control&rq=%E7%85%A4%E7%9F%BF&rsort=-risk_level&rgap=1&dkm=5');
    expect(state.downstreamKm).toBe(5);
    expect(state.lists).toEqual(['duty', 'emergency']);
    expect(rejected).toEqual(['lists=bogus']);
    expect(state.register).toEqual({ tab: 'control', search: '煤矿', sort: '-risk_level', gapsOnly: true });
    expect(decodeState(encodeState(state)).state).toEqual(state);
    expect(decodeState('?sel=risks:R5303020010001-1').state.selected).toBe('risks:R5303020010001-1');
    expect(decodeState('?reg=nope&rsort=x;y').rejected).toEqual(['reg=nope', 'rsort=x;y']);
  });

  it('treats an empty query as the national default', () => {
    expect(decodeState('').state).toEqual(DEFAULT_STATE);
  });
});
