import { Module } from '@nestjs/common';
import { StoreModule } from '../store/store.module';
import { PackageReadsService } from './package-reads.service';
import { PackagesController } from './packages.controller';
import { PackagesService } from './packages.service';

/** The negotiation packages (scenarios) of a round: confidential to the budget office and RR's secretariat. */
@Module({
  imports: [StoreModule],
  controllers: [PackagesController],
  providers: [PackagesService, PackageReadsService],
  exports: [PackageReadsService],
})
export class PackagesModule {}
