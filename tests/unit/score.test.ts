import { describe, expect, it } from 'vitest';
import { compositeScore, RED_FLAGS, type ScoreInput } from '../../src/domain/score';

const base: ScoreInput = {
  found: 100, rectified: 80, self_found: 40, dept_found: 60, overdue: 5, supervised: 10, supervised_rectified: 5,
  dept_penalized: 30, enforcement: 12, fines_wan: 30, repeat_offenders: 0, accidents_3y: 0,
};

describe('composite score', () => {
  it('follows the documented weights (computed by hand)', () => {
    // 35*0.8 + 20*0.5 + 20*(1-0.05) + 15*0.5 + 10*0.4 = 28 + 10 + 19 + 7.5 + 4 = 68.5
    expect(compositeScore(base)).toBe(68.5);
    expect(compositeScore({ ...base, found: 0, rectified: 0 })).toBe(0);
  });

  it('rises with rectification and falls with overdue hazards', () => {
    expect(compositeScore({ ...base, rectified: 95 })).toBeGreaterThan(compositeScore(base));
    expect(compositeScore({ ...base, overdue: 30 })).toBeLessThan(compositeScore(base));
  });
});

describe('red flags', () => {
  const flags = (r: ScoreInput) => RED_FLAGS.filter((f) => f.test(r)).map((f) => f.key);
  it('flags zero enforcement, blind self-checks, overdue and repeat offenders', () => {
    expect(flags(base)).toEqual(['overdue']);
    expect(flags({ ...base, enforcement: 0, fines_wan: 0, self_found: 0, repeat_offenders: 2 })).toEqual([
      'zero_enforcement', 'overdue', 'repeat_offenders', 'self_check_blind',
    ]);
    expect(flags({ ...base, found: 0, self_found: 0, dept_found: 0, overdue: 0 })).toEqual(['no_hazards']);
  });
});
