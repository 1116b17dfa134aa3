import { InstanceActivity } from '@budgetflow/messaging';
import { Module } from '@nestjs/common';
import { SessionModule } from '../session/session.module';
import { HealthController } from './health.controller';

/** /health: liveness and the session database, this instance's name and the requests it answered. */
@Module({ imports: [SessionModule], controllers: [HealthController], providers: [InstanceActivity], exports: [InstanceActivity] })
export class HealthModule {}
