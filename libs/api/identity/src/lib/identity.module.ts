import { createSecretKey } from 'node:crypto';
import { type DynamicModule, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { OrgModule } from '@salesdash/api/org';
import { ScopeNavigator } from './access/scope-navigation';
import { AccessExplanation } from './access/access-explanation';
import { AccessResolver } from './access/access.resolver';
import { AccessService } from './access/access.service';
import { ResponsibilityEditor } from './access/responsibility-editor';
import { ResponsibilityMatrix } from './access/responsibility-matrix';
import { ResponsibilityResolver } from './access/responsibility.resolver';
import { AccountBootstrap } from './auth/account-bootstrap';
import { AuthGuard } from './auth/auth.guard';
import { AuthResolver } from './auth/auth.resolver';
import { UserLanguages } from './auth/user-languages';
import { ViewerLanguageResolver } from './auth/viewer-language.resolver';
import { AuthService } from './auth/auth.service';
import { DemoLogins, DemoLoginsResolver } from './auth/demo-logins';
import { LoginThrottle } from './auth/login-throttle';
import { PasswordHasher } from './auth/password-hasher';
import { TokenService } from './auth/token.service';
import { UserAccounts } from './auth/user-accounts';
import { RefreshTokens } from './session/refresh-tokens';
import { SessionCookies } from './session/session-cookies';

/** Sign-in, the guard in front of every GraphQL operation, and the access decisions. */
@Module({})
export class IdentityModule {
  /** `secureCookies`: mark the session cookies Secure (production, served over HTTPS). */
  static forRoot(options: { jwtSecret: string; secureCookies: boolean }): DynamicModule {
    return {
      module: IdentityModule,
      global: true,
      imports: [
        // A key object made once: given a string, jsonwebtoken first tries it as a public key and
        // builds a secret key from it only after that throws, on every verification (~1 ms each).
        JwtModule.register({ secret: createSecretKey(Buffer.from(options.jwtSecret)) }),
        OrgModule,
      ],
      providers: [
        UserAccounts,
        PasswordHasher,
        TokenService,
        RefreshTokens,
        { provide: SessionCookies, useFactory: () => new SessionCookies(options.secureCookies) },
        AuthService,
        { provide: LoginThrottle, useFactory: () => new LoginThrottle() },
        AuthResolver,
        UserLanguages,
        ViewerLanguageResolver,
        AccessService,
        AccessExplanation,
        ScopeNavigator,
        AccessResolver,
        ResponsibilityMatrix,
        ResponsibilityEditor,
        ResponsibilityResolver,
        AccountBootstrap,
        DemoLogins,
        DemoLoginsResolver,
        { provide: APP_GUARD, useClass: AuthGuard },
      ],
      exports: [AccessService, AccountBootstrap, AuthService, DemoLogins],
    };
  }
}
