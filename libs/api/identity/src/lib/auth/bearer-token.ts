import type { Request } from 'express';

/** The access token of an `Authorization: Bearer <token>` header; undefined without one. */
export function bearerToken(request: Request): string | undefined {
  const header = request.headers.authorization;
  const match = header ? /^Bearer ([^\s]+)$/i.exec(header) : null;
  return match?.[1];
}
