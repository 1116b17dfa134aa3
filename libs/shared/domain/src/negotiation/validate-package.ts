import { fagudvalg, findCommittee } from '../committee/committee';
import { Amount } from '../money/amount';
import { parseAmount } from '../money/parse-amount';
import { ConsequenceTable, TableCells } from '../proposal/consequence-table';
import { validateConsequenceTable } from '../proposal/validate-table';
import { BudgetRound } from '../round/budget-round';
import { ColumnKey, columnKeys, columnLabel } from '../round/round-columns';
import { checkText, cleanText, joinDanish, lowerFirst, quote, TextKind } from '../validation/text';
import { issue, Validated, validated, ValidationIssue } from '../validation/validation-issue';
import { PROPOSAL_STATE_LABELS } from '../workflow/proposal-state';
import {
  AmountsInput,
  FundingSource,
  FundingSourceInput,
  INCLUDABLE_STATES,
  Initiative,
  InitiativeInput,
  NegotiableProposal,
  NegotiationPackage,
  PackageInput,
  PackageProposal,
  PackageProposalInput,
  RAADERUM_KEY,
  RAADERUM_NAME,
} from './package';
import { nameKey } from '../validation/name-key';
import { PACKAGE_LIMITS } from './package-limits';
import { sameTable } from './same-table';

/** What a package is checked against: its round and the round's proposals it may include. */
export interface PackageContext {
  readonly round: Pick<BudgetRound, 'name' | 'yearColumns' | 'committees'>;
  readonly proposals: readonly NegotiableProposal[];
}

// Collects issues while parts of the package are read; each reader returns its value and pushes its problems here.
type Issues = ValidationIssue[];

/**
 * Checks a typed package against its round and the round's proposals and returns every problem at once (paths such
 * as "initiatives[2].amounts.2027" or "proposals[0].amendedTable.rows[1].cells.permanent"), or the package. An amended
 * table equal to the table in force is stored as no change (null), so the package follows the table in force.
 */
export function validatePackage(input: PackageInput, context: PackageContext): Validated<NegotiationPackage> {
  const issues: Issues = [];
  const keys = columnKeys(context.round);
  const name = readText(input?.name, 'name', 'Pakkens navn', PACKAGE_LIMITS.nameCharacters, issues, {
    code: 'package.name',
    emptyMessage: 'Pakken skal have et navn, fx «Forhandlingsoplæg 1».',
  });
  const raaderum: FundingSource = { key: RAADERUM_KEY, name: RAADERUM_NAME, opening: readAmounts(input?.raaderum, keys, 'raaderum', 'Råderummet', issues) };
  const others = readSources(listOf(input?.sources), keys, issues);
  const sources = [raaderum, ...others];
  const proposals = readProposals(listOf(input?.proposals), sources, context, issues);
  const initiatives = readInitiatives(listOf(input?.initiatives), sources, keys, context, issues);
  return validated(issues, () => ({ name, yearColumns: [...context.round.yearColumns], sources, proposals, initiatives }));
}

function listOf<T>(value: readonly T[] | undefined): readonly T[] {
  // A body without the list (or with something else in its place) is an empty list; the DTO checks the shape.
  return Array.isArray(value) ? value : [];
}

/** Reads one amount per column; "-" or "" is null. `label` starts the messages («Råderummet», «Initiativet «…»»). */
function readAmounts(typed: AmountsInput | undefined, keys: readonly ColumnKey[], path: string, label: string, issues: Issues): TableCells {
  const cells: Record<ColumnKey, Amount | null> = {};
  if (!typed || typeof typed !== 'object') {
    issues.push(issue('package.amounts_missing', path, `${label} mangler beløb for ${joinDanish(keys.map(columnLabel))}.`));
    return Object.fromEntries(keys.map((key) => [key, null]));
  }
  for (const key of keys) {
    if (!(key in typed)) {
      issues.push(issue('package.amount_missing', `${path}.${key}`, `${label} mangler et beløb for ${columnLabel(key)}; skriv «-», hvis der intet er.`));
      cells[key] = null;
      continue;
    }
    const parsed = parseAmount(typed[key] as string);
    if (parsed.ok) cells[key] = parsed.value;
    else {
      issues.push(issue('package.amount_invalid', `${path}.${key}`, `${label}, ${columnLabel(key)}: ${parsed.error.message}`));
      cells[key] = null;
    }
  }
  for (const key of Object.keys(typed).filter((key) => !keys.includes(key))) {
    issues.push(
      issue(
        'package.amount_unknown_column',
        `${path}.${key}`,
        `${label} har et beløb for ${quote(key)}, som ikke er en kolonne i runden (kolonnerne er ${joinDanish(keys.map(columnLabel))}).`,
      ),
    );
  }
  return cells;
}

function readKey(value: unknown, path: string, label: string, seen: Set<string>, issues: Issues): string {
  const key = cleanText(value);
  if (!key) issues.push(issue('package.key_empty', path, `${label} mangler sin nøgle (et id, som pakken kender den på).`));
  else if (key.length > PACKAGE_LIMITS.keyCharacters) {
    issues.push(issue('package.key_too_long', path, `${label} har en nøgle på ${key.length} tegn; højst ${PACKAGE_LIMITS.keyCharacters} er tilladt.`));
  } else if (seen.has(key)) issues.push(issue('package.key_duplicate', path, `${label} har nøglen ${quote(key)}, som allerede er brugt i pakken.`));
  issues.push(...checkText(key, path, `Nøglen på ${lowerFirst(label)}`));
  seen.add(key);
  return key;
}

function readSources(typed: readonly FundingSourceInput[], keys: readonly ColumnKey[], issues: Issues): FundingSource[] {
  if (typed.length > PACKAGE_LIMITS.sources) {
    issues.push(
      issue(
        'package.too_many_sources',
        'sources',
        `Pakken har ${typed.length} finansieringskilder ud over råderummet; højst ${PACKAGE_LIMITS.sources} er tilladt.`,
      ),
    );
    return [];
  }
  const seenKeys = new Set([RAADERUM_KEY]);
  const seenNames = new Set([nameKey(RAADERUM_NAME)]);
  return typed.map((source, index) => {
    const path = `sources[${index}]`;
    const name = cleanText(source?.name);
    const label = name ? `Kilden ${quote(name)}` : `Kilde nr. ${index + 1}`;
    const key = readKey(source?.key, `${path}.key`, label, seenKeys, issues);
    const before = issues.length;
    readText(source?.name, `${path}.name`, `Navnet på kilde nr. ${index + 1}`, PACKAGE_LIMITS.sourceNameCharacters, issues, {
      code: 'package.source_name',
      emptyMessage: `Kilde nr. ${index + 1} skal have et navn, fx «sundhedspakken».`,
    });
    if (issues.length === before && seenNames.has(nameKey(name))) {
      issues.push(issue('package.source_name_duplicate', `${path}.name`, `${label} findes allerede i pakken; giv kilderne forskellige navne.`));
    }
    seenNames.add(nameKey(name));
    return { key, name, opening: readAmounts(source?.amounts, keys, `${path}.amounts`, label, issues) };
  });
}

function readSource(value: unknown, sources: readonly FundingSource[], path: string, label: string, issues: Issues): string {
  const key = cleanText(value) || RAADERUM_KEY;
  if (!sources.some((source) => source.key === key)) {
    const known = joinDanish(sources.map((source) => quote(source.name)));
    issues.push(issue('package.source_unknown', path, `${label} finansieres af ${quote(key)}, som ikke er en kilde i pakken; kilderne er ${known}.`));
  }
  return key;
}

function readProposals(typed: readonly PackageProposalInput[], sources: readonly FundingSource[], context: PackageContext, issues: Issues): PackageProposal[] {
  if (typed.length > PACKAGE_LIMITS.proposals) {
    issues.push(issue('package.too_many_proposals', 'proposals', `Pakken har ${typed.length} forslag; højst ${PACKAGE_LIMITS.proposals} er tilladt.`));
    return [];
  }
  const byId = new Map(context.proposals.map((proposal) => [proposal.id, proposal]));
  const seen = new Set<string>();
  return typed.map((item, index) => {
    const path = `proposals[${index}]`;
    const proposalId = cleanText(item?.proposalId);
    const proposal = byId.get(proposalId);
    const label = proposal ? `Forslaget ${proposal.reference}` : `Forslag nr. ${index + 1}`;
    if (!proposal) {
      issues.push(issue('package.proposal_unknown', `${path}.proposalId`, `Forslaget ${quote(proposalId)} findes ikke i ${context.round.name}.`));
    } else if (seen.has(proposalId)) {
      issues.push(issue('package.proposal_duplicate', `${path}.proposalId`, `${label} står allerede i pakken; et forslag kan kun indgå én gang.`));
    } else if (!INCLUDABLE_STATES.includes(proposal.state)) {
      issues.push(
        issue(
          'package.proposal_not_includable',
          `${path}.proposalId`,
          `${label} er ${quote(PROPOSAL_STATE_LABELS[proposal.state])} og kan ikke indgå i en pakke; kun forslag, som FU har godkendt eller har på dagsordenen, kan.`,
        ),
      );
    }
    seen.add(proposalId);
    const source = readSource(item?.source, sources, `${path}.source`, label, issues);
    return { proposalId, amendedTable: readAmendedTable(item?.amendedTable, proposal, path, context, issues), source };
  });
}

function readAmendedTable(
  typed: PackageProposalInput['amendedTable'],
  proposal: NegotiableProposal | undefined,
  path: string,
  context: PackageContext,
  issues: Issues,
): ConsequenceTable | null {
  if (!typed) return null;
  const table = validateConsequenceTable(typed, context.round, `${path}.amendedTable`);
  if (!table.ok) {
    issues.push(...table.issues);
    return null;
  }
  // Typing the amounts in force again is no change: the package keeps following the table in force.
  return proposal && sameTable(table.value, proposal.tableInForce) ? null : table.value;
}

function readInitiatives(
  typed: readonly InitiativeInput[],
  sources: readonly FundingSource[],
  keys: readonly ColumnKey[],
  context: PackageContext,
  issues: Issues,
): Initiative[] {
  if (typed.length > PACKAGE_LIMITS.initiatives) {
    issues.push(
      issue('package.too_many_initiatives', 'initiatives', `Pakken har ${typed.length} nye initiativer; højst ${PACKAGE_LIMITS.initiatives} er tilladt.`),
    );
    return [];
  }
  const seenKeys = new Set<string>();
  return typed.map((item, index) => readInitiative(item, `initiatives[${index}]`, index, seenKeys, sources, keys, context, issues));
}

function readInitiative(
  item: InitiativeInput,
  path: string,
  index: number,
  seenKeys: Set<string>,
  sources: readonly FundingSource[],
  keys: readonly ColumnKey[],
  context: PackageContext,
  issues: Issues,
): Initiative {
  const title = cleanText(item?.title);
  const label = title ? `Initiativet ${quote(title)}` : `Initiativ nr. ${index + 1}`;
  const key = readKey(item?.key, `${path}.key`, label, seenKeys, issues);
  const chapter = readText(item?.chapter, `${path}.chapter`, 'Kapitlets navn', PACKAGE_LIMITS.chapterCharacters, issues, {
    code: 'package.initiative_chapter',
    emptyMessage: `${label} skal høre til et kapitel i aftalen, fx «Hospitaler».`,
  });
  readText(item?.title, `${path}.title`, 'Titlen', PACKAGE_LIMITS.initiativeTitleCharacters, issues, {
    code: 'package.initiative_title',
    emptyMessage: `Initiativ nr. ${index + 1} skal have en titel.`,
  });
  const text = readText(item?.text, `${path}.text`, `Teksten til ${lowerFirst(label)}`, PACKAGE_LIMITS.initiativeTextCharacters, issues, {
    code: 'package.initiative_text',
    kind: 'multiline',
  });
  const area = readText(item?.area, `${path}.area`, `Området for ${lowerFirst(label)}`, PACKAGE_LIMITS.initiativeAreaCharacters, issues, {
    code: 'package.initiative_area',
  });
  const committee = readCommittee(item?.committee, `${path}.committee`, context, issues);
  if (!committee && !area && !cleanText(item?.committee)) {
    issues.push(issue('package.initiative_owner_missing', `${path}.committee`, `${label} skal høre til et fagudvalg eller et område, fx «Psykiatri».`));
  }
  const before = issues.length;
  const amounts = readAmounts(item?.amounts, keys, `${path}.amounts`, label, issues);
  // Only amounts that could all be read can be judged empty; «-» everywhere is a forgotten row, 0 is a choice.
  if (issues.length === before && keys.every((column) => amounts[column] === null)) {
    issues.push(issue('package.initiative_no_amounts', `${path}.amounts`, `${label} har ingen beløb; skriv 0, hvis det ikke har økonomisk konsekvens.`));
  }
  const source = readSource(item?.source, sources, `${path}.source`, label, issues);
  return { key, chapter, title, text, amounts, source, committee, area: area || null };
}

/**
 * Reads a typed text: trimmed, at most `max` characters, by the text rule; `what` names it in messages («Titlen»).
 * With an emptyMessage the text is required.
 */
function readText(
  value: unknown,
  path: string,
  what: string,
  max: number,
  issues: Issues,
  rule: { readonly code: string; readonly emptyMessage?: string; readonly kind?: TextKind },
): string {
  const text = cleanText(value);
  if (!text && rule.emptyMessage) issues.push(issue(`${rule.code}_empty`, path, rule.emptyMessage));
  else if (text.length > max) {
    issues.push(
      issue(`${rule.code}_too_long`, path, `${what} er ${text.length.toLocaleString('da-DK')} tegn; højst ${max.toLocaleString('da-DK')} er tilladt.`),
    );
  }
  issues.push(...checkText(text, path, what, rule.kind));
  return text;
}

function readCommittee(value: unknown, path: string, context: PackageContext, issues: Issues): string | null {
  const code = cleanText(value);
  if (!code) return null;
  const committee = findCommittee(context.round.committees, code);
  if (committee?.kind === 'fagudvalg') return code;
  const known = joinDanish(fagudvalg(context.round.committees).map((known) => known.code));
  issues.push(issue('package.initiative_committee_unknown', path, `${quote(code)} er ikke et fagudvalg i ${context.round.name}; fagudvalgene er ${known}.`));
  return null;
}
