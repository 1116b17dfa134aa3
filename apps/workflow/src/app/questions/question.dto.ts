import { ANSWERER_KINDS, QUESTION_LIMITS, QUESTION_STATES, QuestionState } from '@budgetflow/domain';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsDefined, IsIn, IsInt, IsObject, IsOptional, IsString, IsUUID, Min, ValidateNested } from 'class-validator';

// The bodies' shapes only; the domain's validateQuestion and validateAnswer check the values, with Danish messages.

/** A member's question. */
export class AskQuestionDto {
  @ApiProperty({ description: `Spørgsmålet (højst ${QUESTION_LIMITS.textCharacters} tegn)`, example: 'Hvad betyder B26-PSU-01 for nattevagterne i Aalborg?' })
  @IsString()
  text!: string;

  @ApiPropertyOptional({ description: 'De forslag i runden, spørgsmålet angår (id’er)', type: [String] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(QUESTION_LIMITS.proposals)
  @IsString({ each: true })
  proposalIds?: string[];

  @ApiPropertyOptional({ description: 'De bilag, spørgsmålet angår, ved navn', type: [String], example: ['Forslag til omstillingstemaer, Budget 2026'] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(QUESTION_LIMITS.bilag)
  @IsString({ each: true })
  bilag?: string[];
}

/** The version an act builds on (the alternative to If-Match). */
export class QuestionActDto {
  @ApiPropertyOptional({ description: 'Versionen handlingen bygger på (alternativ til If-Match)' })
  @IsOptional()
  @IsInt()
  @Min(1)
  version?: number;
}

/** The budget office rewords a question for clarity; the member's original is kept. */
export class RewordQuestionDto extends QuestionActDto {
  @ApiProperty({
    description: 'Den nye formulering',
    example: 'Hvilke konsekvenser har forslag B26-PSU-01 for bemandingen om natten på Aalborg Universitetshospital?',
  })
  @IsString()
  text!: string;
}

/** The budget office merges a duplicate into the question that answers it. */
export class MergeQuestionDto extends QuestionActDto {
  @ApiProperty({ format: 'uuid', description: 'Spørgsmålet, det lægges sammen med (samme runde)' })
  @IsUUID()
  intoQuestionId!: string;
}

export class AnswererDto {
  @ApiProperty({ enum: [...ANSWERER_KINDS], enumName: 'AnswererKind', description: 'Et udvalgssekretariat eller Koncernøkonomi selv' })
  @IsIn([...ANSWERER_KINDS])
  kind!: 'committee' | 'budget_office';

  @ApiPropertyOptional({ description: 'Udvalgets kode, når et udvalgssekretariat skal svare', example: 'PSU' })
  @IsOptional()
  @IsString()
  committee?: string;
}

/** The budget office assigns a question to its answerer; the deadline follows from the round's answering time. */
export class AssignQuestionDto extends QuestionActDto {
  @ApiProperty({ type: AnswererDto })
  @IsDefined()
  @ValidateNested()
  @Type(() => AnswererDto)
  answerer!: AnswererDto;
}

export class AnswerTableRowDto {
  @ApiProperty({ description: 'Rækkens tekst', example: 'Vikarlæger' })
  @IsString()
  label!: string;

  @ApiProperty({
    description: 'Beløb pr. kolonne i mio. kr., dansk format («41,3», «-0,125»); «-» er tom. Nøgler: rundens årstal og «permanent».',
    type: 'object',
    additionalProperties: { type: 'string' },
    example: { '2026': '41,3', '2027': '-', '2028': '-', permanent: '-' },
  })
  @IsObject()
  cells!: Record<string, string>;
}

export class AnswerTableDto {
  @ApiProperty({ type: [AnswerTableRowDto], description: `Højst ${QUESTION_LIMITS.answerTableRows} rækker` })
  @IsArray()
  @ArrayMaxSize(QUESTION_LIMITS.answerTableRows + 1)
  @ValidateNested({ each: true })
  @Type(() => AnswerTableRowDto)
  rows!: AnswerTableRowDto[];
}

/** The answerer's answer (a draft until the budget office approves it). */
export class AnswerQuestionDto extends QuestionActDto {
  @ApiProperty({ description: `Svaret (højst ${QUESTION_LIMITS.answerCharacters} tegn)` })
  @IsString()
  text!: string;

  @ApiPropertyOptional({ type: AnswerTableDto, nullable: true, description: 'En lille tabel med beløb i rundens kolonner; udeladt eller null: ingen' })
  @IsOptional()
  @ValidateNested()
  @Type(() => AnswerTableDto)
  table?: AnswerTableDto | null;
}

/** The budget office sends an answer back, saying what is missing. */
export class SendBackQuestionDto extends QuestionActDto {
  @ApiProperty({ description: 'Hvad der skal rettes i svaret', example: 'Svaret mangler tallene for 2024.' })
  @IsString()
  remark!: string;
}

export class QuestionQueryDto {
  @ApiPropertyOptional({ enum: QUESTION_STATES, enumName: 'QuestionState', description: 'Kun spørgsmål med denne status' })
  @IsOptional()
  @IsIn(QUESTION_STATES)
  state?: QuestionState;

  @ApiPropertyOptional({ enum: ['true', 'false'], description: 'true: kun dem, hvis svarfrist er overskredet' })
  @IsOptional()
  @IsIn(['true', 'false'])
  overdue?: 'true' | 'false';
}
