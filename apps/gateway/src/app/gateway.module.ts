import { structuredLogging } from '@budgetflow/platform';
import { DynamicModule, Module } from '@nestjs/common';
import { AuthModule } from './auth/auth.module';
import { GatewayConfig } from './config/gateway-config';
import { GatewayConfigModule } from './config/gateway-config.module';
import { HealthModule } from './health/health.module';
import { PublicPageCache } from './public-site/public-page-cache';
import { SessionModule } from './session/session.module';

/** The gateway: sign-in, sessions in PostgreSQL, the verifier (and role mapping) the services use too. */
@Module({})
export class GatewayModule {
  static register(config: GatewayConfig): DynamicModule {
    return {
      module: GatewayModule,
      imports: [
        structuredLogging('gateway', config.LOG_LEVEL, {
          // The session cookie is as good as the session: never in a log.
          redact: ['req.headers.cookie', 'req.headers["x-csrf-token"]', 'res.headers["set-cookie"]'],
          quietPath: (url) => url === '/health' || url.startsWith('/assets/'),
        }),
        GatewayConfigModule.register(config),
        SessionModule,
        AuthModule,
        HealthModule,
      ],
      // The public site's pages in memory: a provider, so that it asks for the site's version from start to shutdown.
      providers: [
        {
          provide: PublicPageCache,
          useFactory: () => new PublicPageCache({ upstream: config.REPORTING_URL, revalidateMs: config.PUBLIC_SITE_REVALIDATE_SECONDS * 1000 }),
        },
      ],
    };
  }
}
