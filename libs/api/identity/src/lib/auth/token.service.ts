import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import type { Role } from '@salesdash/shared/domain';

export interface AccessTokenClaims {
  readonly sub: string;
  readonly role: Role;
  /** The session (refresh-token family) it was issued in: signing out there ends this token too. */
  readonly sid: string;
}

export interface IssuedToken {
  readonly token: string;
  readonly expiresAt: Date;
}

/** Short, so a leaked token is of little use; the dashboard refreshes it silently through the cookie. */
export const ACCESS_TOKEN_TTL_SECONDS = 10 * 60;

/** Signs and verifies bearer access tokens (HS256). */
@Injectable()
export class TokenService {
  constructor(private readonly jwt: JwtService) {}

  async issue(claims: AccessTokenClaims): Promise<IssuedToken> {
    const token = await this.jwt.signAsync({ ...claims }, { expiresIn: ACCESS_TOKEN_TTL_SECONDS, algorithm: 'HS256' });
    return { token, expiresAt: new Date(Date.now() + ACCESS_TOKEN_TTL_SECONDS * 1000) };
  }

  /** The claims of a valid, unexpired token; undefined for anything else. */
  async verify(token: string): Promise<AccessTokenClaims | undefined> {
    try {
      const claims = await this.jwt.verifyAsync<AccessTokenClaims>(token, { algorithms: ['HS256'] });
      return typeof claims.sub === 'string' && typeof claims.sid === 'string' ? claims : undefined;
    } catch {
      return undefined;
    }
  }
}
