import { EvidenceRefusal, evidenceError } from '../evidence.exception';

/**
 * The fields of a resumable upload, as the client sends them in tus's Upload-Metadata header at
 * creation: the same fields as the multipart upload, plus the file's name (a tus request has no
 * part header to carry it).
 */
export interface ResumableUploadFields {
  taskId: string;
  /** Absent: a file uploaded for replaceEvidence. */
  requirementCode: string | null;
  kind: string | null;
  description: string | null;
  refersTo: string | null;
  filename: string;
}

/** The keys this API reads; any other key a client adds (tus-js-client's filetype …) is ignored. */
export const METADATA_KEYS = ['taskId', 'requirementCode', 'kind', 'description', 'refersTo', 'filename'] as const;

/** Longest Upload-Metadata header accepted (a 2,000-character Chinese description is ~8 KB in base64). */
export const MAX_METADATA_HEADER = 32 * 1024;

const KEY = /^[\x21-\x2b\x2d-\x7e]+$/; // printable ASCII, no space, no comma
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;
const utf8 = new TextDecoder('utf-8', { fatal: true });

const invalid = (message: string, details: Record<string, unknown> = {}) => evidenceError(EvidenceRefusal.InvalidMetadata, message, details);

/**
 * Reads tus 1.0 Upload-Metadata (`key base64value,key2 base64value2,flag`) strictly: keys printable
 * ASCII without spaces or commas and unique, values padded base64 of UTF-8 text. Returns the
 * decoded pairs; a key without a value maps to ''.
 */
export function parseUploadMetadata(header: string | null | undefined): Record<string, string> {
  const text = (header ?? '').trim();
  if (!text) throw invalid('缺少上传信息 Upload-Metadata：请带上 taskId、filename 等字段（值为 Base64 编码的 UTF-8 文本）');
  if (text.length > MAX_METADATA_HEADER) throw invalid(`上传信息 Upload-Metadata 过长（最多 ${MAX_METADATA_HEADER} 字节）`);
  const pairs: Record<string, string> = {};
  for (const pair of text.split(',')) {
    // As strict as tus itself: one space between key and value, none around the commas.
    const tokens = pair.split(' ');
    const [key, value] = tokens;
    if (tokens.length > 2 || !key || !KEY.test(key)) throw invalid(`上传信息 Upload-Metadata 格式不正确：「${pair.slice(0, 40)}」，应为「键 Base64值」并以逗号分隔`);
    if (Object.prototype.hasOwnProperty.call(pairs, key)) throw invalid(`上传信息 Upload-Metadata 中的字段 ${key} 重复`, { field: key });
    if (value === undefined) {
      pairs[key] = '';
      continue;
    }
    if (value.length % 4 !== 0 || !BASE64.test(value)) throw invalid(`上传信息字段 ${key} 的值不是有效的 Base64 编码`, { field: key });
    try {
      pairs[key] = utf8.decode(Buffer.from(value, 'base64'));
    } catch {
      throw invalid(`上传信息字段 ${key} 的值不是有效的 UTF-8 文本`, { field: key });
    }
  }
  return pairs;
}

const optional = (value: string | undefined): string | null => {
  const text = (value ?? '').trim();
  return text ? text : null;
};

/** The upload's fields from decoded metadata: taskId and filename are required, the rest as in the multipart form. */
export function resumableFieldsOf(pairs: Record<string, string | null | undefined>): ResumableUploadFields {
  const taskId = (pairs['taskId'] ?? '').trim();
  if (!taskId) throw invalid('上传信息中缺少任务编号 taskId', { field: 'taskId' });
  const filename = pairs['filename'] ?? '';
  if (!filename.trim()) throw invalid('上传信息中缺少文件名 filename', { field: 'filename' });
  return {
    taskId,
    requirementCode: optional(pairs['requirementCode'] ?? undefined),
    kind: optional(pairs['kind'] ?? undefined),
    description: optional(pairs['description'] ?? undefined),
    refersTo: optional(pairs['refersTo'] ?? undefined),
    filename,
  };
}

/** The fields as the multipart form gives them to prepareUpload (absent fields left out). */
export function formFieldsOf(fields: ResumableUploadFields): Record<string, string> {
  const form: Record<string, string> = { taskId: fields.taskId };
  for (const key of ['requirementCode', 'kind', 'description', 'refersTo'] as const) {
    const value = fields[key];
    if (value !== null) form[key] = value;
  }
  return form;
}

/** Encodes metadata the way tus clients do (for tests and scripts). */
export function encodeUploadMetadata(pairs: Record<string, string>): string {
  return Object.entries(pairs)
    .map(([key, value]) => `${key} ${Buffer.from(value, 'utf8').toString('base64')}`)
    .join(',');
}
