import { Module } from '@nestjs/common';
import { SessionModule } from '../session/session.module';
import { AuthController } from './auth.controller';

/** Sign-in and sign-out with the OpenID provider (code flow with PKCE), and the session's view for the web app. */
@Module({ imports: [SessionModule], controllers: [AuthController] })
export class AuthModule {}
