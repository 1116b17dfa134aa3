import { InstanceActivity } from '@budgetflow/messaging';
import { ProblemDetailsFilter, StructuredLogger, addressRateLimit, countServedRequests } from '@budgetflow/platform';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { GatewayConfig } from './config/gateway-config';
import { GatewayModule } from './gateway.module';
import { apiProxy } from './proxy/api-proxy';
import { PublicPageCache } from './public-site/public-page-cache';
import { PUBLIC_SITE_PATH, publicSite } from './public-site/public-site';
import { SessionService } from './session/session.service';
import { securityHeaders, webApp } from './web/web-app';

export { gatewayConfigSchema, gatewayProblems } from './config/gateway-config';
export { PublicPageCache } from './public-site/public-page-cache';

/** The gateway as an application, configured; used by main.ts and by the tests. */
export async function createGatewayApp(config: GatewayConfig): Promise<NestExpressApplication> {
  // No body parser: request bodies stream through to the services untouched.
  const app = await NestFactory.create<NestExpressApplication>(GatewayModule.register(config), { bufferLogs: true, bodyParser: false });
  app.useLogger(app.get(StructuredLogger));
  app.enableShutdownHooks();
  app.disable('x-powered-by');
  // X-Forwarded-For only from the balancers named in TRUSTED_PROXIES: request.ip is then the browser's address.
  app.set('trust proxy', config.TRUSTED_PROXIES.length > 0 ? config.TRUSTED_PROXIES : false);
  app.useGlobalFilters(new ProblemDetailsFilter());
  app.use(countServedRequests(app.get(InstanceActivity)));
  app.use(securityHeaders(new URL(config.OIDC_ISSUER).origin));
  // The limit per browser's address, before a session is looked up or a request forwarded.
  app.use(addressRateLimit({ windowSeconds: config.RATE_LIMIT_WINDOW_SECONDS, perAddress: config.RATE_LIMIT_PER_ADDRESS, perSubject: 0 }));
  // The published material, without a session: before the session is looked up and before the web application.
  const site = publicSite({ cache: app.get(PublicPageCache), dkfdsRoot: config.PUBLIC_SITE_DKFDS_ROOT });
  app.use(PUBLIC_SITE_PATH, site.handler);
  const sessions = app.get(SessionService);
  app.use('/api', apiProxy({ intake: config.INTAKE_URL, workflow: config.WORKFLOW_URL, reporting: config.REPORTING_URL }, sessions));
  // Everything but Nest's own routes (/auth, /health) is the web application.
  app.use(webApp(config.GATEWAY_WEB_ROOT, ['/auth/', '/health']));
  return app;
}
