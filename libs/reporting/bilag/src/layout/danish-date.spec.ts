import { danishDateTime, danishIsoDate, danishLongDate } from './danish-date';

describe('Danish dates', () => {
  it('prints a moment in Copenhagen time, winter (UTC+1) and summer (UTC+2)', () => {
    expect(danishDateTime(new Date('2026-11-23T13:05:00Z'))).toBe('23.11.2026 kl. 14:05');
    expect(danishDateTime(new Date('2025-06-01T22:30:00Z'))).toBe('02.06.2025 kl. 00:30');
  });

  it('writes dates in words', () => {
    expect(danishLongDate(new Date('2026-11-23T13:05:00Z'))).toBe('23. november 2026');
    expect(danishIsoDate('2025-09-24')).toBe('24. september 2025');
    expect(danishIsoDate('2025-05-01')).toBe('1. maj 2025');
  });

  it('prints a text that is not an ISO date as given', () => {
    expect(danishIsoDate('efteråret 2025')).toBe('efteråret 2025');
  });
});
