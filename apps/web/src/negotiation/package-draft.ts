import { INCLUDABLE_STATES, formatAmount, packageBalance, validatePackage } from '@budgetflow/domain';
import type {
  AmountsInput,
  BudgetRound,
  ColumnKey,
  InitiativeInput,
  NegotiableProposal,
  NegotiationPackage,
  PackageBalance,
  PackageInput,
  TableCells,
  ValidationIssue,
} from '@budgetflow/domain';
import { tableBodyOf, tableDraftOf } from '../consequence-table/table-draft';
import type { NegotiationPackageView, PackageBody, WorkflowProposalView as ProposalView } from '../api/views';

/** The package editor's state: the domain's typed package (amounts as Danish text), which the API takes as it is. */
export type PackageDraft = PackageInput;

/** The round's proposals as the package rules take them: the table in force is the one the decisions left. */
export function negotiableProposals(proposals: readonly ProposalView[]): NegotiableProposal[] {
  return proposals.map((proposal) => ({
    id: proposal.id,
    reference: proposal.reference,
    title: proposal.title,
    committee: proposal.committee,
    state: proposal.state,
    tableInForce: proposal.decidedTable,
  }));
}

/** The proposals a package may include (approved by FU, or still on FU's agenda), in the catalogue's order. */
export function includableProposals<T extends { state: NegotiableProposal['state']; reference: string }>(proposals: readonly T[]): T[] {
  return proposals.filter((proposal) => INCLUDABLE_STATES.includes(proposal.state)).sort((a, b) => a.reference.localeCompare(b.reference, 'da'));
}

/** Every column empty: typed as nothing, read as no amount. */
export function emptyAmounts(columns: readonly ColumnKey[]): AmountsInput {
  return Object.fromEntries(columns.map((column) => [column, '']));
}

/** A stored column's amounts as the editor's text (-20000 → "-20,0", none → "-"). */
export function amountsDraftOf(cells: Readonly<Record<string, number | null>>, columns: readonly ColumnKey[]): AmountsInput {
  return Object.fromEntries(columns.map((column) => [column, formatAmount(cells[column] ?? null)]));
}

/** A new package: the råderum empty, the proposals FU has approved included, no initiatives. */
export function newPackageDraft(name: string, columns: readonly ColumnKey[], proposals: readonly ProposalView[]): PackageDraft {
  return {
    name,
    raaderum: emptyAmounts(columns),
    sources: [],
    proposals: proposals.filter((proposal) => proposal.state === 'approved_by_fu').map((proposal) => ({ proposalId: proposal.id })),
    initiatives: [],
  };
}

/** A stored package as the editor's state. */
export function packageDraftOf(content: NegotiationPackageView, columns: readonly ColumnKey[]): PackageDraft {
  const [raaderum, ...others] = content.sources;
  return {
    name: content.name,
    raaderum: amountsDraftOf(raaderum?.opening ?? {}, columns),
    sources: others.map((source) => ({ key: source.key, name: source.name, amounts: amountsDraftOf(source.opening, columns) })),
    proposals: content.proposals.map((item) => ({
      proposalId: item.proposalId,
      amendedTable: item.amendedTable ? tableDraftOf(item.amendedTable) : null,
      source: item.source,
    })),
    initiatives: content.initiatives.map((initiative): InitiativeInput => ({
      key: initiative.key,
      chapter: initiative.chapter,
      title: initiative.title,
      text: initiative.text,
      amounts: amountsDraftOf(initiative.amounts, columns),
      source: initiative.source,
      committee: initiative.committee,
      area: initiative.area,
    })),
  };
}

/**
 * A key for a new source or initiative from its name («Pulje til arbejdsmiljø» → «pulje-til-arbejdsmiljoe»), made
 * unique among the keys taken; the key stays when the name is edited, so copies of a package compare item by item.
 */
export function keyFromName(name: string, taken: readonly string[]): string {
  const base =
    name
      .toLowerCase()
      .replace(/æ/g, 'ae')
      .replace(/ø/g, 'oe')
      .replace(/å/g, 'aa')
      .normalize('NFKD')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60) || 'post';
  let key = base;
  for (let number = 2; taken.includes(key); number += 1) key = `${base}-${number}`;
  return key;
}

/** The draft checked by the domain's rules, and its balance when it is valid (the same rules the service applies). */
export type CheckedDraft =
  | { readonly ok: true; readonly pkg: NegotiationPackage; readonly balance: PackageBalance }
  | { readonly ok: false; readonly issues: readonly ValidationIssue[] };

export function checkDraft(draft: PackageDraft, round: BudgetRound, proposals: readonly NegotiableProposal[]): CheckedDraft {
  const validated = validatePackage(draft, { round, proposals });
  if (!validated.ok) return { ok: false, issues: validated.issues };
  return { ok: true, pkg: validated.value, balance: packageBalance(validated.value, proposals) };
}

/** The cells of the columns as the balance table shows them. */
export function cellsOf(cells: TableCells, columns: readonly ColumnKey[]): (number | null)[] {
  return columns.map((column) => cells[column] ?? null);
}

/** The draft as the API's body (the same values in plain, mutable lists, as the generated types want them). */
export function packageBodyOf(draft: PackageDraft): PackageBody {
  return {
    name: draft.name,
    raaderum: { ...draft.raaderum },
    sources: (draft.sources ?? []).map((source) => ({ key: source.key, name: source.name, amounts: { ...source.amounts } })),
    proposals: (draft.proposals ?? []).map((item) => ({
      proposalId: item.proposalId,
      amendedTable: item.amendedTable ? tableBodyOf(item.amendedTable) : null,
      source: item.source ?? null,
    })),
    initiatives: (draft.initiatives ?? []).map((initiative) => ({ ...initiative, text: initiative.text ?? null, amounts: { ...initiative.amounts } })),
  };
}
