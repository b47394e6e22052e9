import { EvidenceRefusal, evidenceError } from '../evidence.exception';
import type { ServerResponse } from 'node:http';
import { AppError } from '@accredit/api-kit';

/** An error of @tus/server itself: its status and English body (ERRORS in @tus/utils). */
interface TusError {
  status_code: number;
  body: string;
}

const isTusError = (error: unknown): error is TusError =>
  typeof error === 'object' && error !== null && typeof (error as TusError).status_code === 'number' && typeof (error as TusError).body === 'string';

/**
 * The Chinese, coded error for what @tus/server refused, keeping its status (tus clients act on
 * it: 409 and 423 and 5xx are retried, 404 and 410 start a new upload).
 */
export function appErrorOf(error: unknown): unknown {
  if (error instanceof AppError || !isTusError(error)) return error;
  const status = error.status_code;
  const details = { status, tus: error.body.trim() };
  if (status === 404 || status === 410) return evidenceError(EvidenceRefusal.UploadNotFound, '找不到这个上传（可能已取消或已过期），请重新上传', details);
  if (status === 409) return evidenceError(EvidenceRefusal.OffsetMismatch, '续传位置与服务器已收到的字节数不一致：请先查询进度（HEAD），再从服务器给出的位置续传', details);
  if (status === 413) return evidenceError(EvidenceRefusal.TooLarge, '发送的内容超出了文件的声明大小或大小上限', details);
  if (/terminate/i.test(error.body)) return evidenceError(EvidenceRefusal.CannotCancelFinished, '已完成的上传不能取消；如需删除，请在材料列表中删除这份材料', details);
  if (/aborted/i.test(error.body)) return evidenceError(EvidenceRefusal.Superseded, '同一上传有了新的续传请求，本次请求已停止；请从服务器记录的位置续传', details);
  if (/lock/i.test(error.body)) return evidenceError(EvidenceRefusal.UploadBusy, '这个上传正忙（另一个请求正在写入），请稍后重试', { ...details, status: 503 });
  if (status === 501) return evidenceError(EvidenceRefusal.TusExtensionUnsupported, '不支持这种 tus 扩展（只支持 creation、creation-with-upload、termination、expiration）', details);
  if (status < 500) return evidenceError(EvidenceRefusal.TusProtocol, '上传请求不符合 tus 1.0 协议，请检查请求头（Upload-Offset、Content-Type: application/offset+octet-stream 等）', details);
  return evidenceError(EvidenceRefusal.StorageFailed, '服务器保存上传内容时出错，请稍后续传；如果一直出现，请联系系统管理员', details);
}

/**
 * tus writes its error answers as text/plain; ours are JSON. Rewrites the Content-Type of the
 * answer about to be written on this response (the body is the JSON the error hook returned).
 */
export function answerAsJson(res: ServerResponse): void {
  const writeHead = res.writeHead.bind(res) as (...args: unknown[]) => ServerResponse;
  res.writeHead = ((...args: unknown[]) => {
    for (const arg of args) {
      if (Array.isArray(arg)) {
        for (let i = 0; i + 1 < arg.length; i += 2) if (String(arg[i]).toLowerCase() === 'content-type') arg[i + 1] = 'application/json; charset=utf-8';
      } else if (arg && typeof arg === 'object') {
        for (const key of Object.keys(arg)) if (key.toLowerCase() === 'content-type') delete (arg as Record<string, unknown>)[key];
      }
    }
    res.setHeader('Content-Type', 'application/json; charset=utf-8');
    return writeHead(...args);
  }) as ServerResponse['writeHead'];
}
