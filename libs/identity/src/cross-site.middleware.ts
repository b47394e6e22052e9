import { Inject, Injectable, type NestMiddleware } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { type IdentitySettings, IDENTITY_SETTINGS } from './identity-settings';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Refuses state-changing requests sent by another site, on every route (GraphQL and any
 * upload endpoint): the browser's Origin (or Referer) must be this server or an allowed origin.
 * Works with SameSite cookies and Apollo's CSRF prevention, before any body is read.
 */
@Injectable()
export class CrossSiteMiddleware implements NestMiddleware {
  constructor(@Inject(IDENTITY_SETTINGS) private readonly settings: IdentitySettings) {}

  use(req: Request, res: Response, next: NextFunction): void {
    if (SAFE_METHODS.has(req.method)) return next();
    let origin = req.headers.origin;
    if (!origin && req.headers.referer) {
      try {
        origin = new URL(req.headers.referer).origin;
      } catch {
        origin = 'invalid-referer';
      }
    }
    if (!origin) return next(); // not a browser (curl, API clients): nothing cross-site about it
    const own = `${req.protocol}://${req.headers.host}`;
    if (origin === own || this.settings.allowedOrigins.includes(origin)) return next();
    res.status(403).json({
      errors: [{ message: '已拒绝来自其他网站的请求（跨站请求）', extensions: { code: 'FORBIDDEN', details: { origin } } }],
    });
  }
}
