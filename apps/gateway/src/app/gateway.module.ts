import { TokenVerifier, structuredLogging, tokenSettings } from '@budgetflow/platform';
import { DynamicModule, Inject, Module, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import { Pool } from 'pg';
import { AuthController } from './auth/auth.controller';
import { OidcClient } from './auth/oidc-client';
import { GATEWAY_CONFIG, GatewayConfig } from './config/gateway-config';
import { HealthController } from './health.controller';
import { SessionService } from './session/session.service';
import { SessionStore } from './session/session-store';

const POOL = Symbol('GATEWAY_POOL');

/** The gateway: sign-in, sessions in PostgreSQL, the verifier (and role mapping) the services use too. */
@Module({})
export class GatewayModule implements OnModuleInit, OnApplicationShutdown {
  constructor(
    @Inject(POOL) private readonly pool: Pool,
    private readonly store: SessionStore,
  ) {}

  static register(config: GatewayConfig): DynamicModule {
    return {
      module: GatewayModule,
      imports: [
        structuredLogging('gateway', config.LOG_LEVEL, {
          // The session cookie is as good as the session: never in a log.
          redact: ['req.headers.cookie', 'req.headers["x-csrf-token"]', 'res.headers["set-cookie"]'],
          quietPath: (url) => url === '/health' || url.startsWith('/assets/'),
        }),
      ],
      controllers: [AuthController, HealthController],
      providers: [
        { provide: GATEWAY_CONFIG, useValue: config },
        { provide: POOL, useFactory: () => new Pool({ connectionString: config.GATEWAY_DATABASE_URL, max: 5 }) },
        {
          provide: SessionStore,
          inject: [POOL],
          useFactory: (pool: Pool) => new SessionStore(pool, { idleMs: config.GATEWAY_SESSION_IDLE, absoluteMs: config.GATEWAY_SESSION_ABSOLUTE }),
        },
        { provide: OidcClient, useValue: new OidcClient(config) },
        { provide: TokenVerifier, useValue: new TokenVerifier(tokenSettings(config)) },
        SessionService,
      ],
    };
  }

  async onModuleInit(): Promise<void> {
    await this.store.migrate();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.pool.end();
  }
}
