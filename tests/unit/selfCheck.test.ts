import { describe, expect, it } from 'vitest';
import { orderSelfCheck, selfCheckOption } from '../../src/charts/selfCheck';

const rows = [
  { code: '530100', name: '昆明市', self: 30, dept: 70 },
  { code: '530300', name: '曲靖市', self: 80, dept: 20 },
  { code: '530400', name: '玉溪市', self: 0, dept: 0 },
  { code: '530500', name: '保山市', self: 1, dept: 2 },
];

describe('self-check vs inspection chart', () => {
  it('draws shares that add up to 100 %, lowest self-check share on top, places without hazards left out', () => {
    const option = selfCheckOption(rows) as { yAxis: { data: string[] }; series: { data: number[] }[] };
    // ECharts draws the first category at the bottom.
    expect(option.yAxis.data).toEqual(['曲靖市', '保山市', '昆明市']);
    expect(option.series[0]!.data).toEqual([80, 33.3, 30]);
    option.series[0]!.data.forEach((v, i) => expect(v + option.series[1]!.data[i]!).toBeCloseTo(100, 0));
    expect(orderSelfCheck(rows).map((r) => r.code)).toEqual(['530300', '530500', '530100']);
  });
});
