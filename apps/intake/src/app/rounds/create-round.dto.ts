import { MAX_YEAR_COLUMNS } from '@budgetflow/domain';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn, IsInt, IsObject, IsOptional, IsString, MaxLength, ValidateNested } from 'class-validator';

export class CommitteeDto {
  @ApiProperty({ description: 'Udvalgets kode, bruges i forslagenes referencer', example: 'SU' })
  @IsString()
  @MaxLength(10)
  code!: string;

  @ApiProperty({ description: 'Udvalgets navn', example: 'Sundhedsudvalget' })
  @IsString()
  @MaxLength(200)
  name!: string;

  @ApiProperty({ description: 'Udvalgets art', enum: ['fagudvalg', 'FU', 'RR'] })
  @IsIn(['fagudvalg', 'FU', 'RR'])
  kind!: 'fagudvalg' | 'FU' | 'RR';
}

export class RoundDatesDto {
  @ApiPropertyOptional({ description: 'FU fastsætter råderum og rammer (ÅÅÅÅ-MM-DD)', example: '2025-03-17' })
  @IsOptional()
  @IsString()
  framesApprovedByFu?: string;

  @ApiPropertyOptional({ description: 'Frist for udvalgenes forslag (ÅÅÅÅ-MM-DD)' })
  @IsOptional()
  @IsString()
  proposalDeadline?: string;

  @ApiPropertyOptional({ description: 'FU godkender udvalgsarbejdet (ÅÅÅÅ-MM-DD)', example: '2025-05-19' })
  @IsOptional()
  @IsString()
  committeeWorkApprovedByFu?: string;

  @ApiPropertyOptional({ description: 'Regionsrådet vedtager budgettet (ÅÅÅÅ-MM-DD)' })
  @IsOptional()
  @IsString()
  rrAdoption?: string;
}

export class CreateRoundDto {
  @ApiProperty({ description: 'Budgetrundens navn', example: 'Budget 2026' })
  @IsString()
  @MaxLength(100)
  name!: string;

  @ApiProperty({ description: 'Regionen', example: 'Region Nordjylland' })
  @IsString()
  @MaxLength(100)
  region!: string;

  @ApiProperty({ description: 'Budgetåret', example: 2026 })
  @IsInt()
  budgetYear!: number;

  @ApiProperty({ description: 'Prisniveau for alle beløb', example: 'P/L-2025' })
  @IsString()
  priceLevel!: string;

  @ApiProperty({
    description: `Årskolonnerne, budgetåret først og fortløbende, højst ${MAX_YEAR_COLUMNS} (budgetåret og ${MAX_YEAR_COLUMNS - 1} overslagsår, så bilagenes tabeller kan stå på en A4-side); kolonnen «Permanent» kommer altid med`,
    example: [2026, 2027, 2028],
    type: [Number],
    minItems: 1,
    maxItems: MAX_YEAR_COLUMNS,
  })
  @IsArray()
  // No ArrayMaxSize: the domain refuses more than MAX_YEAR_COLUMNS with the reason (the body's size is bounded anyway).
  @IsInt({ each: true })
  yearColumns!: number[];

  @ApiPropertyOptional({
    description: 'Råderum (mio. kr., dansk format), positivt; null hvis runden ikke har et',
    example: '35,0',
    nullable: true,
    type: String,
  })
  @IsOptional()
  @IsString()
  target?: string | null;

  @ApiProperty({
    description: 'Ramme pr. fagudvalg (udvalgskode → mio. kr. i dansk format)',
    example: { SU: '24,0', DNS: '3,0', PSU: '4,0', UAR: '4,0' },
    type: 'object',
    additionalProperties: { type: 'string' },
  })
  @IsObject()
  frames!: Record<string, string>;

  @ApiProperty({ description: 'Regionens udvalg', type: [CommitteeDto] })
  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => CommitteeDto)
  committees!: CommitteeDto[];

  @ApiPropertyOptional({ description: 'Frister og mødedatoer', type: RoundDatesDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => RoundDatesDto)
  dates?: RoundDatesDto;
}
