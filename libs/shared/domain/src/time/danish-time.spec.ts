import { danishDateTime, danishIsoDate, danishLongDate, danishLongDateTime, danishTime } from './danish-time';

describe('Danish time', () => {
  it('puts a full stop between hours and minutes', () => {
    expect(danishTime(new Date('2026-11-23T17:14:00Z'))).toBe('18.14');
    expect(danishDateTime(new Date('2026-11-23T17:14:00Z'))).toBe('23.11.2026 kl. 18.14');
    expect(danishLongDateTime('2026-11-23T17:14:00Z')).toBe('23. november 2026 kl. 18.14');
  });

  it('shows a moment in Copenhagen time, winter (UTC+1) and summer (UTC+2)', () => {
    expect(danishDateTime(new Date('2026-11-23T13:05:00Z'))).toBe('23.11.2026 kl. 14.05');
    expect(danishDateTime(new Date('2025-06-01T22:30:00Z'))).toBe('02.06.2025 kl. 00.30');
  });

  it('follows the changes to and from summer time, midnight on a 24-hour clock', () => {
    // 30 March 2025: 02.00 CET became 03.00 CEST; 26 October 2025: 03.00 CEST became 02.00 CET.
    expect(danishTime('2025-03-30T00:59:00Z')).toBe('01.59');
    expect(danishTime('2025-03-30T01:00:00Z')).toBe('03.00');
    expect(danishTime('2025-10-26T00:30:00Z')).toBe('02.30');
    expect(danishTime('2025-10-26T01:30:00Z')).toBe('02.30');
    expect(danishDateTime('2025-12-31T23:00:00Z')).toBe('01.01.2026 kl. 00.00');
  });

  it('writes dates in words', () => {
    expect(danishLongDate(new Date('2026-11-23T13:05:00Z'))).toBe('23. november 2026');
    expect(danishLongDate('2026-06-30T22:30:00Z')).toBe('1. juli 2026');
    expect(danishIsoDate('2025-09-24')).toBe('24. september 2025');
    expect(danishIsoDate('2025-05-01')).toBe('1. maj 2025');
  });

  it('gives a text that is not an ISO date back as it is', () => {
    expect(danishIsoDate('efteråret 2025')).toBe('efteråret 2025');
  });
});
