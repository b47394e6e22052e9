import type { Response } from 'express';
import { create as contentDisposition } from 'content-disposition';
import { chinaDay } from '@accredit/calendar-date';

/** A built file to send as a download (an export, a report). */
export interface DownloadFile {
  body: Buffer;
  contentType: string;
  contentDisposition: string;
}

/**
 * The name a built file downloads as. It is made of names users typed (a campaign's, a form's), which
 * may hold anything: path, control and format characters (a right-to-left override…) become `_`.
 */
export function downloadFileName(name: string, fallback: string): string {
  return name.replace(/[\p{Cc}\p{Cf}/\\:*?"<>|]+/gu, '_').trim() || fallback;
}

/** The Content-Disposition of a built file: the cleaned Chinese name (RFC 5987) and an ASCII fallback. */
export function attachmentOf(name: string, asciiFallback: string): string {
  return contentDisposition(downloadFileName(name, asciiFallback), { fallback: asciiFallback });
}

/** The media types of the files the API builds, by the extension they download with. */
const BUILT_MEDIA_TYPES = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
} as const;

/**
 * A built workbook or document to download as `name` (cleaned; RFC 5987) or `asciiFallback`, whose
 * extension gives its media type: one place says what an .xlsx or a .docx is sent as.
 */
export function builtDownload(body: Buffer, name: string, asciiFallback: `${string}.${keyof typeof BUILT_MEDIA_TYPES}`): DownloadFile {
  const extension = asciiFallback.slice(asciiFallback.lastIndexOf('.') + 1) as keyof typeof BUILT_MEDIA_TYPES;
  return { body, contentType: BUILT_MEDIA_TYPES[extension], contentDisposition: attachmentOf(name, asciiFallback) };
}

/** 20221120: the day in China, as file names carry it. */
export function compactDate(date: Date): string {
  return chinaDay(date).replace(/-/g, '');
}

/**
 * Sends a built file whole, never sniffed into another type by the browser, and not cached unless
 * the caller says so (a public list may be cached briefly; a user's export never).
 */
export function sendDownload(res: Response, file: DownloadFile, cacheControl = 'no-store'): void {
  res.status(200);
  res.setHeader('Content-Type', file.contentType);
  res.setHeader('Content-Disposition', file.contentDisposition);
  res.setHeader('Content-Length', String(file.body.length));
  res.setHeader('Cache-Control', cacheControl);
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.end(file.body);
}
