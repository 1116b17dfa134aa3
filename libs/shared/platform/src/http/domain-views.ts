import {
  BudgetRound,
  COMMITTEE_KINDS,
  CommitteeKind,
  ConsequenceTable,
  DECISION_BODY_LABELS,
  DECISION_OUTCOMES,
  PROPOSAL_KINDS,
  PROPOSAL_STATES,
  ProposalContent,
  QUESTION_ACTS,
  QUESTION_STATES,
  ProposalKind,
  ROLES,
  ROW_CATEGORIES,
  RowCategory,
  SECTION_KINDS,
  SectionKind,
  TableCells,
  WORKFLOW_ACTIONS,
} from '@budgetflow/domain';
import { ApiProperty, ApiPropertyOptional, ApiPropertyOptions } from '@nestjs/swagger';

// The domain's values as the services answer with them, described for the OpenAPI documents (from which the web
// app's types are generated): every object with its fields, every union of the domain as a named enum.

/** The domain's unions as named enums: one schema each in a document, one type each in the generated code. */
export const API_ENUMS = {
  ProposalState: { enum: [...PROPOSAL_STATES], enumName: 'ProposalState' },
  WorkflowAction: { enum: [...WORKFLOW_ACTIONS], enumName: 'WorkflowAction' },
  Role: { enum: [...ROLES], enumName: 'Role' },
  DecisionBody: { enum: Object.keys(DECISION_BODY_LABELS), enumName: 'DecisionBody' },
  DecisionOutcome: { enum: [...DECISION_OUTCOMES.FU, ...DECISION_OUTCOMES.RR], enumName: 'DecisionOutcome' },
  ProposalKind: { enum: [...PROPOSAL_KINDS], enumName: 'ProposalKind' },
  SectionKind: { enum: [...SECTION_KINDS], enumName: 'SectionKind' },
  RowCategory: { enum: [...ROW_CATEGORIES], enumName: 'RowCategory' },
  CommitteeKind: { enum: [...COMMITTEE_KINDS], enumName: 'CommitteeKind' },
  QuestionState: { enum: [...QUESTION_STATES], enumName: 'QuestionState' },
  QuestionAct: { enum: [...QUESTION_ACTS], enumName: 'QuestionAct' },
} satisfies Record<string, ApiPropertyOptions>;

/** Amounts per column (years and «permanent»), integers of thousand kroner; null is an empty cell. */
export const TABLE_CELLS = { type: 'object', additionalProperties: { type: 'integer', nullable: true } } satisfies ApiPropertyOptions;

/** Amounts per committee code, integers of thousand kroner. */
const AMOUNTS_BY_COMMITTEE = { type: 'object', additionalProperties: { type: 'integer' } } satisfies ApiPropertyOptions;

export class ConsequenceRowView {
  @ApiProperty({ description: 'Rækkens tekst' }) label!: string;
  @ApiProperty({ description: 'Kategori', ...API_ENUMS.RowCategory }) category!: RowCategory;
  @ApiProperty({ description: 'Beløb pr. kolonne (årstal og «permanent») i tusinde kr.; null er en tom celle', ...TABLE_CELLS }) cells!: TableCells;
}

/** A consequence table; its sum row is computed, never stored. */
export class ConsequenceTableView {
  @ApiProperty({ description: 'Kolonnernes nøgler: årstallene og «permanent»', type: [String] }) columns!: readonly string[];
  @ApiProperty({ description: 'Rækkerne', type: [ConsequenceRowView] }) rows!: readonly ConsequenceRowView[];
}

export class TextSectionView {
  @ApiProperty({ description: 'Afsnittets art', ...API_ENUMS.SectionKind }) kind!: SectionKind;
  @ApiProperty({ description: 'Overskrift' }) heading!: string;
  @ApiProperty({ description: 'Afsnittets tekst' }) body!: string;
}

/** A proposal's checked content. */
export class ProposalContentView {
  @ApiProperty({ description: 'Reference, fx «B26-SU-01»' }) reference!: string;
  @ApiProperty({ description: 'Budgetrundens navn' }) roundName!: string;
  @ApiProperty({ description: 'Udvalgets kode' }) committee!: string;
  @ApiProperty({ description: 'Titel' }) title!: string;
  @ApiProperty({ description: 'Hospital/virksomhed/område' }) area!: string;
  @ApiProperty({ description: 'Forslagets art', ...API_ENUMS.ProposalKind }) kind!: ProposalKind;
  @ApiProperty({ description: 'Tekstafsnittene i skabelonens rækkefølge', type: [TextSectionView] }) sections!: readonly TextSectionView[];
  @ApiProperty({ description: 'Finansiering af en udvidelse; null når den ikke er angivet', nullable: true, type: String }) fundingSource!: string | null;
  @ApiProperty({ description: 'Økonomisk konsekvens (tusinde kr.)', type: ConsequenceTableView }) table!: ConsequenceTableView;
}

export class CommitteeView {
  @ApiProperty({ description: 'Kode, fx «SU»' }) code!: string;
  @ApiProperty({ description: 'Navn' }) name!: string;
  @ApiProperty({ description: 'Art', ...API_ENUMS.CommitteeKind }) kind!: CommitteeKind;
}

export class RoundDatesView {
  @ApiPropertyOptional({ description: 'FU fastsætter rammer (ÅÅÅÅ-MM-DD)' }) framesApprovedByFu?: string;
  @ApiPropertyOptional({ description: 'Frist for forslag (ÅÅÅÅ-MM-DD)' }) proposalDeadline?: string;
  @ApiPropertyOptional({ description: 'FU godkender udvalgsarbejdet (ÅÅÅÅ-MM-DD)' }) committeeWorkApprovedByFu?: string;
  @ApiPropertyOptional({ description: 'Regionsrådets vedtagelse (ÅÅÅÅ-MM-DD)' }) rrAdoption?: string;
}

/** A budget round's definition; amounts are integers of thousand kroner. */
export class BudgetRoundView {
  @ApiProperty({ description: 'Navn, fx «Budget 2026»' }) name!: string;
  @ApiProperty({ description: 'Region' }) region!: string;
  @ApiProperty({ description: 'Budgetår' }) budgetYear!: number;
  @ApiProperty({ description: 'Prisniveau, fx «P/L-2025»' }) priceLevel!: string;
  @ApiProperty({ description: 'Årskolonnerne, budgetåret først', type: [Number] }) yearColumns!: readonly number[];
  @ApiProperty({ description: 'Råderummet (positivt, tusinde kr.); null uden måltal', nullable: true, type: Number }) target!: number | null;
  @ApiProperty({ description: 'Besparelsesramme pr. fagudvalg (tusinde kr.)', ...AMOUNTS_BY_COMMITTEE }) frames!: Record<string, number>;
  @ApiProperty({ description: 'Udvalgene', type: [CommitteeView] }) committees!: readonly CommitteeView[];
  @ApiPropertyOptional({ description: 'Rundens datoer', type: RoundDatesView }) dates?: RoundDatesView;
}

// The domain's types are what the services return; each view must describe exactly that shape.
type Describes<View, Domain> = [Domain] extends [View] ? true : never;
export const VIEWS_DESCRIBE_THE_DOMAIN: [
  Describes<ConsequenceTableView, ConsequenceTable>,
  Describes<ProposalContentView, ProposalContent>,
  Describes<BudgetRoundView, BudgetRound>,
] = [true, true, true];
