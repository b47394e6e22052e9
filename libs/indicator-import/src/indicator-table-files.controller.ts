import { Controller, HttpCode, Post, Query, Req, UseFilters } from '@nestjs/common';
import type { Request } from 'express';
import { type Actor, notLoggedIn } from '@accredit/api-kit';
import { HttpErrorFilter } from '@accredit/api-kit';
import { ImportRefusal, importError } from './import.exception';
import type { ImportIndicatorTableResultModel, IndicatorTablePreviewModel } from './indicator-table-import.model';
import { IndicatorTableImportService, MAX_TABLE_BYTES } from './indicator-table-import.service';
import { toImportResultModel, toPreviewModel } from './to-import-models';
import { tableLayoutName } from './table-import-enums';

type ActorRequest = Request & { actor?: Actor };

/**
 * Reads the raw request body (the file). Beyond the limit it stops keeping the bytes but reads
 * on to the end, so the client still gets a clear answer; far beyond it, it cuts the connection.
 */
async function readBody(req: Request, limit: number): Promise<Buffer> {
  const declared = Number(req.headers['content-length']);
  const tooLarge = () => importError(ImportRefusal.FileTooLarge, `文件超过 ${limit / 1024 / 1024} MB：指标体系表通常只有几十 KB，请只保留指标体系所在的工作表`);
  if (Number.isFinite(declared) && declared > limit) throw tooLarge();
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > limit * 10) {
      req.destroy();
      break;
    }
    if (size <= limit) chunks.push(chunk);
  }
  if (size > limit) throw tooLarge();
  return Buffer.concat(chunks);
}

function parseMapping(value: unknown): { from: string; to: string }[] | null {
  if (value === undefined || value === '') return null;
  try {
    const parsed: unknown = JSON.parse(String(value));
    if (Array.isArray(parsed) && parsed.every((entry) => entry && typeof entry.from === 'string' && typeof entry.to === 'string')) return parsed;
  } catch {
    // fall through
  }
  throw importError(ImportRefusal.BadUnitMapping, 'unitMapping 须为 JSON 数组，如 [{"from":"区委组织部门","to":"区委组织部"}]');
}

/**
 * The same preview and import as GraphQL, for files too large for a GraphQL request: the body is
 * the file itself (Content-Type: application/octet-stream — a cross-site form cannot send it),
 * the rest in the query string (fileName, key, name, version, unitMapping as JSON).
 */
@Controller('api/indicator-tables')
@UseFilters(HttpErrorFilter)
export class IndicatorTableFilesController {
  constructor(private readonly service: IndicatorTableImportService) {}

  private async file(req: ActorRequest, fileName: unknown): Promise<{ actor: Actor; fileName: string; contentBase64: string }> {
    if (!req.actor) throw notLoggedIn();
    if (!req.is('application/octet-stream')) throw importError(ImportRefusal.WrongContentType, '请以 Content-Type: application/octet-stream 发送文件内容本身');
    if (typeof fileName !== 'string' || !fileName.trim()) throw importError(ImportRefusal.FileNameRequired, '请在查询参数 fileName 中给出文件名（含扩展名 .xlsx 或 .csv）');
    const body = await readBody(req, MAX_TABLE_BYTES);
    return { actor: req.actor, fileName, contentBase64: body.toString('base64') };
  }

  @Post('preview')
  @HttpCode(200)
  async preview(@Req() req: ActorRequest, @Query('fileName') fileName: unknown, @Query('unitsOfParticipants') unitsOfParticipants: unknown): Promise<IndicatorTablePreviewModel> {
    const { actor, ...file } = await this.file(req, fileName);
    const model = toPreviewModel(await this.service.preview(actor, { ...file, unitsOfParticipants: unitsOfParticipants === 'true' }));
    return { ...model, layout: tableLayoutName(model.layout) };
  }

  @Post('import')
  @HttpCode(200)
  async import(
    @Req() req: ActorRequest,
    @Query('fileName') fileName: unknown,
    @Query('key') key: unknown,
    @Query('name') name: unknown,
    @Query('version') version: unknown,
    @Query('unitMapping') unitMapping: unknown,
    @Query('unitsOfParticipants') unitsOfParticipants: unknown,
  ): Promise<ImportIndicatorTableResultModel> {
    const number = version === undefined || version === '' ? null : Number(version);
    if (number !== null && !Number.isInteger(number)) throw importError(ImportRefusal.BadVersion, `版本号须为正整数，收到「${String(version)}」`);
    const { actor, ...file } = await this.file(req, fileName);
    return toImportResultModel(
      await this.service.import(actor, {
        ...file,
        key: typeof key === 'string' ? key : null,
        name: typeof name === 'string' ? name : null,
        version: number,
        unitMapping: parseMapping(unitMapping),
        unitsOfParticipants: unitsOfParticipants === 'true',
      }),
    );
  }
}
