// Moments as Danish readers write them, always in Danish time (Europe/Copenhagen), whatever the machine's time zone.
const MONTHS = ['januar', 'februar', 'marts', 'april', 'maj', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'december'];

/** The time zone every moment is shown in. */
export const DANISH_TIME_ZONE = 'Europe/Copenhagen';

// Only the numeric parts are taken from Intl, so the output never depends on the locale data's punctuation.
const NUMERIC = new Intl.DateTimeFormat('en-GB', {
  timeZone: DANISH_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

interface LocalTime {
  readonly year: string;
  readonly month: string;
  readonly day: string;
  readonly hour: string;
  readonly minute: string;
}

function inCopenhagen(moment: Date | string): LocalTime {
  const parts = Object.fromEntries(NUMERIC.formatToParts(new Date(moment)).map((part) => [part.type, part.value]));
  return { year: parts['year'] ?? '', month: parts['month'] ?? '', day: parts['day'] ?? '', hour: parts['hour'] ?? '', minute: parts['minute'] ?? '' };
}

/** The Danish clock time of a moment, a full stop between hours and minutes: "18.14". */
export function danishTime(moment: Date | string): string {
  const local = inCopenhagen(moment);
  return `${local.hour}.${local.minute}`;
}

/** A moment in figures: "23.11.2026 kl. 18.14". */
export function danishDateTime(moment: Date | string): string {
  const local = inCopenhagen(moment);
  return `${local.day}.${local.month}.${local.year} kl. ${local.hour}.${local.minute}`;
}

/** The Danish calendar date of a moment in words: "23. november 2026". */
export function danishLongDate(moment: Date | string): string {
  const local = inCopenhagen(moment);
  return `${Number(local.day)}. ${MONTHS[Number(local.month) - 1]} ${local.year}`;
}

/** A moment in words: "23. november 2026 kl. 18.14". */
export function danishLongDateTime(moment: Date | string): string {
  return `${danishLongDate(moment)} kl. ${danishTime(moment)}`;
}

/** An ISO date ("2025-09-24") in words: "24. september 2025"; anything else is given back as it is. */
export function danishIsoDate(isoDate: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  const month = match ? MONTHS[Number(match[2]) - 1] : undefined;
  return match && month ? `${Number(match[3])}. ${month} ${match[1]}` : isoDate;
}
