import { IsDanishText } from '@budgetflow/platform';
import { AGREEMENT_LIMITS } from '@budgetflow/domain';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn, IsInt, IsOptional, IsString, IsUUID, MaxLength, Min, ValidateNested } from 'class-validator';

export class SignatoryDto {
  @ApiProperty({ enum: ['party', 'member'], description: 'party: et parti; member: et medlem, der skriver under alene (løsgænger)' })
  @IsIn(['party', 'member'])
  kind!: 'party' | 'member';

  @ApiProperty({ example: 'Socialdemokratiet' })
  @IsString()
  @MaxLength(AGREEMENT_LIMITS.signatoryNameCharacters)
  @IsDanishText('line')
  name!: string;
}

export class AgreementChapterTextDto {
  @ApiProperty({ description: 'Kapitlets titel (som i pakkens initiativer; et kapitel uden initiativer er kun tekst)', example: 'Hospitaler' })
  @IsString()
  @MaxLength(AGREEMENT_LIMITS.chapterTitleCharacters)
  @IsDanishText('line')
  title!: string;

  @ApiProperty({ description: 'Kapitlets tekst' })
  @IsString()
  @MaxLength(AGREEMENT_LIMITS.chapterTextCharacters)
  @IsDanishText('multiline')
  text!: string;
}

export class DecisionSentenceDto {
  @ApiProperty({ description: 'Initiativets nøgle i pakken', example: 'medicinreserve' })
  @IsString()
  initiativeKey!: string;

  @ApiProperty({ description: 'Beslutningssætningen, som den skal stå i aftalen (i stedet for den dannede)' })
  @IsString()
  @MaxLength(AGREEMENT_LIMITS.decisionSentenceCharacters)
  @IsDanishText('line')
  sentence!: string;
}

/** The budget agreement made from a negotiation package, as RR's secretariat confirms it. */
export class PackageAgreementDto {
  @ApiProperty({ format: 'uuid', description: 'Pakken, der bliver budgetaftalen (den skal balancere og kun have forslag godkendt af FU)' })
  @IsUUID()
  packageId!: string;

  @ApiPropertyOptional({ description: 'Pakkens version, som er gennemset (afvises, hvis pakken er gemt igen siden)' })
  @IsOptional()
  @IsInt()
  @Min(1)
  packageVersion?: number;

  @ApiProperty({ type: [SignatoryDto], description: 'Aftalens parter og medlemmer, der skriver under alene, i rækkefølge' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => SignatoryDto)
  signatories!: SignatoryDto[];

  @ApiProperty({ description: 'Aftalens dato (ÅÅÅÅ-MM-DD)', example: '2025-09-16' })
  @IsString()
  date!: string;

  @ApiPropertyOptional({ description: 'Aftalens indledning' })
  @IsOptional()
  @IsString()
  @MaxLength(AGREEMENT_LIMITS.introductionCharacters)
  @IsDanishText('multiline')
  introduction?: string;

  @ApiPropertyOptional({
    type: [AgreementChapterTextDto],
    description: 'Kapitlerne i aftalens rækkefølge med deres tekst; pakkens kapitler, der ikke nævnes, følger efter uden tekst',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => AgreementChapterTextDto)
  chapters?: AgreementChapterTextDto[];

  @ApiPropertyOptional({ type: [DecisionSentenceDto], description: 'Rettede beslutningssætninger pr. initiativ; de øvrige dannes af beløbene' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(300)
  @ValidateNested({ each: true })
  @Type(() => DecisionSentenceDto)
  decisionSentences?: DecisionSentenceDto[];

  @ApiPropertyOptional({ description: 'Regionsrådets beslutningstekst for de vedtagne forslag; som standard en tekst, der nævner aftalen' })
  @IsOptional()
  @IsString()
  @MaxLength(AGREEMENT_LIMITS.decisionTextCharacters)
  text?: string;
}
