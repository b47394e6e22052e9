import type { Request, Response } from 'express';
import { httpError } from '@accredit/api-kit';
import { UPLOAD_CSRF_HEADER } from '@accredit/upload-contract';
import { EvidenceRefusal, evidenceError } from '../evidence.exception';

// The header a browser upload must carry (a cross-site form cannot set it; defence besides the Origin check).
export { UPLOAD_CSRF_HEADER };

/** API clients (bearer token) pass; a browser (session cookie) must send UPLOAD_CSRF_HEADER: 1. */
export function assertUploadHeader(req: Request): void {
  if (!req.headers.authorization?.startsWith('Bearer ') && req.headers[UPLOAD_CSRF_HEADER] !== '1') {
    throw evidenceError(EvidenceRefusal.CsrfHeaderMissing, `浏览器上传须带请求头 ${UPLOAD_CSRF_HEADER}: 1（防跨站请求）`, { refusedBy: 'csrf' });
  }
}

/** A refusal while the client may still be sending: answer, then close the connection. */
export function refuseUpload(req: Request, res: Response, error: unknown): void {
  const { status, body } = httpError(error);
  if (!req.complete) {
    res.setHeader('Connection', 'close');
    res.on('finish', () => setTimeout(() => req.socket.destroy(), 2000).unref());
  }
  if (!res.headersSent) res.status(status).json(body);
}
