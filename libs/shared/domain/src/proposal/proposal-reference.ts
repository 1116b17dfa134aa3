/** The parts of a proposal reference such as "B26-SU-01". */
export interface ProposalReferenceParts {
  readonly yearSuffix: string;
  readonly committee: string;
  readonly sequence: number;
}

const REFERENCE = /^B(\d{2})-([A-ZÆØÅ0-9]{1,10})-(\d{2,3})$/;

/** The reference of a committee's n-th proposal in a round: (2026, 'SU', 1) → "B26-SU-01". */
export function formatProposalReference(budgetYear: number, committee: string, sequence: number): string {
  if (!Number.isInteger(sequence) || sequence < 1 || sequence > 999) {
    throw new RangeError(`Løbenummeret ${sequence} skal være et helt tal mellem 1 og 999.`);
  }
  return `B${String(budgetYear % 100).padStart(2, '0')}-${committee}-${String(sequence).padStart(2, '0')}`;
}

/** The parts of a reference, or null when it is not of the form B26-SU-01. */
export function parseProposalReference(reference: string): ProposalReferenceParts | null {
  const match = REFERENCE.exec(reference);
  if (!match) return null;
  const [, yearSuffix = '', committee = '', sequence = ''] = match;
  return Number(sequence) === 0 ? null : { yearSuffix, committee, sequence: Number(sequence) };
}
