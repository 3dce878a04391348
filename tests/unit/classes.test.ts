import { describe, expect, it } from 'vitest';
import { classify, countBreaks, NO_DATA } from '../../src/layers/classes';
import { metricDef } from '../../src/queries/metrics';

describe('choropleth classes', () => {
  it('breaks counts at rounded quantiles, strictly increasing', () => {
    const values = Array.from({ length: 100 }, (_, i) => i * 37 + 5);
    const b = countBreaks(values);
    expect(b.length).toBe(4);
    expect([...b].sort((x, y) => x - y)).toEqual(b);
    expect(new Set(b).size).toBe(b.length);
  });

  it('gives zero its own class and the top value the darkest colour', () => {
    const c = classify(metricDef('hazards_found'), [0, 1, 10, 100, 1000, 5000]);
    expect(c.colorOf(0)).toBe(c.legend[0]!.color);
    expect(c.colorOf(5000)).toBe(c.legend[c.legend.length - 1]!.color);
    expect(c.colorOf(5000)).not.toBe(c.colorOf(1));
  });

  it('uses fixed breaks for rates and the four colours for risk levels', () => {
    const r = classify(metricDef('rectification_rate'), [0.5, 0.99]);
    expect(r.colorOf(0.5)).not.toBe(r.colorOf(0.99));
    expect(r.colorOf(null)).toBe(NO_DATA);
    const l = classify(metricDef('risk_level'), [1, 2, 3, 4]);
    expect(l.legend.map((e) => e.label.slice(0, 2))).toEqual(['重大', '较大', '一般', '低风', '无风']);
  });
});
