import { isIsoDate } from './iso-date';

describe('isIsoDate', () => {
  it.each(['2025-03-17', '2024-02-29', '2025-12-31', '2026-01-01'])('accepts %s', (value) => {
    expect(isIsoDate(value)).toBe(true);
  });

  it.each([
    ['impossible day', '2025-02-30'],
    ['not a leap year', '2025-02-29'],
    ['month 13', '2025-13-01'],
    ['Danish order', '17-03-2025'],
    ['with time', '2025-03-17T10:00:00Z'],
    ['missing zero', '2025-3-17'],
    ['empty', ''],
  ])('refuses %s', (_why, value) => {
    expect(isIsoDate(value)).toBe(false);
  });

  it('refuses values that are not text', () => {
    expect(isIsoDate(20250317)).toBe(false);
    expect(isIsoDate(null)).toBe(false);
  });
});
