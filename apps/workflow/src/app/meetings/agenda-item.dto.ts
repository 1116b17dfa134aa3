import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, IsOptional, IsUUID, Min } from 'class-validator';

/** Puts a proposal on a meeting's agenda, as the next item. */
export class AddAgendaItemDto {
  @ApiProperty({ description: 'Forslaget', format: 'uuid' })
  @IsUUID()
  proposalId!: string;

  @ApiPropertyOptional({ description: 'Forslagets version handlingen bygger på' })
  @IsOptional()
  @IsInt()
  @Min(1)
  version?: number;
}
