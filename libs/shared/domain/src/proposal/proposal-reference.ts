/** The parts of a proposal reference such as "B26-SU-01". */
export interface ProposalReferenceParts {
  readonly yearSuffix: string;
  readonly committee: string;
  readonly sequence: number;
}

/** Highest sequence number a reference can carry (B26-SU-999). */
const MAX_SEQUENCE = 999;

/** The budget year's last two digits: 2026 → "26". */
function yearSuffixOf(budgetYear: number): string {
  return String(budgetYear % 100).padStart(2, '0');
}

const REFERENCE = /^B(\d{2})-([A-ZÆØÅ0-9]{1,10})-(\d{2,3})$/;

/** The reference of a committee's n-th proposal in a round: (2026, 'SU', 1) → "B26-SU-01". */
export function formatProposalReference(budgetYear: number, committee: string, sequence: number): string {
  if (!Number.isInteger(sequence) || sequence < 1 || sequence > MAX_SEQUENCE) {
    throw new RangeError(`Løbenummeret ${sequence} skal være et helt tal mellem 1 og 999.`);
  }
  return `B${yearSuffixOf(budgetYear)}-${committee}-${String(sequence).padStart(2, '0')}`;
}

/** The parts of a reference, or null when it is not of the form B26-SU-01. */
export function parseProposalReference(reference: string): ProposalReferenceParts | null {
  const match = REFERENCE.exec(reference);
  if (!match) return null;
  const [, yearSuffix = '', committee = '', sequence = ''] = match;
  return Number(sequence) === 0 ? null : { yearSuffix, committee, sequence: Number(sequence) };
}

/**
 * The committee's next free references in a round, after the highest number it has used (drafts and withdrawn
 * proposals count: a reference is never given twice): used B26-PSU-01 and -02 → B26-PSU-03, -04, … Fewer than
 * `count` when the numbers run out at 999. References of other committees or years are ignored.
 */
export function nextProposalReferences(budgetYear: number, committee: string, used: readonly string[], count: number): string[] {
  const yearSuffix = yearSuffixOf(budgetYear);
  const sequences = used
    .map((reference) => parseProposalReference(reference))
    .map((parts) => (parts?.committee === committee && parts.yearSuffix === yearSuffix ? parts.sequence : 0));
  const highest = Math.max(0, ...sequences);
  const available = Math.max(0, Math.min(count, MAX_SEQUENCE - highest));
  return Array.from({ length: available }, (_unused, index) => formatProposalReference(budgetYear, committee, highest + index + 1));
}
