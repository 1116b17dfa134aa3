// The filters and paging of a proposal list, shared by intake and workflow.
import { PROPOSAL_STATES } from '@budgetflow/domain';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, IsUUID, Max, Min } from 'class-validator';

export class ProposalQueryDto {
  @ApiPropertyOptional({ description: 'Kun forslag i denne budgetrunde', format: 'uuid' })
  @IsOptional()
  @IsUUID()
  roundId?: string;

  @ApiPropertyOptional({ description: 'Kun dette udvalgs forslag (kode)' })
  @IsOptional()
  @IsString()
  committee?: string;

  @ApiPropertyOptional({ description: 'Kun forslag med denne status', enum: PROPOSAL_STATES })
  @IsOptional()
  @IsIn(PROPOSAL_STATES)
  state?: string;

  @ApiPropertyOptional({ description: 'Side (fra 1)', default: 1 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  page = 1;

  @ApiPropertyOptional({ description: 'Forslag pr. side (1-100)', default: 20 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100)
  pageSize = 20;
}
