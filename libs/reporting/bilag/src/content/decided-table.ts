import { ConsequenceTable, joinDanish, tableInForce } from '@budgetflow/domain';
import { BilagProposal } from '../model/bilag-data';

/** The table in force: as amended by FU or RR where a body changed it, else as submitted. */
export function decidedTable(proposal: BilagProposal): ConsequenceTable {
  return tableInForce(proposal);
}

/** True when a body changed the proposal's amounts. */
export function isAmended(proposal: BilagProposal): boolean {
  return proposal.decidedTable !== null;
}

/** "Besluttet af FU med ændringer" (or without the body when it is not known). */
export function amendmentLabel(proposal: BilagProposal): string {
  return proposal.amendedBy ? `Besluttet af ${proposal.amendedBy} med ændringer` : 'Besluttet med ændringer';
}

/** "(ændret af RR)" after a title. */
export function amendedMark(proposal: BilagProposal): string {
  return proposal.amendedBy ? `(ændret af ${proposal.amendedBy})` : '(ændret ved beslutning)';
}

/**
 * The note under a table of decided amounts: which proposals a body amended, so a reader can
 * tell why a figure differs from the catalogue.
 */
export function decidedAmountsNote(proposals: readonly BilagProposal[]): string {
  const amended = proposals.filter(isAmended);
  if (amended.length === 0) return 'Beløbene er som indsendt; intet forslag er ændret ved beslutning i FU eller RR.';
  const items = amended.map((proposal) => `${proposal.content.reference} ${proposal.content.title} ${amendedMark(proposal)}`);
  return `Beløbene er de besluttede: hvor FU eller RR har ændret et forslag, bruges det ændrede beløb. Ændret: ${joinDanish(items)}.`;
}
