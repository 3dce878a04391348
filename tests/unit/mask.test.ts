import { describe, expect, it } from 'vitest';
import { maskPhone } from '../../src/components/mask';

describe('phone masking', () => {
  it('keeps only the first three and last four digits', () => {
    expect(maskPhone('13812345678')).toBe('138****5678');
    expect(maskPhone('138****5678')).toBe('138****5678');
    expect(maskPhone('0874-3123456')).toBe('087****3456');
    expect(maskPhone('12345')).toBe('****');
    expect(maskPhone(null)).toBe('');
  });
});
