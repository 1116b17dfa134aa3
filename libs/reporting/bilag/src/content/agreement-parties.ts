import { BudgetRound, danishIsoDate, joinDanish } from '@budgetflow/domain';
import { AgreementSignatory, BilagAgreement } from '../model/bilag-data';
import { agreementDocument } from './agreement-document';

/** Who made the agreement, in words: «Socialdemokratiet, Venstre og SF samt løsgænger Anna Jensen». */
export function signatoriesInWords(signatories: readonly AgreementSignatory[]): string {
  const parties = signatories.filter((signatory) => signatory.kind === 'party').map((signatory) => signatory.name);
  const members = signatories.filter((signatory) => signatory.kind === 'member').map((signatory) => signatory.name);
  const alone = members.length === 0 ? '' : `${members.length === 1 ? 'løsgænger' : 'løsgængerne'} ${joinDanish(members)}`;
  if (parties.length === 0) return alone;
  return alone === '' ? joinDanish(parties) : `${joinDanish(parties)} samt ${alone}`;
}

/** «Budgetaftalen for Budget 2026 er indgået den 24. september 2025 mellem …». */
export function agreementMadeSentence(round: Pick<BudgetRound, 'name'>, agreement: BilagAgreement): string {
  const { signatories, date } = agreementDocument(agreement);
  return `Budgetaftalen for ${round.name} er indgået den ${danishIsoDate(date)} mellem ${signatoriesInWords(signatories)}.`;
}
