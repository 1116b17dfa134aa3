import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, IsOptional, IsString, MaxLength, Min } from 'class-validator';

/** The budget office sends a proposal back to its committee, saying what must be corrected. */
export class ReturnProposalDto {
  @ApiProperty({ description: 'Bemærkning til udvalget om, hvad der skal rettes', example: 'Uddyb baggrunden og angiv de berørte matrikler.' })
  @IsString()
  @MaxLength(5000)
  remark!: string;

  @ApiPropertyOptional({ description: 'Versionen handlingen bygger på (alternativ til If-Match)' })
  @IsOptional()
  @IsInt()
  @Min(1)
  version?: number;
}
