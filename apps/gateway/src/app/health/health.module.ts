import { Module } from '@nestjs/common';
import { SessionModule } from '../session/session.module';
import { HealthController } from './health.controller';

/** /health: liveness and the session database. */
@Module({ imports: [SessionModule], controllers: [HealthController] })
export class HealthModule {}
