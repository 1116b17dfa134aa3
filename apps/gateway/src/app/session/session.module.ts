import { Inject, Module, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import { Pool } from 'pg';
import { GATEWAY_CONFIG, GatewayConfig } from '../config/gateway-config';
import { SessionService } from './session.service';
import { SessionStore } from './session-store';

const POOL = Symbol('GATEWAY_POOL');

/** Server-side sessions in PostgreSQL: the store (its tables made at start) and the service that keeps tokens fresh. */
@Module({
  providers: [
    { provide: POOL, inject: [GATEWAY_CONFIG], useFactory: (config: GatewayConfig) => new Pool({ connectionString: config.GATEWAY_DATABASE_URL, max: 5 }) },
    {
      provide: SessionStore,
      inject: [POOL, GATEWAY_CONFIG],
      useFactory: (pool: Pool, config: GatewayConfig) =>
        new SessionStore(pool, { idleMs: config.GATEWAY_SESSION_IDLE, absoluteMs: config.GATEWAY_SESSION_ABSOLUTE }),
    },
    SessionService,
  ],
  exports: [SessionStore, SessionService],
})
export class SessionModule implements OnModuleInit, OnApplicationShutdown {
  constructor(
    @Inject(POOL) private readonly pool: Pool,
    private readonly store: SessionStore,
  ) {}

  async onModuleInit(): Promise<void> {
    await this.store.migrate();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.pool.end();
  }
}
