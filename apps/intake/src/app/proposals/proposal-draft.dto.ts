import { PROPOSAL_LIMITS } from '@budgetflow/domain';
import { ConsequenceTableDto } from '@budgetflow/platform';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsInt, IsOptional, IsString, MaxLength, Min, ValidateNested } from 'class-validator';

export class TextSectionDto {
  @ApiProperty({ description: 'Afsnittets art', enum: ['baggrund', 'beskrivelse', 'forslag', 'oekonomi', 'oevrige_forhold'] })
  @IsString()
  kind!: string;

  @ApiPropertyOptional({ description: 'Overskrift, hvis den afviger fra artens standard (fx «Prioriteringsforslag»)' })
  @IsOptional()
  @IsString()
  @MaxLength(PROPOSAL_LIMITS.sectionHeadingCharacters)
  heading?: string;

  @ApiProperty({ description: 'Afsnittets tekst' })
  @IsString()
  @MaxLength(PROPOSAL_LIMITS.sectionBodyCharacters)
  body!: string;
}

/** What a committee writes: the proposal's content. */
export class ProposalDraftDto {
  @ApiPropertyOptional({ description: 'Reference, fx «B26-SU-01»; tildeles automatisk når den udelades' })
  @IsOptional()
  @IsString()
  @MaxLength(PROPOSAL_LIMITS.referenceCharacters)
  reference?: string;

  @ApiPropertyOptional({ description: 'Udvalgets kode; som standard udvalget i adgangsbilletten' })
  @IsOptional()
  @IsString()
  committee?: string;

  @ApiProperty({ description: 'Forslagets titel', example: 'Effektiv ambulatoriedrift' })
  @IsString()
  title!: string;

  @ApiProperty({ description: 'Hospital/virksomhed/område forslaget vedrører' })
  @IsString()
  area!: string;

  @ApiProperty({ description: 'Forslagets art', enum: ['omstilling', 'udvidelse', 'anlaeg'] })
  @IsString()
  kind!: string;

  @ApiProperty({ description: 'Tekstafsnit i rækkefølge', type: [TextSectionDto] })
  @IsArray()
  @ArrayMaxSize(PROPOSAL_LIMITS.sections)
  @ValidateNested({ each: true })
  @Type(() => TextSectionDto)
  sections!: TextSectionDto[];

  @ApiPropertyOptional({ description: 'Finansiering, når forslaget koster penge (fx «finansieres af ulighedspuljen»)', nullable: true, type: String })
  @IsOptional()
  @IsString()
  fundingSource?: string | null;

  @ApiProperty({ description: 'Økonomisk konsekvens', type: ConsequenceTableDto })
  @ValidateNested()
  @Type(() => ConsequenceTableDto)
  table!: ConsequenceTableDto;
}

/** An edit: the whole new content, and the version it was based on (or an If-Match header). */
export class UpdateProposalDto extends ProposalDraftDto {
  @ApiPropertyOptional({ description: 'Versionen ændringen bygger på (alternativ til If-Match)' })
  @IsOptional()
  @IsInt()
  @Min(1)
  version?: number;
}

/** Submit or withdraw: optionally the version the caller saw. */
export class ProposalActionDto {
  @ApiPropertyOptional({ description: 'Versionen handlingen bygger på (alternativ til If-Match)' })
  @IsOptional()
  @IsInt()
  @Min(1)
  version?: number;
}
