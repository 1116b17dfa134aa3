import { AgreementChapter, AgreementSignatory, BilagAgreement } from '@budgetflow/reporting/bilag';

/**
 * What agreement.adopted carries that the read model keeps: v1's parties, date and proposals, and v2's document
 * (the same fields as BilagAgreement; AgreementAdoptedV2 in @budgetflow/contracts). A v1 event has no document fields.
 */
export interface AdoptedAgreementPayload {
  readonly parties: readonly string[];
  readonly date: string;
  readonly proposalIds: readonly string[];
  readonly signatories?: readonly AgreementSignatory[];
  readonly introduction?: string;
  readonly chapters?: readonly AgreementChapter[];
  readonly packageName?: string | null;
}

/**
 * The agreement as report_round.agreement keeps it: exactly the fields the bilag print (an event's other fields, e.g.
 * an initiative's source key, are left out, so they neither reach the bilag nor change their ETags).
 */
export function storedAgreementOf(payload: AdoptedAgreementPayload): BilagAgreement {
  const { parties, date, proposalIds, signatories, introduction, chapters, packageName } = payload;
  return {
    parties: [...parties],
    date,
    proposalIds: [...proposalIds],
    ...(signatories ? { signatories: signatories.map(({ kind, name }) => ({ kind, name })) } : {}),
    ...(introduction !== undefined ? { introduction } : {}),
    ...(chapters
      ? {
          chapters: chapters.map(({ title, text, initiatives }) => ({
            title,
            text,
            initiatives: initiatives.map(({ key, title, text, amounts, sourceName, committee, area, decisionSentence, appendixLine }) => ({
              key,
              title,
              text,
              amounts: { ...amounts },
              sourceName,
              committee,
              area,
              decisionSentence,
              appendixLine,
            })),
          })),
        }
      : {}),
    ...(packageName !== undefined ? { packageName } : {}),
  };
}
