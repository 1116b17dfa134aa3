import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { PROPOSAL_LIMITS } from '@budgetflow/domain';
import { ArrayMaxSize, IsArray, IsObject, IsString, ValidateNested } from 'class-validator';

export class ConsequenceRowDto {
  @ApiProperty({ description: 'Rækkens tekst', example: 'Effektiv ambulatoriedrift – diverse initiativer' })
  @IsString()
  label!: string;

  @ApiProperty({ description: 'Kategori', enum: ['drift', 'etablering', 'anlaeg'] })
  @IsString()
  category!: string;

  @ApiProperty({
    description:
      'Beløb pr. kolonne i mio. kr., dansk format («-10,0», «-0,125», «- 2,2 mio. kr.»); «-» eller tom tekst er en tom celle. Nøgler: årstallene og «permanent».',
    example: { '2026': '-8,0', '2027': '-8,0', '2028': '-8,0', permanent: '-8,0' },
    type: 'object',
    additionalProperties: { type: 'string' },
  })
  @IsObject()
  cells!: Record<string, string>;
}

/** A consequence table as typed by a person; the sum row is always computed. */
export class ConsequenceTableDto {
  @ApiProperty({ description: 'Tabellens rækker; summen «Samlet, prioriteringsforslag» beregnes altid', type: [ConsequenceRowDto] })
  @IsArray()
  @ArrayMaxSize(PROPOSAL_LIMITS.tableRows)
  @ValidateNested({ each: true })
  @Type(() => ConsequenceRowDto)
  rows!: ConsequenceRowDto[];
}
