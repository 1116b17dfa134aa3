import { IsDanishText } from '@budgetflow/platform';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';

/** The budget agreement: the parties, the date, and the proposals Regionsrådet adopts with it. */
export class BudgetAgreementDto {
  @ApiProperty({ description: 'Aftalens parter', example: ['Socialdemokratiet', 'Venstre', 'Det Konservative Folkeparti'] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(30)
  @IsString({ each: true })
  @MaxLength(200, { each: true })
  @IsDanishText('line', { each: true })
  parties!: string[];

  @ApiProperty({ description: 'Aftalens dato (ÅÅÅÅ-MM-DD)', example: '2025-09-16' })
  @IsString()
  date!: string;

  @ApiProperty({ description: 'Forslagene aftalen vedtager (alle godkendt af FU)', type: [String], format: 'uuid' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(500)
  @IsUUID('all', { each: true })
  proposalIds!: string[];

  @ApiPropertyOptional({ description: 'Beslutningsteksten for forslagene; som standard en tekst der nævner aftalen' })
  @IsOptional()
  @IsString()
  @MaxLength(10000)
  text?: string;
}
