import type { NextFunction, Request, RequestHandler, Response } from 'express';
import helmet from 'helmet';

/**
 * The browser-side defences on every response: a Content-Security-Policy the built admin UI
 * satisfies (its scripts are files of its own; Vue and Element Plus set inline styles), no
 * framing by other sites, no MIME sniffing, no referrer to other sites, and HSTS behind HTTPS.
 * The evidence preview is the one page the admin itself frames (PDFs in the review queue).
 */
export function securityHeaders(options: { https: boolean }): RequestHandler[] {
  const main = helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        'default-src': ["'self'"],
        'script-src': ["'self'"],
        'style-src': ["'self'", "'unsafe-inline'"],
        'img-src': ["'self'", 'data:', 'blob:'],
        'font-src': ["'self'", 'data:'],
        'connect-src': ["'self'"],
        'frame-src': ["'self'"],
        'object-src': ["'none'"],
        'base-uri': ["'self'"],
        'form-action': ["'self'"],
        'frame-ancestors': ["'none'"],
      },
    },
    frameguard: { action: 'deny' },
    referrerPolicy: { policy: 'same-origin' },
    strictTransportSecurity: options.https ? { maxAge: 31_536_000, includeSubDomains: true } : false,
    crossOriginEmbedderPolicy: false,
  });
  const framedByAdmin = (req: Request, res: Response, next: NextFunction) => {
    if (/^\/api\/evidence\/[^/]+\/preview$/.test(req.path)) {
      // A PDF viewer must not be sandboxed by a page policy: only say who may frame it.
      res.setHeader('Content-Security-Policy', "frame-ancestors 'self'");
      res.setHeader('X-Frame-Options', 'SAMEORIGIN');
    }
    next();
  };
  return [main, framedByAdmin];
}
