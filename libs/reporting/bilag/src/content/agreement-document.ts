import { AgreementChapter, AgreementInitiative, AgreementSignatory, BilagAgreement } from '../model/bilag-data';

/** The chapter of an agreement made without a package: the adopted proposals, no new initiatives. */
export const AGREEMENT_WITHOUT_PACKAGE_CHAPTER = 'Aftalen';

/** The agreement as a document, every field present. */
export interface AgreementDocument {
  readonly signatories: readonly AgreementSignatory[];
  readonly date: string;
  readonly introduction: string;
  readonly chapters: readonly AgreementChapter[];
  readonly proposalIds: readonly string[];
  readonly packageName: string | null;
}

/**
 * The agreement's document. An agreement of agreement.adopted v1 (parties, date, proposals, no document fields) is
 * the document of an agreement without a package: its parties sign, no introduction, one chapter «Aftalen» without
 * initiatives (the adopted proposals are its appendix 2).
 */
export function agreementDocument(agreement: BilagAgreement): AgreementDocument {
  return {
    signatories: agreement.signatories ?? agreement.parties.map((name) => ({ kind: 'party', name })),
    date: agreement.date,
    introduction: agreement.introduction ?? '',
    chapters: agreement.chapters ?? [{ title: AGREEMENT_WITHOUT_PACKAGE_CHAPTER, text: '', initiatives: [] }],
    proposalIds: agreement.proposalIds,
    packageName: agreement.packageName ?? null,
  };
}

/** Every new initiative of the agreement, chapter by chapter, in the agreement's order. */
export function agreementInitiatives(document: AgreementDocument): AgreementInitiative[] {
  return document.chapters.flatMap((chapter) => chapter.initiatives);
}
