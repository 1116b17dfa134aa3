import { Module } from '@nestjs/common';
import { StoreModule } from '../store/store.module';
import { PublicationsController } from './publications.controller';
import { PublicationsService } from './publications.service';

/** Publishing a round's material on the public website: the budget office's act and its record. */
@Module({
  imports: [StoreModule],
  controllers: [PublicationsController],
  providers: [PublicationsService],
})
export class PublicationsModule {}
