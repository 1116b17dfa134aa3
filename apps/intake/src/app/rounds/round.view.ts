import { BudgetRound } from '@budgetflow/domain';
import { BudgetRoundView } from '@budgetflow/platform';
import { ApiProperty } from '@nestjs/swagger';

/** A budget round as the API returns it; amounts are integers of thousand kroner (tusinde kr.). */
export class RoundView {
  @ApiProperty({ description: 'Rundens id', format: 'uuid' })
  id!: string;

  @ApiProperty({
    description: 'Runden: navn, region, budgetår, prisniveau, årskolonner, råderum og rammer (beløb i tusinde kr.), udvalg og datoer',
    type: BudgetRoundView,
  })
  round!: BudgetRound;

  @ApiProperty({ description: 'Oprettet (ISO 8601)' })
  createdAt!: string;
}
