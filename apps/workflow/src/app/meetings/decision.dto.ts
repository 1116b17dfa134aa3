import { ConsequenceTableDto } from '@budgetflow/platform';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, MaxLength, Min, ValidateNested } from 'class-validator';

/** FU's or RR's decision on an agenda item; the body and date are the meeting's. */
export class DecisionDto {
  @ApiProperty({
    description: 'Udfaldet. FU: approved, approved_with_changes, rejected, postponed, returned_to_committee. RR: adopted, adopted_with_changes, not_adopted.',
    example: 'approved_with_changes',
  })
  @IsString()
  outcome!: string;

  @ApiProperty({ description: 'Beslutningsteksten', example: 'Forretningsudvalget godkendte forslaget med en reduceret besparelse.' })
  @IsString()
  @MaxLength(10000)
  text!: string;

  @ApiPropertyOptional({
    description: 'Den ændrede tabel ved «med ændringer» (beløb som dansk tekst); den oprindelige bevares',
    type: ConsequenceTableDto,
    nullable: true,
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => ConsequenceTableDto)
  amendedTable?: ConsequenceTableDto | null;

  @ApiPropertyOptional({ description: 'Forslagets version beslutningen bygger på (alternativ til If-Match)' })
  @IsOptional()
  @IsInt()
  @Min(1)
  version?: number;
}
