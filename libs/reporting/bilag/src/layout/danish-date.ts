const MONTHS = ['januar', 'februar', 'marts', 'april', 'maj', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'december'];
const TIME_ZONE = 'Europe/Copenhagen';

// Only the numeric parts are taken from Intl, so the output never depends on the locale data's punctuation.
const NUMERIC = new Intl.DateTimeFormat('en-GB', {
  timeZone: TIME_ZONE,
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

function inCopenhagen(moment: Date): LocalTime {
  const parts = Object.fromEntries(NUMERIC.formatToParts(moment).map((part) => [part.type, part.value]));
  return { year: parts['year'] ?? '', month: parts['month'] ?? '', day: parts['day'] ?? '', hour: parts['hour'] ?? '', minute: parts['minute'] ?? '' };
}

/** A moment as Danish readers write it, in Danish time: "23.11.2026 kl. 14:05". */
export function danishDateTime(moment: Date): string {
  const local = inCopenhagen(moment);
  return `${local.day}.${local.month}.${local.year} kl. ${local.hour}:${local.minute}`;
}

/** The Danish calendar date of a moment in words: "23. november 2026". */
export function danishLongDate(moment: Date): string {
  const local = inCopenhagen(moment);
  return `${Number(local.day)}. ${MONTHS[Number(local.month) - 1]} ${local.year}`;
}

/** An ISO date ("2025-09-24") in words: "24. september 2025"; anything else is printed as given. */
export function danishIsoDate(isoDate: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  const month = match ? MONTHS[Number(match[2]) - 1] : undefined;
  return match && month ? `${Number(match[3])}. ${month} ${match[1]}` : isoDate;
}
