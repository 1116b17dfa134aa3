import { IsDanishText } from '@budgetflow/platform';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';

/** A meeting of Forretningsudvalget or Regionsrådet in a round. */
export class CreateMeetingDto {
  @ApiProperty({ description: 'Budgetrunden', format: 'uuid' })
  @IsUUID()
  roundId!: string;

  @ApiProperty({ description: 'Organet: Forretningsudvalget eller Regionsrådet', enum: ['FU', 'RR'] })
  @IsIn(['FU', 'RR'])
  body!: 'FU' | 'RR';

  @ApiProperty({ description: 'Mødedato (ÅÅÅÅ-MM-DD)', example: '2025-05-19' })
  @IsString()
  date!: string;

  @ApiPropertyOptional({ description: 'Mødets betegnelse', example: 'FU-møde 19. maj 2025' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  @IsDanishText('line')
  title?: string;
}

export class MeetingQueryDto {
  @ApiPropertyOptional({ description: 'Kun møder i denne budgetrunde', format: 'uuid' })
  @IsOptional()
  @IsUUID()
  roundId?: string;

  @ApiPropertyOptional({ description: 'Kun møder i dette organ', enum: ['FU', 'RR'] })
  @IsOptional()
  @IsIn(['FU', 'RR'])
  body?: 'FU' | 'RR';
}
