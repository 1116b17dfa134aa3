import * as fc from 'fast-check';
import { addCopenhagenDays, copenhagenInstant, copenhagenLocal, isClockTime } from './copenhagen-clock';

describe('Danish wall-clock times as instants', () => {
  it('reads a date and hour in winter (UTC+1) and in summer (UTC+2)', () => {
    expect(copenhagenInstant('2025-08-24', '12:00')?.toISOString()).toBe('2025-08-24T10:00:00.000Z');
    expect(copenhagenInstant('2025-12-01', '08:30')?.toISOString()).toBe('2025-12-01T07:30:00.000Z');
    expect(copenhagenLocal(new Date('2025-08-24T10:00:00Z'))).toEqual({ date: '2025-08-24', time: '12:00' });
  });

  it('has no 02:30 on the night summer time begins, and takes the first 02:30 of the night it ends', () => {
    expect(copenhagenInstant('2025-03-30', '02:30')).toBeNull();
    expect(copenhagenInstant('2025-03-30', '03:00')?.toISOString()).toBe('2025-03-30T01:00:00.000Z');
    expect(copenhagenInstant('2025-10-26', '02:30')?.toISOString()).toBe('2025-10-26T00:30:00.000Z');
  });

  it('refuses what is not a date and a clock time', () => {
    expect(copenhagenInstant('2025-02-30', '12:00')).toBeNull();
    expect(copenhagenInstant('2025-08-24', '24:00')).toBeNull();
    expect(copenhagenInstant('24.08.2025', '12:00')).toBeNull();
    expect([isClockTime('00:00'), isClockTime('23:59'), isClockTime('7:00'), isClockTime('12.00'), isClockTime(1200)]).toEqual([
      true,
      true,
      false,
      false,
      false,
    ]);
  });

  it('gives every minute back from its wall time (the earlier one in the repeated hour)', () => {
    const minutes = fc.integer({ min: Date.UTC(2020, 0, 1) / 60_000, max: Date.UTC(2035, 0, 1) / 60_000 }).map((minute) => new Date(minute * 60_000));
    fc.assert(
      fc.property(minutes, (instant) => {
        const { date, time } = copenhagenLocal(instant);
        const back = copenhagenInstant(date, time) as Date;
        // In the repeated hour of October the wall time names two instants an hour apart; the first is taken.
        expect([0, 3_600_000]).toContain(instant.getTime() - back.getTime());
        expect(copenhagenLocal(back)).toEqual({ date, time });
      }),
    );
  });

  it('adds calendar days at the same Danish clock time, across a change of summer time', () => {
    expect(addCopenhagenDays(new Date('2025-08-18T10:00:00Z'), 6).toISOString()).toBe('2025-08-24T10:00:00.000Z');
    // 23 October 12.00 summer time + 6 days = 29 October 12.00 winter time: 6 days and an hour.
    expect(addCopenhagenDays(new Date('2025-10-23T10:00:00Z'), 6).toISOString()).toBe('2025-10-29T11:00:00.000Z');
    // 02.30 does not exist on 30 March 2025: an hour on.
    expect(copenhagenLocal(addCopenhagenDays(copenhagenInstant('2025-03-29', '02:30') as Date, 1))).toEqual({ date: '2025-03-30', time: '03:30' });
  });
});
