import { isIsoDate, IsoDate } from '../validation/iso-date';
import { DANISH_TIME_ZONE } from './danish-time';

// Wall-clock times in Denmark (Europe/Copenhagen) as instants and back, summer time included, without a library:
// a deadline such as «24. august kl. 12.00» is typed as a date and an hour, and compared as an instant.

/** A clock time written "HH:MM" (24 hours). */
export type ClockTime = string;

const CLOCK_TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;

const PARTS = new Intl.DateTimeFormat('en-GB', {
  timeZone: DANISH_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** True for a clock time "HH:MM" from 00:00 to 23:59. */
export function isClockTime(value: unknown): value is ClockTime {
  return typeof value === 'string' && CLOCK_TIME.test(value);
}

/** The Danish calendar date and clock time of an instant: { date: "2025-08-24", time: "12:00" }. */
export function copenhagenLocal(instant: Date): { date: IsoDate; time: ClockTime } {
  const parts = Object.fromEntries(PARTS.formatToParts(instant).map((part) => [part.type, part.value]));
  return { date: `${parts['year']}-${parts['month']}-${parts['day']}`, time: `${parts['hour']}:${parts['minute']}` };
}

// Minutes Copenhagen is ahead of UTC at an instant (60 in winter, 120 in summer).
function offsetMinutes(instant: number): number {
  const { date, time } = copenhagenLocal(new Date(instant));
  const asUtc = Date.parse(`${date}T${time}:00Z`);
  return Math.round((asUtc - (instant - (instant % 60_000))) / 60_000);
}

/**
 * The instant of a Danish date and clock time, or null when that time does not exist (the hour skipped when summer
 * time begins) or the date or time is malformed. In the hour repeated when summer time ends, the first is meant.
 */
export function copenhagenInstant(date: IsoDate, time: ClockTime): Date | null {
  if (!isIsoDate(date) || !isClockTime(time)) return null;
  const wall = Date.parse(`${date}T${time}:00Z`);
  // The offset before and after a change of summer time; the earlier instant that shows this wall time wins.
  const candidates = [offsetMinutes(wall - 3 * 3_600_000), offsetMinutes(wall + 3 * 3_600_000)]
    .map((offset) => wall - offset * 60_000)
    .filter((instant) => {
      const local = copenhagenLocal(new Date(instant));
      return local.date === date && local.time === time;
    })
    .sort((a, b) => a - b);
  return candidates.length > 0 ? new Date(candidates[0] as number) : null;
}

/** The instant the same Danish clock time, `days` calendar days later (across a change of summer time too). */
export function addCopenhagenDays(instant: Date, days: number): Date {
  const { date, time } = copenhagenLocal(instant);
  const next = new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
  // A clock time the later day skips (02:30 on the day summer time begins) moves an hour on.
  return copenhagenInstant(next, time) ?? new Date(instant.getTime() + days * 86_400_000);
}
