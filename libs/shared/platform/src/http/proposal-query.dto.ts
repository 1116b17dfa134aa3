// The filters and paging of a proposal list, shared by intake and workflow.
import { PROPOSAL_STATES } from '@budgetflow/domain';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, IsUUID } from 'class-validator';
import { PageNumber, PageSize } from '../hardening/page-query';

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

  @PageNumber()
  page = 1;

  @PageSize()
  pageSize = 20;
}
