import { Amount } from '../money/amount';
import { formatMio } from '../money/format-amount';
import { TableCells } from '../proposal/consequence-table';
import { PERMANENT, yearColumnKey } from '../round/round-columns';
import { joinDanish, lowerFirst } from '../validation/text';
import { AmountRun, amountRuns } from '../wording/amount-runs';
import { NO_CONSEQUENCE } from '../wording/amount-wording';

/** How every decision sentence of a budget agreement begins. */
export const DECISION_SENTENCE_OPENING = 'Aftaleparterne er enige om';

/** An initiative's amounts in words: what it spends and what it saves (magnitudes), each null when there is none. */
export interface AgreementAmounts {
  readonly spending: string | null;
  readonly savings: string | null;
}

/** What the wording needs of an initiative; `sourceName` null is the råderum, which a sentence does not name. */
export interface WordedInitiative {
  readonly title: string;
  readonly amounts: TableCells;
  readonly sourceName: string | null;
}

/**
 * An initiative's amounts in the words of a budget agreement (empty cells and 0 mean nothing that year). Spending and
 * savings are worded apart, each in magnitudes, by these rules:
 * - one amount in some years and no Permanent: «3,0 mio. kr. i 2024 og 2025», «2,0 mio. kr. i 2026 og 2028»;
 * - the same amount from a year to the last year and Permanent: «0,5 mio. kr. årligt fra 2024»;
 * - otherwise every run of years: «2,0 mio. kr. i 2026, 3,0 mio. kr. i 2027 og 4,0 mio. kr. i 2028», a run of two or
 *   more years as «1,0 mio. kr. årligt i 2026-2027»; the last run ends «årligt fra 2027» when Permanent carries it on;
 * - a Permanent that differs from the last year: «… og 0,5 mio. kr. varigt», after empty years «… varigt efter 2028»;
 *   Permanent alone: «1,0 mio. kr. varigt efter 2028».
 * Unlike the adopted overview (describeAmounts), the first year is always named and there is no «stigende til»: a
 * decision sentence states each amount and its years.
 */
export function agreementAmounts(years: readonly number[], cells: TableCells): AgreementAmounts {
  const yearValues = years.map((year) => cells[yearColumnKey(year)] ?? 0);
  const permanent = cells[PERMANENT] ?? 0;
  const spending = wordSeries(
    years,
    yearValues.map((value) => Math.max(value, 0)),
    Math.max(permanent, 0),
  );
  // Savings are worded as magnitudes: «at spare 2,0 mio. kr.», never «-2,0».
  const savings = wordSeries(
    years,
    yearValues.map((value) => (value < 0 ? Math.abs(value) : 0)),
    permanent < 0 ? Math.abs(permanent) : 0,
  );
  return { spending, savings };
}

function wordSeries(years: readonly number[], values: readonly Amount[], permanent: Amount): string | null {
  const runs = amountRuns(values);
  const lastYear = years[years.length - 1];
  if (runs.length === 0) return permanent === 0 ? null : `${formatMio(permanent)} varigt efter ${lastYear}`;
  const lastRun = runs[runs.length - 1] as AmountRun;
  const lasting = permanent !== 0 && lastRun.to === years.length - 1 && lastRun.value === permanent;
  if (permanent === 0 && runs.every((run) => run.value === lastRun.value)) {
    const named = years.filter((_, index) => values[index] !== 0);
    return `${formatMio(lastRun.value)} i ${joinDanish(named.map(String))}`;
  }
  const items = runs.map((run, index) => {
    const from = years[run.from];
    if (lasting && index === runs.length - 1) return `${formatMio(run.value)} årligt fra ${from}`;
    return run.from === run.to ? `${formatMio(run.value)} i ${from}` : `${formatMio(run.value)} årligt i ${from}-${years[run.to]}`;
  });
  if (!lasting && permanent !== 0) {
    items.push(values[values.length - 1] === 0 ? `${formatMio(permanent)} varigt efter ${lastYear}` : `${formatMio(permanent)} varigt`);
  }
  return joinDanish(items);
}

/**
 * What a decision sentence says the money is for: the title with a small first letter («Styrkelse af akutberedskabet»
 * → «styrkelse af akutberedskabet»), unless its first word has more capitals («IT-understøttelse», «AUH's …»), and
 * without a closing full stop. The sentence is edited before the agreement is confirmed, so a proper noun is fixed there.
 */
export function purposeOf(title: string): string {
  const text = bareTitle(title);
  const firstWord = text.split(/\s/)[0] ?? '';
  const moreCapitals = /\p{Lu}/u.test(firstWord.slice(1));
  return moreCapitals ? text : lowerFirst(text);
}

/**
 * The decision sentence of an initiative in the agreement:
 * - spending: «Aftaleparterne er enige om at afsætte 3,0 mio. kr. i 2024 og 2025 til styrkelse af …»;
 * - a saving: «Aftaleparterne er enige om at spare 2,0 mio. kr. årligt fra 2026 ved en generel rammebesparelse …»
 *   («at spare … ved …» rather than «at reducere med …», which needs an object the title does not give);
 * - both: «… at afsætte 1,0 mio. kr. i 2026 til …, og initiativet giver en besparelse på 2,0 mio. kr. årligt fra 2027.»;
 * - another source than the råderum: «…, finansieret af sundhedspakken.», a saving «…, og besparelsen tilføres …»;
 * - no amounts: «Aftaleparterne er enige om …; initiativet har ingen økonomisk konsekvens.»
 */
export function decisionSentence(initiative: WordedInitiative, years: readonly number[]): string {
  const { spending, savings } = agreementAmounts(years, initiative.amounts);
  const purpose = purposeOf(initiative.title);
  const financed = initiative.sourceName ? `, finansieret af ${initiative.sourceName}` : '';
  if (spending && savings) {
    return `${DECISION_SENTENCE_OPENING} at afsætte ${spending} til ${purpose}${financed}, og initiativet giver en besparelse på ${savings}.`;
  }
  if (spending) return `${DECISION_SENTENCE_OPENING} at afsætte ${spending} til ${purpose}${financed}.`;
  if (savings) {
    const credited = initiative.sourceName ? `, og besparelsen tilføres ${initiative.sourceName}` : '';
    return `${DECISION_SENTENCE_OPENING} at spare ${savings} ved ${purpose}${credited}.`;
  }
  return `${DECISION_SENTENCE_OPENING} ${purpose}; initiativet har ${NO_CONSEQUENCE}.`;
}

/**
 * The initiative's line in the agreement's first appendix (the new appropriations by chapter), in the same amount
 * wording: «25,0 mio. kr. i 2024 til ansættelse af flere læger og mere plejepersonale», «Besparelse på 2,0 mio. kr.
 * årligt fra 2026 ved …», «… til …, finansieret af sundhedspakken». Amounts keep the tables' one decimal («25,0»).
 */
export function appendixLine(initiative: WordedInitiative, years: readonly number[]): string {
  const { spending, savings } = agreementAmounts(years, initiative.amounts);
  const purpose = purposeOf(initiative.title);
  const financed = initiative.sourceName ? `, finansieret af ${initiative.sourceName}` : '';
  if (spending && savings) return `${spending} til ${purpose}${financed} og en besparelse på ${savings}`;
  if (spending) return `${spending} til ${purpose}${financed}`;
  if (savings) return `Besparelse på ${savings} ved ${purpose}${initiative.sourceName ? `, tilføres ${initiative.sourceName}` : ''}`;
  return `${bareTitle(initiative.title)}: ${NO_CONSEQUENCE}`;
}

// A title as it runs on in a sentence or line: trimmed, without a closing full stop.
function bareTitle(title: string): string {
  return title.trim().replace(/\.+$/, '');
}
