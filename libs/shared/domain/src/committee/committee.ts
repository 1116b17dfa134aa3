/** fagudvalg: a standing committee with a frame; FU: Forretningsudvalget; RR: Regionsrådet. */
export type CommitteeKind = 'fagudvalg' | 'FU' | 'RR';

/** All committee kinds. */
export const COMMITTEE_KINDS: readonly CommitteeKind[] = ['fagudvalg', 'FU', 'RR'];

/** Danish labels of the committee kinds. */
export const COMMITTEE_KIND_LABELS: Readonly<Record<CommitteeKind, string>> = {
  fagudvalg: 'Fagudvalg',
  FU: 'Forretningsudvalget',
  RR: 'Regionsrådet',
};

/** A committee of one region; each region has its own list, so committees are data. */
export interface Committee {
  readonly code: string;
  readonly name: string;
  readonly kind: CommitteeKind;
}

/** The committee with this code, if any. */
export function findCommittee(committees: readonly Committee[], code: string): Committee | undefined {
  return committees.find((committee) => committee.code === code);
}

/** The fagudvalg of a list, in list order: the committees that own proposals and frames. */
export function fagudvalg(committees: readonly Committee[]): Committee[] {
  return committees.filter((committee) => committee.kind === 'fagudvalg');
}
