import { AGREEMENT_WITHOUT_PACKAGE_CHAPTER, AgreementDocument } from '@budgetflow/contracts';
import { Actor, ValidationIssue, isIsoDate, joinDanish, mayReadProposal, quote } from '@budgetflow/domain';
import { OutboxRelay } from '@budgetflow/messaging';
import { AuthenticatedUser, RequestContext, invalidInput } from '@budgetflow/platform';
import { Injectable } from '@nestjs/common';
import { StoredProposal } from '../store/stored-proposal';
import { WorkflowStore, WorkflowTransaction } from '../store/workflow-transaction';
import { asAgreementExists, checkAdoptions, lockForAgreement, recordAgreement } from './agreement-closing';
import { BudgetAgreementDto } from './budget-agreement.dto';

/**
 * The budget agreement of ticked proposals (without a negotiation package), adopted by Regionsrådet as one act that
 * closes the round, in one transaction: every listed proposal is adopted (an agenda item and a decision each, at the
 * RR meeting), every other proposal the workflow holds is settled by the domain's closing rule (FU approved → not
 * adopted by RR; still in progress → lapsed), each with its reason on record. Proposals the committees hold (drafts,
 * returned) are intake's to settle when it sees the agreement. When the rules refuse any listed proposal, nothing is
 * recorded. Its document is one chapter «Aftalen» with the parties as signatories.
 */
@Injectable()
export class BudgetAgreementService {
  constructor(
    private readonly store: WorkflowStore,
    private readonly relay: OutboxRelay,
  ) {}

  /** Records the agreement; returns its id. */
  async adopt(user: AuthenticatedUser, meetingId: string, dto: BudgetAgreementDto, request: RequestContext): Promise<string> {
    const parties = dto.parties.map((party) => party.trim());
    this.validate(dto, parties);
    const id = await this.store
      .transaction(async (tx) => {
        const scene = await lockForAgreement(tx, meetingId);
        const listed = await this.listed(tx, scene.inRound, dto.proposalIds, user.actor);
        const adoptions = listed.map((proposal) => ({ proposal, outcome: 'adopted' as const, amendedTable: null }));
        checkAdoptions(adoptions, user);
        const decisionText = dto.text?.trim() || `Vedtaget med budgetaftalen af ${dto.date} mellem ${joinDanish(parties)}.`;
        const document: AgreementDocument = {
          signatories: parties.map((name) => ({ kind: 'party', name })),
          date: dto.date,
          introduction: '',
          chapters: [{ title: AGREEMENT_WITHOUT_PACKAGE_CHAPTER, text: dto.text?.trim() ?? '', initiatives: [] }],
          proposalIds: listed.map((proposal) => proposal.id),
          packageName: null,
        };
        const act = { document, decisionText, changedDecisionText: decisionText, packageId: null, packageVersion: null };
        return recordAgreement(tx, user, scene, act, adoptions, request);
      })
      .catch(asAgreementExists);
    this.relay.nudge();
    return id;
  }

  private validate(dto: BudgetAgreementDto, parties: string[]): void {
    const issues: ValidationIssue[] = [];
    parties.forEach((party, index) => {
      if (!party) issues.push({ code: 'agreement.party_empty', path: `parties[${index}]`, message: `Part nr. ${index + 1} skal have et navn.` });
    });
    if (!isIsoDate(dto.date))
      issues.push({ code: 'agreement.date_invalid', path: 'date', message: `Aftalens dato ${quote(dto.date)} skal være en gyldig dato på formen ÅÅÅÅ-MM-DD.` });
    dto.proposalIds.forEach((id, index) => {
      if (dto.proposalIds.indexOf(id) !== index)
        issues.push({ code: 'agreement.duplicate_proposal', path: `proposalIds[${index}]`, message: 'Forslaget står flere gange i aftalen.' });
    });
    if (issues.length > 0) throw invalidInput(issues);
  }

  // The agreement's proposals, in its order; each must be a proposal of the round. A draft the actor may not read is
  // answered as an unknown id, wherever it is.
  private async listed(tx: WorkflowTransaction, inRound: StoredProposal[], ids: readonly string[], actor: Actor): Promise<StoredProposal[]> {
    const byId = new Map(inRound.filter((proposal) => mayReadProposal(actor, proposal)).map((proposal) => [proposal.id, proposal]));
    const issues: ValidationIssue[] = [];
    for (const [index, id] of ids.entries()) {
      if (byId.has(id)) continue;
      const elsewhere = await tx.knownProposal(id);
      if (!elsewhere || !mayReadProposal(actor, elsewhere))
        issues.push({ code: 'agreement.unknown_proposal', path: `proposalIds[${index}]`, message: `Forslaget ${id} findes ikke i godkendelsesforløbet.` });
      else
        issues.push({
          code: 'agreement.other_round',
          path: `proposalIds[${index}]`,
          message: `Forslaget ${elsewhere.reference} hører til en anden budgetrunde end mødet.`,
        });
    }
    if (issues.length > 0) throw invalidInput(issues);
    return ids.flatMap((id) => byId.get(id) ?? []);
  }
}
