import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, IsOptional, Max, Min } from 'class-validator';

/** A committee withdraws its submitted proposal; the workflow, which holds it, decides. */
export class WithdrawProposalDto {
  @ApiPropertyOptional({
    description:
      'Den tilstandsløbende nummerering, afsenderen kender forslaget ved (intake sender den med). Kender godkendelsesforløbet endnu ikke dette trin, svares 409 «proposal.handover_pending».',
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(1_000_000)
  stateSequence?: number;
}
