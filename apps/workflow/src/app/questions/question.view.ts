import { ANSWERER_KINDS, QuestionAct, QuestionState, TableCells } from '@budgetflow/domain';
import { API_ENUMS, TABLE_CELLS } from '@budgetflow/platform';
import { ApiProperty } from '@nestjs/swagger';

export class QuestionAskerView {
  @ApiProperty({ description: 'Medlemmets navn', example: 'Mette Lund' }) name!: string;
  @ApiProperty({ description: 'Partiet', example: 'Socialdemokratiet' }) party!: string;
}

export class QuestionAnswererView {
  @ApiProperty({ enum: [...ANSWERER_KINDS], enumName: 'AnswererKind' }) kind!: 'committee' | 'budget_office';
  @ApiProperty({ nullable: true, type: String, description: 'Udvalgets kode, når et udvalgssekretariat svarer' }) committee!: string | null;
  @ApiProperty({ description: 'På dansk', example: 'Udvalgssekretariatet for PSU' }) label!: string;
}

export class QuestionReferenceView {
  @ApiProperty({ format: 'uuid' }) questionId!: string;
  @ApiProperty() number!: number;
}

export class AnswerTableRowView {
  @ApiProperty({ description: 'Rækkens tekst' }) label!: string;
  @ApiProperty({ description: 'Beløb pr. kolonne (årstal og «permanent») i tusinde kr.; null er en tom celle', ...TABLE_CELLS }) cells!: TableCells;
}

export class AnswerTableView {
  @ApiProperty({ type: [AnswerTableRowView] }) rows!: AnswerTableRowView[];
}

export class QuestionAnswerView {
  @ApiProperty({ description: 'Svaret' }) text!: string;
  @ApiProperty({ type: AnswerTableView, nullable: true }) table!: AnswerTableView | null;
  @ApiProperty({ description: 'Hvornår det blev skrevet (ISO 8601)' }) answeredAt!: string;
  @ApiProperty({ description: 'Hvem der skrev det', example: 'Peter Sørensen, Udvalgssekretariatet for PSU' }) answeredBy!: string;
  @ApiProperty({ nullable: true, type: String, description: 'Godkendt og offentliggjort (ISO 8601); null for et udkast' }) approvedAt!: string | null;
  @ApiProperty({ nullable: true, type: String, description: 'Godkendt af' }) approvedBy!: string | null;
}

/**
 * A budget question as the caller may see it: the answer only when approved, or to the budget office and the
 * answerer; the remark of a sending back only to them.
 */
export class QuestionView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) roundId!: string;
  @ApiProperty({ description: 'Nummeret i runden (1, 2, 3 … uden huller)' }) number!: number;
  @ApiProperty({ example: 'Spørgsmål nr. 7' }) title!: string;
  @ApiProperty({ ...API_ENUMS.QuestionState }) state!: QuestionState;
  @ApiProperty({ description: 'Status på dansk' }) stateLabel!: string;
  @ApiProperty({ description: 'Stillet (ISO 8601)' }) askedAt!: string;
  @ApiProperty({ type: QuestionAskerView }) asker!: QuestionAskerView;
  @ApiProperty({ description: 'Sandt, når den kaldende selv stillede spørgsmålet' }) mine!: boolean;
  @ApiProperty({ description: 'Den gældende formulering' }) text!: string;
  @ApiProperty({ description: 'Medlemmets egen formulering' }) originalText!: string;
  @ApiProperty({ description: 'Sandt, når Koncernøkonomi har omformuleret spørgsmålet' }) reworded!: boolean;
  @ApiProperty({ type: [String], description: 'De forslag, spørgsmålet angår' }) proposalIds!: string[];
  @ApiProperty({ type: [String], description: 'De bilag, spørgsmålet angår' }) bilag!: string[];
  @ApiProperty({ type: QuestionAnswererView, nullable: true }) answerer!: QuestionAnswererView | null;
  @ApiProperty({ nullable: true, type: String, description: 'Fordelt (ISO 8601)' }) assignedAt!: string | null;
  @ApiProperty({ nullable: true, type: String, description: 'Svarfrist (ISO 8601)' }) deadline!: string | null;
  @ApiProperty({ description: 'Sandt, når svarfristen er overskredet, og svaret stadig mangler' }) overdue!: boolean;
  @ApiProperty({ type: QuestionReferenceView, nullable: true, description: 'Det spørgsmål, det er lagt sammen med' }) mergedInto!: QuestionReferenceView | null;
  @ApiProperty({ type: QuestionAnswerView, nullable: true }) answer!: QuestionAnswerView | null;
  @ApiProperty({ nullable: true, type: String, description: 'Koncernøkonomis bemærkning, da svaret blev sendt tilbage' }) remark!: string | null;
  @ApiProperty({ description: 'Version; send den med ved handlinger (If-Match eller «version»)' }) version!: number;
  @ApiProperty({ description: 'Handlinger den kaldende må udføre nu', ...API_ENUMS.QuestionAct, isArray: true }) allowedActs!: QuestionAct[];
}

/** One line of a question's history: who (name, role, party or committee) and when. */
export class QuestionHistoryEntryView {
  @ApiProperty({ description: 'Tidspunkt (ISO 8601)' }) at!: string;
  @ApiProperty({ ...API_ENUMS.QuestionAct }) act!: QuestionAct;
  @ApiProperty({ example: 'Fordelt' }) actLabel!: string;
  @ApiProperty({ description: 'Hvem, på dansk', example: 'Karen Holm, Koncernøkonomi' }) actor!: string;
  @ApiProperty({ ...API_ENUMS.Role, description: 'Rolle' }) actorRole!: string;
  @ApiProperty({ nullable: true, type: String }) actorName!: string | null;
  @ApiProperty({ nullable: true, type: String, description: 'Partiet, når et regionsrådsmedlem handlede' }) actorParty!: string | null;
  @ApiProperty({ nullable: true, type: String, description: 'Udvalget, når et udvalgssekretariat handlede' }) actorCommittee!: string | null;
  @ApiProperty({ ...API_ENUMS.QuestionState, nullable: true }) fromState!: QuestionState | null;
  @ApiProperty({ ...API_ENUMS.QuestionState }) toState!: QuestionState;
  @ApiProperty({
    nullable: true,
    type: String,
    description:
      'Hvad handlingen skrev: formuleringen, fordelingen, svaret eller bemærkningen (et svar og en bemærkning kun for dem, der må læse svaret før godkendelsen)',
  })
  text!: string | null;
}
