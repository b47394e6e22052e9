import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import type { Actor } from '@accredit/api-kit';
import { appendAudit } from '@accredit/audit';
import { type IndicatorSystem, IndicatorSystemWriter, usableTemplates } from '@accredit/indicator-systems';
import { Department, DepartmentGroup, Organisation, ownershipChainOf } from '@accredit/organisations';
import {
  type CellProblem,
  type IndicatorTable,
  type IndicatorWorkbookRead,
  type TableIndicator,
  type UnitCandidate,
  applyUnitMapping,
  checksumOf,
  describePosition,
  readIndicatorWorkbook,
  suggestUnitMatches,
} from '@accredit/table-io';
import { ImportRefusal, importError } from './import.exception';

/** Largest table file accepted (decoded): a task table is a few dozen KB. */
export const MAX_TABLE_BYTES = 5 * 1024 * 1024;

export interface TableFile {
  fileName: string;
  contentBase64: string;
  /** Units name the participants' departments (a national standard's 县科协): not checked against the importer's own. */
  unitsOfParticipants?: boolean | null;
}

export interface ImportRequest extends TableFile {
  key?: string | null;
  name?: string | null;
  version?: number | null;
  unitMapping?: { from: string; to: string }[] | null;
}

export interface UnknownUnit {
  name: string;
  cells: string[];
  suggestions: { name: string; kind: string; score: number }[];
}

export interface TablePreview {
  read: IndicatorWorkbookRead;
  unknownUnits: UnknownUnit[];
}

export interface ImportOutcome {
  system: IndicatorSystem;
  created: boolean;
  table: IndicatorTable;
  warnings: CellProblem[];
}

export function countIndicators(indicators: TableIndicator[]): { indicators: number; rules: number; requirements: number } {
  return indicators.reduce(
    (sum, indicator) => {
      const below = countIndicators(indicator.children ?? []);
      return {
        indicators: sum.indicators + 1 + below.indicators,
        rules: sum.rules + indicator.rules.length + below.rules,
        requirements: sum.requirements + indicator.requirements.length + below.requirements,
      };
    },
    { indicators: 0, rules: 0, requirements: 0 },
  );
}

const BASE64 = /^[A-Za-z0-9+/\r\n]*={0,2}\s*$/;

/**
 * Imports an indicator system from an .xlsx or .csv table: a preview that reads the file and
 * reports every problem by sheet, row and column (nothing is saved), and the import itself,
 * which maps unknown units onto the organisation's departments and stores a template in one
 * transaction — whole or not at all.
 */
@Injectable()
export class IndicatorTableImportService {
  constructor(
    private readonly em: EntityManager,
    private readonly writer: IndicatorSystemWriter,
  ) {}

  private decode(file: TableFile): Buffer {
    const fileName = (file.fileName ?? '').trim();
    if (!fileName) throw importError(ImportRefusal.FileNameRequired, '请提供文件名（含扩展名 .xlsx 或 .csv）');
    if (fileName.length > 255) throw importError(ImportRefusal.FileNameTooLong, '文件名过长（最多 255 个字符）');
    const content = file.contentBase64 ?? '';
    if (content.length > Math.ceil((MAX_TABLE_BYTES * 4) / 3) + 16) {
      throw importError(ImportRefusal.FileTooLarge, `文件超过 ${MAX_TABLE_BYTES / 1024 / 1024} MB：指标体系表通常只有几十 KB，请只保留指标体系所在的工作表`);
    }
    if (!BASE64.test(content)) throw importError(ImportRefusal.FileNotBase64, '文件内容须为 Base64 编码（contentBase64）');
    return Buffer.from(content, 'base64');
  }

  private async candidates(actor: Actor): Promise<UnitCandidate[]> {
    if (!actor.organisationId) throw importError(ImportRefusal.NoOrganisation, '导入指标体系须以某个单位的办公室管理员身份进行');
    const departments = await this.em.find(Department, { organisation: actor.organisationId }, { orderBy: { sortOrder: 'asc' } });
    const groups = await this.em.find(DepartmentGroup, { organisation: actor.organisationId }, { orderBy: { sortOrder: 'asc' } });
    return [
      ...departments.map((department): UnitCandidate => ({ name: department.name, kind: 'department', fullName: department.fullName ?? null })),
      ...groups.map((group): UnitCandidate => ({ name: group.name, kind: 'group' })),
    ];
  }

  async preview(actor: Actor, file: TableFile): Promise<TablePreview> {
    const buffer = this.decode(file);
    const candidates = await this.candidates(actor);
    const known = new Set(candidates.map((candidate) => candidate.name));
    const read = await readIndicatorWorkbook(buffer, file.fileName.trim(), { knownUnits: file.unitsOfParticipants ? undefined : known });
    if (file.unitsOfParticipants) return { read, unknownUnits: [] };
    const unknownUnits = read.units
      .filter((unit) => !known.has(unit.name))
      .map((unit) => ({ name: unit.name, cells: unit.cells, suggestions: suggestUnitMatches(unit.name, candidates).map(({ name, kind, score }) => ({ name, kind, score })) }));
    return { read, unknownUnits };
  }

  async import(actor: Actor, request: ImportRequest): Promise<ImportOutcome> {
    const buffer = this.decode(request);
    const candidates = await this.candidates(actor);
    const known = new Set(candidates.map((candidate) => candidate.name));
    const mapping = this.mapping(request.unitMapping ?? [], known);
    const key = request.key?.trim() || undefined;
    if (key !== undefined && !/^[\p{L}\p{N}][\p{L}\p{N}._-]{0,99}$/u.test(key)) {
      throw importError(ImportRefusal.BadTemplateKey, '模板键只能用字母、数字、汉字、点、短横线和下划线（最多 100 个字符）', { key });
    }
    if (request.version !== null && request.version !== undefined && (!Number.isInteger(request.version) || request.version < 1 || request.version > 100000)) {
      throw importError(ImportRefusal.BadVersion, `版本号须为正整数，收到 ${request.version}`);
    }
    const read = await readIndicatorWorkbook(buffer, request.fileName.trim(), {
      knownUnits: request.unitsOfParticipants ? undefined : new Set([...known, ...mapping.keys()]),
      key,
      name: request.name?.trim() || undefined,
    });
    const errors = read.problems.filter((problem) => problem.severity === 'error');
    if (!read.table || errors.length > 0) {
      const shown = errors.slice(0, 10).map((problem) => `${describePosition(problem)}：${problem.message}`);
      throw importError(
        ImportRefusal.TableHasProblems,
        `指标体系表有 ${errors.length} 处问题，未导入，请改正后重试：\n${shown.join('\n')}${errors.length > shown.length ? `\n……另有 ${errors.length - shown.length} 处` : ''}`,
        { problems: errors },
      );
    }
    // The file it came from is the template's source, unless the table names one itself.
    const mapped = applyUnitMapping({ ...read.table, source: read.table.source ?? request.fileName.trim() }, mapping);
    const groupNames = new Set(candidates.filter((candidate) => candidate.kind === 'group').map((candidate) => candidate.name));
    const warnings = read.problems.filter((problem) => problem.severity === 'warning');

    return this.em.transactional(async (em) => {
      await em.execute('select pg_advisory_xact_lock(hashtext(?))', [`indicator-template:${mapped.key}`]);
      // Versions go up as the organisation sees them (its own, its ancestors' shared, the platform's templates):
      // another district's templates of the same key are not this one's.
      const chain = ownershipChainOf((await em.findOneOrFail(Organisation, { id: actor.organisationId as string })).path);
      const existing = await usableTemplates(em, mapped.key, chain);
      const same = existing.find((system) => system.checksum === checksumOf({ ...mapped, version: system.version }));
      if (same && (request.version === null || request.version === undefined || request.version === same.version)) {
        return { system: same, created: false, table: { ...mapped, version: same.version }, warnings };
      }
      const version = request.version ?? (existing[0]?.version ?? 0) + 1;
      const table: IndicatorTable = { ...mapped, version };
      const system = await this.writer.importTemplate(em, table, checksumOf(table), groupNames, { ownerId: actor.organisationId, chain });
      await appendAudit(em, {
        action: 'indicator_import',
        actor,
        entityType: 'indicator_system',
        entityId: system.id,
        details: { key: table.key, version, name: table.name, fileName: request.fileName.trim(), checksum: system.checksum, unitMapping: [...mapping].map(([from, to]) => ({ from, to })) },
      });
      return { system, created: true, table, warnings };
    });
  }

  /** Validates the mapping: every target must be an existing department or group. */
  private mapping(entries: { from: string; to: string }[], known: ReadonlySet<string>): Map<string, string> {
    const mapping = new Map<string, string>();
    for (const entry of entries) {
      const from = entry.from.trim();
      const to = entry.to.trim();
      if (!from || !to) throw importError(ImportRefusal.BadUnitMapping, '单位对应关系的 from 和 to 都不能为空');
      if (!known.has(to)) throw importError(ImportRefusal.BadUnitMapping, `「${from}」要对应的「${to}」不是本单位已有的部门或部门组：请从建议中选择，或先添加该部门`, { from, to });
      if (mapping.has(from) && mapping.get(from) !== to) throw importError(ImportRefusal.BadUnitMapping, `「${from}」对应了两个不同的单位`, { from });
      mapping.set(from, to);
    }
    return mapping;
  }
}
