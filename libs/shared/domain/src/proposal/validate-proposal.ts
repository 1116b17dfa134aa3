import { findCommittee, fagudvalg } from '../committee/committee';
import { formatMio } from '../money/format-amount';
import { BudgetRound } from '../round/budget-round';
import { columnLabel } from '../round/round-columns';
import { checkText, cleanText, joinDanish, quote } from '../validation/text';
import { issue, Validated, ValidationIssue } from '../validation/validation-issue';
import { ConsequenceTable, tableTotals } from './consequence-table';
import { PROPOSAL_KINDS, ProposalContent, ProposalDraftInput, ProposalKind, SECTION_KIND_LABELS, SECTION_KINDS, SectionKind, TextSection } from './proposal';
import { PROPOSAL_LIMITS } from './proposal-limits';
import { parseProposalReference } from './proposal-reference';
import { validateConsequenceTable } from './validate-table';

/** Longest title (PROPOSAL_LIMITS.titleCharacters). */
export const MAX_TITLE_LENGTH = PROPOSAL_LIMITS.titleCharacters;
const MAX_AREA_LENGTH = PROPOSAL_LIMITS.areaCharacters;
const MAX_HEADING_LENGTH = PROPOSAL_LIMITS.sectionHeadingCharacters;
const MAX_FUNDING_SOURCE_LENGTH = PROPOSAL_LIMITS.fundingSourceCharacters;
const MAX_BODY_LENGTH = PROPOSAL_LIMITS.sectionBodyCharacters;

function isProposalKind(value: unknown): value is ProposalKind {
  return PROPOSAL_KINDS.includes(value as ProposalKind);
}

function isSectionKind(value: unknown): value is SectionKind {
  return SECTION_KINDS.includes(value as SectionKind);
}

/**
 * Checks a typed proposal against its round and returns every problem at once, or the parsed,
 * trimmed proposal content.
 */
export function validateProposal(input: ProposalDraftInput, round: BudgetRound): Validated<ProposalContent> {
  const committee = cleanText(input.committee);
  const title = cleanText(input.title);
  const area = cleanText(input.area);
  const reference = cleanText(input.reference);
  const fundingSource = cleanText(input.fundingSource) || null;
  const table = validateConsequenceTable(input.table, round, 'table');
  const sections = checkSections(input);

  const issues: ValidationIssue[] = [
    ...checkReference(reference, committee, round),
    ...checkCommittee(committee, round),
    ...checkLength(title, 'title', 'titel', MAX_TITLE_LENGTH, 'proposal.title'),
    ...checkText(title, 'title', 'Titlen'),
    ...checkLength(area, 'area', 'angivelse af hospital/virksomhed/område', MAX_AREA_LENGTH, 'proposal.area'),
    ...checkText(area, 'area', 'Angivelsen af hospital/virksomhed/område'),
    ...checkText(reference, 'reference', 'Referencen'),
    ...checkText(fundingSource ?? '', 'fundingSource', 'Finansieringen'),
    ...(isProposalKind(input.kind)
      ? []
      : [issue('proposal.kind_invalid', 'kind', `Forslagstypen ${quote(input.kind)} kendes ikke; brug ${joinDanish(PROPOSAL_KINDS.map(quote))}.`)]),
    ...sections.issues,
    ...(table.ok ? [] : table.issues),
    // Funding depends on the totals, so it is only judged on a table that could be read.
    ...(table.ok ? checkFunding(input.kind, fundingSource, table.value) : []),
  ];
  // Table issues are in the list, so a failed table always means a failed proposal.
  if (issues.length > 0 || !table.ok) return { ok: false, issues };
  return {
    ok: true,
    value: {
      reference,
      roundName: round.name,
      committee,
      title,
      area,
      kind: input.kind as ProposalKind,
      sections: sections.value,
      fundingSource,
      table: table.value,
    },
  };
}

function checkLength(value: string, path: string, what: string, max: number, code: string): ValidationIssue[] {
  if (!value) return [issue(`${code}_empty`, path, `Forslaget skal have en ${what}.`)];
  if (value.length > max) return [issue(`${code}_too_long`, path, `Forslagets ${what} er ${value.length} tegn; højst ${max} er tilladt.`)];
  return [];
}

function checkReference(reference: string, committee: string, round: BudgetRound): ValidationIssue[] {
  const expected = `B${String(round.budgetYear % 100).padStart(2, '0')}-${committee || 'UDVALG'}-nn`;
  if (!reference) return [issue('proposal.reference_empty', 'reference', `Forslaget skal have en reference på formen ${quote(expected)}.`)];
  const parts = parseProposalReference(reference);
  if (!parts) {
    return [issue('proposal.reference_invalid', 'reference', `Referencen ${quote(reference)} skal have formen ${quote(expected)}, fx «B26-SU-01».`)];
  }
  const yearMatches = Number(parts.yearSuffix) === round.budgetYear % 100;
  if (!yearMatches || (committee && parts.committee !== committee)) {
    return [
      issue(
        'proposal.reference_mismatch',
        'reference',
        `Referencen ${quote(reference)} passer ikke til ${round.name} og udvalget ${quote(committee)}; den skal have formen ${quote(expected)}.`,
      ),
    ];
  }
  return [];
}

function checkCommittee(code: string, round: BudgetRound): ValidationIssue[] {
  const known = joinDanish(fagudvalg(round.committees).map((committee) => committee.code));
  if (!code) return [issue('proposal.committee_empty', 'committee', `Forslaget skal høre til et fagudvalg (${known}).`)];
  const committee = findCommittee(round.committees, code);
  if (!committee) {
    return [issue('proposal.committee_unknown', 'committee', `Udvalget ${quote(code)} findes ikke i ${round.name}; fagudvalgene er ${known}.`)];
  }
  if (committee.kind !== 'fagudvalg') {
    return [issue('proposal.committee_not_fagudvalg', 'committee', `${committee.name} kan ikke stille forslag; kun fagudvalg (${known}) kan.`)];
  }
  return [];
}

function checkSections(input: ProposalDraftInput): { issues: ValidationIssue[]; value: TextSection[] } {
  const issues: ValidationIssue[] = [];
  const value: TextSection[] = [];
  const sections = Array.isArray(input.sections) ? input.sections : [];
  if (sections.length > PROPOSAL_LIMITS.sections) {
    return {
      issues: [issue('proposal.too_many_sections', 'sections', `Forslaget har ${sections.length} afsnit; højst ${PROPOSAL_LIMITS.sections} er tilladt.`)],
      value: [],
    };
  }
  const seen = new Set<string>();
  sections.forEach((section, index) => {
    const path = `sections[${index}]`;
    const kind = section?.kind;
    const heading = cleanText(section?.heading) || (isSectionKind(kind) ? SECTION_KIND_LABELS[kind] : '');
    const body = cleanText(section?.body);
    if (!isSectionKind(kind)) {
      const known = joinDanish(SECTION_KINDS.map((known) => quote(SECTION_KIND_LABELS[known])));
      issues.push(issue('proposal.section_kind_invalid', `${path}.kind`, `Afsnitstypen ${quote(kind)} kendes ikke; brug ${known}.`));
    } else if (seen.has(kind)) {
      issues.push(
        issue('proposal.section_duplicate', `${path}.kind`, `Afsnittet ${quote(SECTION_KIND_LABELS[kind])} findes allerede; skriv teksten i ét afsnit.`),
      );
    }
    seen.add(kind);
    if (heading.length > MAX_HEADING_LENGTH) {
      issues.push(
        issue(
          'proposal.section_heading_too_long',
          `${path}.heading`,
          `Overskriften ${quote(heading)} er ${heading.length} tegn; højst ${MAX_HEADING_LENGTH} er tilladt.`,
        ),
      );
    }
    if (body.length > MAX_BODY_LENGTH) {
      issues.push(
        issue(
          'proposal.section_too_long',
          `${path}.body`,
          `Afsnittet ${quote(heading || index + 1)} er ${body.length.toLocaleString('da-DK')} tegn; højst ${MAX_BODY_LENGTH.toLocaleString('da-DK')} er tilladt. Del teksten, eller gør den kortere.`,
        ),
      );
    }
    issues.push(...checkText(cleanText(section?.heading), `${path}.heading`, `Overskriften på afsnit ${index + 1}`));
    issues.push(...checkText(body, `${path}.body`, `Afsnittet ${quote(heading || index + 1)}`, 'multiline'));
    if (!body) {
      issues.push(
        issue('proposal.section_body_empty', `${path}.body`, `Afsnittet ${quote(heading || index + 1)} er tomt; skriv en tekst eller fjern afsnittet.`),
      );
    }
    value.push({ kind: kind as SectionKind, heading, body });
  });
  if (!sections.some((section) => section?.kind === 'baggrund' || section?.kind === 'beskrivelse')) {
    issues.push(issue('proposal.description_missing', 'sections', 'Forslaget skal have et afsnit «Baggrund» eller «Beskrivelse af forslag».'));
  }
  return { issues, value };
}

function checkFunding(kind: string, fundingSource: string | null, table: ConsequenceTable): ValidationIssue[] {
  if (fundingSource && fundingSource.length > MAX_FUNDING_SOURCE_LENGTH) {
    return [
      issue(
        'proposal.funding_source_too_long',
        'fundingSource',
        `Finansieringen er beskrevet med ${fundingSource.length} tegn; højst ${MAX_FUNDING_SOURCE_LENGTH} er tilladt.`,
      ),
    ];
  }
  if (kind !== 'udvidelse' || fundingSource) return [];
  const totals = tableTotals(table);
  // An expansion that costs money in any column must say where the money comes from.
  const costly = table.columns.find((key) => (totals[key] ?? 0) > 0);
  if (costly === undefined) return [];
  return [
    issue(
      'proposal.funding_source_missing',
      'fundingSource',
      `Udvidelsesforslaget koster ${formatMio(totals[costly] ?? null)} (${columnLabel(costly)}) og skal derfor angive finansieringen, fx «finansieres af ulighedspuljen».`,
    ),
  ];
}
