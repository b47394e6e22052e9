import type { Response } from 'express';

/** A built file to send as a download (an export, a report). */
export interface DownloadFile {
  body: Buffer;
  contentType: string;
  contentDisposition: string;
}

/** Sends a built file whole, never cached and never sniffed into another type by the browser. */
export function sendDownload(res: Response, file: DownloadFile): void {
  res.status(200);
  res.setHeader('Content-Type', file.contentType);
  res.setHeader('Content-Disposition', file.contentDisposition);
  res.setHeader('Content-Length', String(file.body.length));
  res.setHeader('Cache-Control', 'no-store');
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.end(file.body);
}
