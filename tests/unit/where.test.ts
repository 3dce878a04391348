import { describe, expect, it } from 'vitest';
import { compileWhere } from '../../src/queries/where';
import { levelOfCode } from '../../src/queries/division';
import { DEFAULT_STATE } from '../../src/state/types';

describe('filter compiler', () => {
  it('picks the code column by the shape of the division code', () => {
    expect(levelOfCode('530000')).toBe('province');
    expect(levelOfCode('530300')).toBe('city');
    expect(levelOfCode('530302')).toBe('county');
    expect(levelOfCode('141128105')).toBe('town');
    expect(compileWhere({ ...DEFAULT_STATE, division: '141128105' }, 'hazards')).toBe("town_code = '141128105'");
  });

  it('applies only the dimensions a table has, and leaves out the excepted one', () => {
    const state = { ...DEFAULT_STATE, division: '530300', filters: { sector: ['coal_mine'], source: ['self_check'], month: ['2023-06'] } };
    expect(compileWhere(state, 'enterprises')).toBe("city_code = '530300' AND sector IN ('coal_mine')");
    expect(compileWhere(state, 'hazards', { except: 'sector' })).toBe(
      "city_code = '530300' AND source IN ('self_check') AND (found_date >= DATE '2023-06-01' AND found_date < DATE '2023-07-01')",
    );
  });

  it('turns months into date ranges, December into the next year, and drops malformed months', () => {
    const at = (month: string[]) => compileWhere({ ...DEFAULT_STATE, filters: { month } }, 'enforcement');
    expect(at(['2023-12', '2024-01'])).toBe(
      "(date >= DATE '2023-12-01' AND date < DATE '2024-01-01' OR date >= DATE '2024-01-01' AND date < DATE '2024-02-01')",
    );
    expect(at(['2023年5月', '2023-13'])).toBe('FALSE');
  });

  it('is TRUE with no jurisdiction and no filters', () => {
    expect(compileWhere(DEFAULT_STATE, 'hazards')).toBe('TRUE');
  });
});
