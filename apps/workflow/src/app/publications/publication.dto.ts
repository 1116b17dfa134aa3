import { PUBLICATION_LIMITS } from '@budgetflow/domain';
import { IsDanishText } from '@budgetflow/platform';
import { ApiProperty } from '@nestjs/swagger';
import { IsInt, IsString, MaxLength } from 'class-validator';

/** A publication of the round's material: its title, date and the data version of the bilag it publishes. */
export class PublicationDto {
  @ApiProperty({ description: 'Udgivelsens titel, som den står på det offentlige websted', example: 'Materiale til FU’s 1. behandling' })
  @IsString()
  // The domain's limit is checked with a Danish message naming it; this keeps an absurd body from being read further.
  @MaxLength(PUBLICATION_LIMITS.titleCharacters * 4)
  @IsDanishText('line')
  title!: string;

  @ApiProperty({ description: 'Datoen materialet udgives under (ÅÅÅÅ-MM-DD)', example: '2025-05-19' })
  @IsString()
  date!: string;

  @ApiProperty({
    description:
      'Dataversionen af bilagene, der udgives: den, bilagssiden og hvert bilag viser («dataversion 42»). Rapporteringen danner udgivelsen af netop den version',
    example: 42,
  })
  @IsInt()
  dataVersion!: number;
}
