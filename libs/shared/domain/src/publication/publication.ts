import { IsoDate, isIsoDate } from '../validation/iso-date';
import { checkText, cleanText, quote } from '../validation/text';
import { Validated, ValidationIssue, issue, validated } from '../validation/validation-issue';
import { Role } from '../workflow/actor';

/** Who publishes a round's material on the region's website: the budget office, and nobody else. */
export const PUBLISHERS: readonly Role[] = ['budget_office'];

/** Publishing is the budget office's act. */
export function mayPublish(role: Role): boolean {
  return PUBLISHERS.includes(role);
}

/** The limits of a publication, defined once for the API and the bilag page's form. */
export const PUBLICATION_LIMITS = {
  /** Characters of the title («Materiale til FU's 1. behandling»). */
  titleCharacters: 200,
} as const;

/** What the budget office publishes: a title, the date it stands under, and the data version of the reports it publishes. */
export interface PublicationInput {
  readonly title: string;
  readonly date: IsoDate;
  /** The reporting read model's data version the published bilag show (printed on every bilag: «dataversion 42»). */
  readonly dataVersion: number;
}

/** A publication's input checked: every problem at once, each naming its field in Danish. */
export function validatePublication(input: { title?: unknown; date?: unknown; dataVersion?: unknown }): Validated<PublicationInput> {
  const issues: ValidationIssue[] = [];
  const title = cleanText(input.title);
  if (title === '') issues.push(issue('publication.title_missing', 'title', 'Skriv en titel på udgivelsen, fx «Materiale til FU’s 1. behandling».'));
  else if (title.length > PUBLICATION_LIMITS.titleCharacters)
    issues.push(issue('publication.title_too_long', 'title', `Titlen må højst være ${PUBLICATION_LIMITS.titleCharacters} tegn; den er ${title.length}.`));
  else issues.push(...checkText(title, 'title', 'Titlen'));
  if (!isIsoDate(input.date))
    issues.push(issue('publication.date_invalid', 'date', `Udgivelsesdatoen ${quote(input.date ?? '')} skal være en gyldig dato på formen ÅÅÅÅ-MM-DD.`));
  const version = input.dataVersion;
  if (typeof version !== 'number' || !Number.isSafeInteger(version) || version < 1)
    issues.push(
      issue(
        'publication.data_version_invalid',
        'dataVersion',
        `Dataversionen ${quote(version ?? '')} skal være et helt tal på mindst 1, som bilagene viser den.`,
      ),
    );
  return validated(issues, () => ({ title, date: input.date as IsoDate, dataVersion: version as number }));
}
