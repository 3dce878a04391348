import { describe, expect, it } from 'vitest';
import { formatCount, formatMonth, formatMonthSpan, formatPercent, formatWan } from '../../src/components/format';

describe('zh-CN formats', () => {
  it('writes large counts in 万', () => {
    expect(formatCount(191200)).toBe('19.12万');
    expect(formatCount(3160)).toBe('3,160');
  });
  it('writes percentages, money and months the Chinese way', () => {
    expect(formatPercent(0.7766)).toBe('77.7%');
    expect(formatPercent(null)).toBe('—');
    expect(formatWan(70000)).toBe('7亿元');
    expect(formatWan(12.5)).toBe('12.5万元');
    expect(formatMonth('2023-05')).toBe('2023年5月');
  });
  it('says the year of a span of months once when both ends share it', () => {
    expect(formatMonthSpan('2024-01', '2024-03')).toBe('2024年1—3月');
    expect(formatMonthSpan('2023-05', '2024-03')).toBe('2023年5月—2024年3月');
    expect(formatMonthSpan('2024-02', '2024-02')).toBe('2024年2月');
  });
});
