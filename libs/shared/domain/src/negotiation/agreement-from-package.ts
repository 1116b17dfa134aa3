import { ConsequenceTable, TableCells } from '../proposal/consequence-table';
import { joinDanish, quote } from '../validation/text';
import { issue, ValidationIssue } from '../validation/validation-issue';
import { DecisionOutcome } from '../workflow/decision';
import { PROPOSAL_STATE_LABELS, ProposalState } from '../workflow/proposal-state';
import { appendixLine, decisionSentence } from './agreement-wording';
import { nameKey } from '../validation/name-key';
import { FundingSourceKey, Initiative, NegotiableProposal, NegotiationPackage, RAADERUM_KEY } from './package';
import { PackageBalance, packageBalance, Shortfall } from './package-balance';
import { isChangedByPackage } from './package-items';

/** How RR adopts an included proposal: as in force, or with the package's amounts (the amended table on record). */
export interface AgreementAdoption {
  readonly proposalId: string;
  readonly reference: string;
  readonly outcome: Extract<DecisionOutcome, 'adopted' | 'adopted_with_changes'>;
  /** RR's amended table (the package's), kept beside the original; null when adopted as in force. */
  readonly amendedTable: ConsequenceTable | null;
}

/** An initiative as the agreement's draft has it: its decision sentence and appendix line generated, to be edited. */
export interface AgreementInitiativeDraft {
  readonly key: string;
  readonly title: string;
  readonly text: string;
  readonly amounts: TableCells;
  readonly source: FundingSourceKey;
  /** The source as written in running text, or null for the råderum. */
  readonly sourceName: string | null;
  readonly committee: string | null;
  readonly area: string | null;
  readonly decisionSentence: string;
  readonly appendixLine: string;
}

/** A chapter of the agreement's draft with its initiatives, in the package's order. */
export interface AgreementChapterDraft {
  readonly title: string;
  readonly initiatives: readonly AgreementInitiativeDraft[];
}

/** What a balanced package of FU-approved proposals becomes: RR's adoptions, the chapters, and the balance it had. */
export interface AgreementPlan {
  readonly adoptions: readonly AgreementAdoption[];
  /** In the order of each chapter's first initiative in the package. */
  readonly chapters: readonly AgreementChapterDraft[];
  readonly balance: PackageBalance;
}

/** An included proposal that FU has not approved (yet, or at all). */
export interface UnapprovedProposal {
  readonly proposalId: string;
  readonly reference: string;
  readonly state: ProposalState;
}

/** The plan, or why the package cannot become the agreement (every reason at once, as issues and as details). */
export type AgreementFromPackage =
  | { readonly ok: true; readonly value: AgreementPlan }
  | {
      readonly ok: false;
      /** One Danish sentence with every reason, for the problem's detail. */
      readonly message: string;
      readonly issues: readonly ValidationIssue[];
      readonly shortfalls: readonly Shortfall[];
      readonly unapproved: readonly UnapprovedProposal[];
    };

/**
 * The rules for turning a package into the budget agreement: it must balance (else refused with each source, year and
 * amount) and hold only proposals FU has approved (else refused naming them: FU decides first). A proposal whose
 * amounts the package changed is adopted with changes, with the package's table as RR's amended table; the others
 * are adopted as in force; the initiatives become the agreement's appropriations, by chapter.
 */
export function agreementFromPackage(pkg: NegotiationPackage, proposals: readonly NegotiableProposal[]): AgreementFromPackage {
  const balance = packageBalance(pkg, proposals);
  const byId = new Map(proposals.map((proposal) => [proposal.id, proposal]));
  // packageBalance has thrown already if a proposal was not supplied.
  const included = pkg.proposals.map((item) => ({ item, proposal: byId.get(item.proposalId) as NegotiableProposal }));
  const unapproved = included
    .filter(({ proposal }) => proposal.state !== 'approved_by_fu')
    .map(({ proposal }) => ({ proposalId: proposal.id, reference: proposal.reference, state: proposal.state }));
  if (!balance.balanced || unapproved.length > 0) {
    const issues = [...balance.shortfalls.map((shortfall) => shortfallIssue(shortfall, pkg)), ...unapproved.map((proposal) => unapprovedIssue(proposal, pkg))];
    return { ok: false, message: refusalMessage(balance, unapproved), issues, shortfalls: balance.shortfalls, unapproved };
  }
  const adoptions = included.map(({ item, proposal }): AgreementAdoption => {
    const changed = isChangedByPackage(item.amendedTable, proposal);
    return {
      proposalId: proposal.id,
      reference: proposal.reference,
      outcome: changed ? 'adopted_with_changes' : 'adopted',
      amendedTable: changed ? item.amendedTable : null,
    };
  });
  return { ok: true, value: { adoptions, chapters: chaptersOf(pkg), balance } };
}

function shortfallIssue(shortfall: Shortfall, pkg: NegotiationPackage): ValidationIssue {
  // The path of the source as typed: the råderum's own field, the others by their place in «sources».
  const index = pkg.sources.findIndex((source) => source.key === shortfall.source);
  const path = shortfall.source === RAADERUM_KEY ? 'raaderum' : `sources[${index - 1}]`;
  return issue('agreement.package_unbalanced', path, `${shortfall.message} Pakken skal balancere, før den kan blive budgetaftalen.`);
}

function unapprovedIssue(proposal: UnapprovedProposal, pkg: NegotiationPackage): ValidationIssue {
  const index = pkg.proposals.findIndex((item) => item.proposalId === proposal.proposalId);
  return issue(
    'agreement.proposal_not_approved',
    `proposals[${index}].proposalId`,
    `Forslaget ${proposal.reference} er ${quote(PROPOSAL_STATE_LABELS[proposal.state])}; FU skal godkende det, før det kan indgå i budgetaftalen. Tag det ud af pakken, eller afvent FU's beslutning.`,
  );
}

function refusalMessage(balance: PackageBalance, unapproved: readonly UnapprovedProposal[]): string {
  const reasons: string[] = [];
  if (!balance.balanced) reasons.push(balance.message);
  if (unapproved.length > 0) {
    const named = joinDanish(unapproved.map((proposal) => `${proposal.reference} (${PROPOSAL_STATE_LABELS[proposal.state]})`));
    reasons.push(`FU har ikke godkendt ${unapproved.length === 1 ? 'forslaget' : 'forslagene'} ${named}, som pakken indeholder.`);
  }
  return `Pakken kan ikke blive budgetaftalen. ${reasons.join(' ')}`;
}

function chaptersOf(pkg: NegotiationPackage): AgreementChapterDraft[] {
  const chapters = new Map<string, { title: string; initiatives: AgreementInitiativeDraft[] }>();
  for (const initiative of pkg.initiatives) {
    // «Hospitaler» and «hospitaler » are one chapter; it keeps the spelling of its first initiative.
    const key = nameKey(initiative.chapter);
    const chapter = chapters.get(key) ?? { title: initiative.chapter, initiatives: [] };
    chapter.initiatives.push(draftOf(initiative, pkg));
    chapters.set(key, chapter);
  }
  return [...chapters.values()];
}

function draftOf(initiative: Initiative, pkg: NegotiationPackage): AgreementInitiativeDraft {
  const source = pkg.sources.find((candidate) => candidate.key === initiative.source);
  const sourceName = initiative.source === RAADERUM_KEY || !source ? null : source.name;
  const worded = { title: initiative.title, amounts: initiative.amounts, sourceName };
  return {
    key: initiative.key,
    title: initiative.title,
    text: initiative.text,
    amounts: initiative.amounts,
    source: initiative.source,
    sourceName,
    committee: initiative.committee,
    area: initiative.area,
    decisionSentence: decisionSentence(worded, pkg.yearColumns),
    appendixLine: appendixLine(worded, pkg.yearColumns),
  };
}
