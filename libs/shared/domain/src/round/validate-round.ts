import { COMMITTEE_KINDS, findCommittee } from '../committee/committee';
import { isAmountInRange } from '../money/amount';
import { sumAmounts } from '../money/amount-arithmetic';
import { formatMio } from '../money/format-amount';
import { isIsoDate } from '../validation/iso-date';
import { checkText, joinDanish, quote } from '../validation/text';
import { issue, Validated, validated, ValidationIssue } from '../validation/validation-issue';
import { BudgetRound, ROUND_DATE_LABELS, ROUND_DATE_ORDER } from './budget-round';
import { MAX_YEAR_COLUMNS } from './round-columns';

const PRICE_LEVEL = /^P\/L-(\d{4})$/;
// Committee codes become part of proposal references (B26-SU-01), so they are short and plain.
const COMMITTEE_CODE = /^[A-ZÆØÅ0-9]{1,10}$/;
const MIN_YEAR = 2000;
const MAX_YEAR = 2100;

function isPlausibleYear(year: unknown): year is number {
  return Number.isInteger(year) && (year as number) >= MIN_YEAR && (year as number) <= MAX_YEAR;
}

/** Checks a budget round and returns every problem at once (or the round when it is sound). */
export function validateRound(round: BudgetRound): Validated<BudgetRound> {
  const issues: ValidationIssue[] = [...checkTexts(round), ...checkYears(round), ...checkCommittees(round), ...checkFrames(round), ...checkDates(round)];
  return validated(issues, () => round);
}

function checkTexts(round: BudgetRound): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  if (!round.name?.trim()) issues.push(issue('round.name_empty', 'name', 'Budgetrunden skal have et navn, fx «Budget 2026».'));
  if (!round.region?.trim()) issues.push(issue('round.region_empty', 'region', 'Budgetrunden skal angive regionen.'));
  issues.push(
    ...checkText(round.name, 'name', 'Budgetrundens navn'),
    ...checkText(round.region, 'region', 'Regionens navn'),
    ...checkText(round.priceLevel, 'priceLevel', 'Prisniveauet'),
  );
  const priceLevel = PRICE_LEVEL.exec(round.priceLevel ?? '');
  if (!priceLevel) {
    issues.push(issue('round.price_level_invalid', 'priceLevel', `Prisniveauet ${quote(round.priceLevel)} skal skrives som «P/L-ÅÅÅÅ», fx «P/L-2025».`));
  } else if (isPlausibleYear(round.budgetYear) && Number(priceLevel[1]) > round.budgetYear) {
    issues.push(
      issue('round.price_level_after_budget_year', 'priceLevel', `Prisniveauet ${quote(round.priceLevel)} ligger efter budgetåret ${round.budgetYear}.`),
    );
  }
  return issues;
}

function checkYears(round: BudgetRound): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  if (!isPlausibleYear(round.budgetYear)) {
    issues.push(
      issue('round.budget_year_invalid', 'budgetYear', `Budgetåret ${quote(round.budgetYear)} skal være et årstal mellem ${MIN_YEAR} og ${MAX_YEAR}.`),
    );
  }
  const years = round.yearColumns ?? [];
  if (years.length === 0) {
    issues.push(issue('round.no_years', 'yearColumns', 'Budgetrunden skal have mindst én årskolonne (budgetåret).'));
    return issues;
  }
  if (years.length > MAX_YEAR_COLUMNS) {
    // The other year checks would only add noise to a list that must be shortened anyway.
    issues.push(
      issue(
        'round.too_many_years',
        'yearColumns',
        `Budgetrunden kan højst have ${MAX_YEAR_COLUMNS} årskolonner (budgetåret og ${MAX_YEAR_COLUMNS - 1} overslagsår), ikke ${years.length}: flere kan ikke stå i bilagenes tabeller på en A4-side.`,
      ),
    );
    return issues;
  }
  years.forEach((year, index) => {
    const path = `yearColumns[${index}]`;
    if (!isPlausibleYear(year)) {
      issues.push(issue('round.year_invalid', path, `Årskolonnen ${quote(year)} skal være et årstal mellem ${MIN_YEAR} og ${MAX_YEAR}.`));
    } else if (index === 0 && year !== round.budgetYear) {
      issues.push(issue('round.first_year_not_budget_year', path, `Den første årskolonne (${year}) skal være budgetåret (${round.budgetYear}).`));
    } else if (index > 0 && year !== years[index - 1] + 1) {
      issues.push(
        issue(
          'round.years_not_consecutive',
          path,
          `Årskolonnerne skal være på hinanden følgende år: efter ${years[index - 1]} kommer ${years[index - 1] + 1}, ikke ${year}.`,
        ),
      );
    }
  });
  return issues;
}

function checkCommittees(round: BudgetRound): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const committees = round.committees ?? [];
  const seen = new Set<string>();
  committees.forEach((committee, index) => {
    const path = `committees[${index}]`;
    if (!COMMITTEE_CODE.test(committee.code ?? '')) {
      issues.push(
        issue('round.committee_code_invalid', `${path}.code`, `Udvalgskoden ${quote(committee.code)} skal være 1-10 store bogstaver eller cifre, fx «SU».`),
      );
    } else if (seen.has(committee.code)) {
      issues.push(issue('round.duplicate_committee', `${path}.code`, `Udvalgskoden ${quote(committee.code)} er brugt mere end én gang.`));
    }
    seen.add(committee.code);
    if (!committee.name?.trim()) {
      issues.push(issue('round.committee_name_empty', `${path}.name`, `Udvalget ${quote(committee.code)} skal have et navn.`));
    }
    issues.push(...checkText(committee.name, `${path}.name`, `Navnet på udvalget ${quote(committee.code)}`));
    if (!COMMITTEE_KINDS.includes(committee.kind)) {
      issues.push(
        issue(
          'round.committee_kind_invalid',
          `${path}.kind`,
          `Udvalgstypen ${quote(committee.kind)} kendes ikke; brug ${joinDanish(COMMITTEE_KINDS.map(quote))}.`,
        ),
      );
    }
  });
  if (!committees.some((committee) => committee.kind === 'fagudvalg')) {
    issues.push(issue('round.no_fagudvalg', 'committees', 'Budgetrunden skal have mindst ét fagudvalg, der kan stille forslag.'));
  }
  return issues;
}

function checkFrames(round: BudgetRound): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const frames = Object.entries(round.frames ?? {});
  for (const [code, frame] of frames) {
    const path = `frames.${code}`;
    const committee = findCommittee(round.committees ?? [], code);
    if (!committee) {
      issues.push(issue('round.frame_unknown_committee', path, `Der er en ramme for udvalget ${quote(code)}, som ikke findes i budgetrunden.`));
    } else if (committee.kind !== 'fagudvalg') {
      issues.push(issue('round.frame_not_fagudvalg', path, `${committee.name} kan ikke have en ramme; kun fagudvalg har rammer.`));
    }
    if (!isAmountInRange(frame) || frame <= 0) {
      issues.push(issue('round.frame_invalid', path, `Rammen for ${quote(code)} skal være et positivt beløb i hele tusinde kroner.`));
    }
  }
  if (round.target === null) return issues;
  if (!isAmountInRange(round.target) || round.target <= 0) {
    issues.push(issue('round.target_invalid', 'target', 'Målet for budgetrunden skal være et positivt beløb i hele tusinde kroner.'));
    return issues;
  }
  const amounts = frames.map(([, frame]) => frame);
  if (frames.length > 0 && amounts.every(isAmountInRange)) {
    const total = sumAmounts(amounts);
    // The seed's frames add up to exactly the target; a difference means a typing error.
    if (total !== round.target) {
      issues.push(
        issue(
          'round.frames_do_not_match_target',
          'frames',
          `Rammerne summer til ${formatMio(total)}, men målet for budgetrunden er ${formatMio(round.target)}`,
        ),
      );
    }
  }
  return issues;
}

function checkDates(round: BudgetRound): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const dates = round.dates ?? {};
  let previous: { key: keyof typeof ROUND_DATE_LABELS; date: string } | undefined;
  for (const key of ROUND_DATE_ORDER) {
    const date = dates[key];
    if (date === undefined) continue;
    if (!isIsoDate(date)) {
      issues.push(
        issue('round.date_invalid', `dates.${key}`, `Datoen for «${ROUND_DATE_LABELS[key]}» (${quote(date)}) skal være en gyldig dato på formen ÅÅÅÅ-MM-DD.`),
      );
      continue;
    }
    // ISO dates compare correctly as text.
    if (previous && date < previous.date) {
      issues.push(
        issue(
          'round.dates_out_of_order',
          `dates.${key}`,
          `«${ROUND_DATE_LABELS[key]}» (${date}) ligger før «${ROUND_DATE_LABELS[previous.key]}» (${previous.date}).`,
        ),
      );
    }
    previous = { key, date };
  }
  return issues;
}
