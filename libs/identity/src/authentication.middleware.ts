import { Injectable, type NestMiddleware } from '@nestjs/common';
import { MikroORM, RequestContext } from '@mikro-orm/postgresql';
import type { NextFunction, Request, Response } from 'express';
import { type Actor, httpError } from '@accredit/api-kit';
import { AuthService } from './auth.service';
import { SESSION_COOKIE } from './identity-settings';

/**
 * Session tokens are base64url (AuthService). cookie-parser (applied before this middleware)
 * leaves a value that is not valid percent-encoding as it came and turns `j:` values into JSON:
 * anything that is not a token's shape is no session (anonymous), never a server error.
 */
const TOKEN_SHAPE = /^[A-Za-z0-9_-]{1,512}$/;

/** The session token of a request: the bearer header for API clients, else the session cookie (parsed by cookie-parser). */
export function sessionToken(req: Request): string | null {
  const authorization = req.headers.authorization;
  if (authorization?.startsWith('Bearer ')) return authorization.slice(7).trim() || null;
  const cookie: unknown = (req.cookies as Record<string, unknown> | undefined)?.[SESSION_COOKIE];
  return typeof cookie === 'string' && TOKEN_SHAPE.test(cookie) ? cookie : null;
}

/** Puts the logged-in actor (if any) on the request; refusing is the guard's job. */
@Injectable()
export class AuthenticationMiddleware implements NestMiddleware {
  constructor(
    private readonly orm: MikroORM,
    private readonly auth: AuthService,
  ) {}

  async use(req: Request & { actor?: Actor }, res: Response, next: NextFunction): Promise<void> {
    try {
      const token = sessionToken(req);
      if (token) req.actor = (await RequestContext.create(this.orm.em, () => this.auth.authenticate(token))) ?? undefined;
    } catch (error) {
      // Outside Nest's error handling (a lost database shows up here first): answer in the API's
      // own error shape (SERVICE_UNAVAILABLE, 503), never Express's default page.
      const { status, body } = httpError(error);
      res.status(status).json(body);
      return;
    }
    next();
  }
}
