import { Module } from '@nestjs/common';
import { RoundsModule } from '../rounds/rounds.module';
import { StoreModule } from '../store/store.module';
import { BudgetAgreementController } from './budget-agreement.controller';
import { BudgetAgreementService } from './budget-agreement.service';
import { PackageAgreementService } from './package-agreement.service';

/** The budget agreement that Regionsrådet adopts as one act, closing the round. */
@Module({
  imports: [RoundsModule, StoreModule],
  controllers: [BudgetAgreementController],
  providers: [BudgetAgreementService, PackageAgreementService],
})
export class AgreementsModule {}
