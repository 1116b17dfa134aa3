import { TokenVerifier, tokenSettings } from '@budgetflow/platform';
import { DynamicModule, Global, Module } from '@nestjs/common';
import { OidcClient } from '../auth/oidc-client';
import { GATEWAY_CONFIG, GatewayConfig } from './gateway-config';

/** The gateway's configuration, its OpenID provider client and the token verifier (with the role mapping), for every feature. */
@Global()
@Module({})
export class GatewayConfigModule {
  static register(config: GatewayConfig): DynamicModule {
    return {
      module: GatewayConfigModule,
      providers: [
        { provide: GATEWAY_CONFIG, useValue: config },
        { provide: OidcClient, useValue: new OidcClient(config) },
        { provide: TokenVerifier, useValue: new TokenVerifier(tokenSettings(config)) },
      ],
      exports: [GATEWAY_CONFIG, OidcClient, TokenVerifier],
    };
  }
}
