import { countOf } from './danish-count';

describe('countOf', () => {
  it('uses the singular for one and the plural for every other count, zero too', () => {
    expect(countOf(1, 'celle', 'celler')).toBe('1 celle');
    expect(countOf(2, 'celle', 'celler')).toBe('2 celler');
    expect(countOf(0, 'celle', 'celler')).toBe('0 celler');
    expect(countOf(21, 'punkt', 'punkter')).toBe('21 punkter');
  });
});
