import { Amount } from '../money/amount';
import { formatAmount } from '../money/format-amount';
import { TableCells } from '../proposal/consequence-table';
import { PERMANENT, yearColumnKey } from '../round/round-columns';
import { joinDanish } from '../validation/text';
import { AmountRun, amountRuns } from './amount-runs';

/** besparelse: every amount saves; udgift: every amount costs; blandet: both; ingen: no amounts. */
export type WordingKind = 'besparelse' | 'udgift' | 'blandet' | 'ingen';

/**
 * A row of amounts in words. `amounts` is the bare phrase ("1,5 mio. kr. årligt"); `phrase` adds
 * "besparelse på " or "udgift på " for uniform rows, whose amounts are then magnitudes.
 * Mixed rows keep their signs ("1,0 mio. kr. i 2026 og -2,0 mio. kr. årligt fra 2027").
 */
export interface AmountWording {
  readonly kind: WordingKind;
  readonly amounts: string;
  readonly phrase: string;
}

/** The phrase of a row without any amount. */
export const NO_CONSEQUENCE = 'ingen økonomisk konsekvens';

const LEADS: Readonly<Record<WordingKind, string>> = { besparelse: 'besparelse på ', udgift: 'udgift på ', blandet: '', ingen: '' };

function mio(amount: Amount): string {
  // formatAmount never rounds, so 0,125 is never worded as 0,1.
  return `${formatAmount(amount)} mio. kr.`;
}

function isStrictlyMonotonic(values: readonly Amount[], rising: boolean): boolean {
  return values.every((value, index) => index === 0 || (rising ? value > (values[index - 1] ?? 0) : value < (values[index - 1] ?? 0)));
}

/**
 * Words a row of amounts (years + Permanent; empty and 0 both mean "no effect") so that every
 * amount is named and nothing is ambiguous. Rules, for uniform rows (magnitudes):
 * - all years and Permanent equal: "1,5 mio. kr. årligt";
 * - consecutive years with the same amount: "0,8 mio. kr. årligt i 2026-2028", one year: "2,0 mio. kr. i 2027";
 * - a run that lasts (Permanent equals the last year): "1,0 mio. kr. årligt fra 2027", a single last year: "… i 2028 og varigt";
 * - a Permanent that differs from the last year: "… og 0,5 mio. kr. varigt", after empty years: "… varigt efter 2028";
 * - strictly rising or falling runs without gaps: "4,2 mio. kr. i 2026 stigende til 5,0 mio. kr. i 2027, 6,0 mio. kr. i 2028 og varigt";
 * - anything else lists every run: "1,0 mio. kr. i 2026, 3,0 mio. kr. i 2027 og 2,0 mio. kr. i 2028".
 * Mixed-sign rows use the same runs with signed amounts and never "stigende"/"faldende".
 */
export function describeAmounts(years: readonly number[], cells: TableCells): AmountWording {
  const yearValues = years.map((year) => cells[yearColumnKey(year)] ?? 0);
  const permanent = cells[PERMANENT] ?? 0;
  const present = [...yearValues, permanent].filter((value) => value !== 0);
  if (present.length === 0) return { kind: 'ingen', amounts: NO_CONSEQUENCE, phrase: NO_CONSEQUENCE };
  const kind: WordingKind = present.every((value) => value < 0) ? 'besparelse' : present.every((value) => value > 0) ? 'udgift' : 'blandet';
  const uniform = kind !== 'blandet';
  // Uniform rows are worded in magnitudes: "besparelse på 2,0 mio. kr." never reads "-2,0".
  const values = uniform ? yearValues.map(Math.abs) : yearValues;
  const amounts = wordValues(years, values, uniform ? Math.abs(permanent) : permanent, uniform);
  return { kind, amounts, phrase: `${LEADS[kind]}${amounts}` };
}

function wordValues(years: readonly number[], values: readonly Amount[], permanent: Amount, allowTrend: boolean): string {
  const lastYear = years[years.length - 1];
  const segments = amountRuns(values);
  if (segments.length === 0) return lastYear === undefined ? `${mio(permanent)} varigt` : `${mio(permanent)} varigt efter ${lastYear}`;

  const lastValue = values[values.length - 1] ?? 0;
  // The last run lasts when Permanent carries on the last year's amount.
  const lasting = permanent !== 0 && permanent === lastValue;
  const items = segments.map((segment, index) => wordSegment(segment, years, lasting && index === segments.length - 1));
  const lastSegment = segments[segments.length - 1] as AmountRun;
  const singleLastingYear = lasting && lastSegment.from === lastSegment.to && lastSegment.from !== 0;
  if (singleLastingYear) items.push('varigt');
  else if (!lasting && permanent !== 0) items.push(lastValue === 0 ? `${mio(permanent)} varigt efter ${lastYear}` : `${mio(permanent)} varigt`);

  const trendValues = [...segments.map((segment) => segment.value), ...(!lasting && permanent !== 0 ? [permanent] : [])];
  const contiguous = segments.every((segment, index) => index === 0 || segment.from === (segments[index - 1] as AmountRun).to + 1);
  // A separate Permanent only joins a trend when it directly follows a year with an amount.
  const permanentFollows = lasting || permanent === 0 || lastValue !== 0;
  if (allowTrend && segments.length >= 2 && contiguous && permanentFollows) {
    const rising = (trendValues[1] ?? 0) > (trendValues[0] ?? 0);
    if (isStrictlyMonotonic(trendValues, rising)) {
      return `${items[0]} ${rising ? 'stigende' : 'faldende'} til ${joinDanish(items.slice(1))}`;
    }
  }
  return joinDanish(items);
}

function wordSegment(segment: AmountRun, years: readonly number[], lasting: boolean): string {
  const from = years[segment.from];
  const to = years[segment.to];
  // From the first year on and lasting: the same amount every year, for good.
  if (lasting && segment.from === 0) return `${mio(segment.value)} årligt`;
  if (segment.from === segment.to) return `${mio(segment.value)} i ${from}`;
  return lasting ? `${mio(segment.value)} årligt fra ${from}` : `${mio(segment.value)} årligt i ${from}-${to}`;
}
