import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { isUsableBy, nearestOwned } from '@accredit/organisations';
import { type IndicatorTable, type TableIndicator, inheritUnits } from '@accredit/table-io';
import { EvidenceRequirement } from './evidence-requirement.entity';
import { Indicator } from './indicator.entity';
import { IndicatorSystem } from './indicator-system.entity';
import { IndicatorSystemsRefusal, indicatorSystemsError } from './indicator-systems.exception';
import { ResponsibleUnit } from './responsible-unit.entity';
import { ScoringRule } from './scoring-rule.entity';

/** Who a template is stored for: its owner (null: the platform) and the ownership chain of the organisation using it. */
export interface TemplateOwner {
  ownerId: string | null;
  /** The using organisation and its ancestors, nearest first; empty for the platform. */
  chain: readonly string[];
  /** Who stores it (username), when a person does. */
  createdBy?: string | null;
}

const PLATFORM: TemplateOwner = { ownerId: null, chain: [] };

/** How a unit name of the table maps onto the organisation. */
export type UnitBinding = { departmentId: string } | { groupId: string };

export interface SnapshotRule {
  rule: ScoringRule;
  units: ResponsibleUnit[];
}

/**
 * Writes indicator systems. Callers run it inside their transaction (em passed in), so a
 * template, its snapshot, the campaign and its tasks are stored whole or not at all.
 */
@Injectable()
export class IndicatorSystemWriter {
  /**
   * Stores a template once per owner, key and version. The same content that the organisation
   * may already use (its own, an ancestor's shared one, the platform's) is reused; different
   * content under a version the owner already has is refused, since templates never change.
   */
  async importTemplate(em: EntityManager, table: IndicatorTable, checksum: string, groupNames: ReadonlySet<string>, owner: TemplateOwner = PLATFORM): Promise<IndicatorSystem> {
    const candidates = await em.find(IndicatorSystem, {
      key: table.key,
      version: table.version,
      kind: 'template',
      $or: [{ owner: null }, { owner: { $in: [...owner.chain, ...(owner.ownerId ? [owner.ownerId] : [])] } }],
    });
    const usable = candidates
      .map((system) => ({ system, ownerId: system.owner?.id ?? null, shareWithDescendants: system.shareWithDescendants }))
      .filter((item) => isUsableBy(item, owner.chain) || item.ownerId === owner.ownerId);
    const same = nearestOwned(
      usable.filter((item) => item.system.checksum === checksum),
      owner.chain,
    );
    if (same) return same.system;
    const existing = usable.find((item) => item.ownerId === owner.ownerId)?.system;
    if (existing) {
      if (existing.checksum !== checksum) {
        throw indicatorSystemsError(IndicatorSystemsRefusal.VersionTaken, `指标体系模板「${table.key}」第 ${table.version} 版已存在且内容不同；修改模板请提高版本号`, {
          key: table.key,
          version: table.version,
        });
      }
      return existing;
    }
    const system = em.create(IndicatorSystem, {
      key: table.key,
      version: table.version,
      name: table.name,
      kind: 'template',
      source: table.source ?? null,
      totalScore: table.totalScore === null ? null : String(table.totalScore),
      scoringMode: table.scoringMode && table.scoringMode !== 'points' ? table.scoringMode : null,
      verdicts: table.verdicts ?? null,
      createdBy: owner.createdBy ?? null,
      checksum,
      owner: owner.ownerId,
    });
    this.writeIndicators(em, system, table.indicators, null, 1, groupNames, () => null);
    return system;
  }

  /**
   * Copies a template into a campaign's own system, binding each unit name to a department
   * or group. Returns the rules with their bound units, in table order, for task creation.
   */
  async snapshot(
    em: EntityManager,
    template: IndicatorSystem,
    table: IndicatorTable,
    campaignKey: string,
    bind: (unitName: string) => UnitBinding,
  ): Promise<{ system: IndicatorSystem; rules: SnapshotRule[] }> {
    const system = em.create(IndicatorSystem, {
      key: template.key,
      version: template.version,
      name: template.name,
      kind: 'snapshot',
      campaignKey,
      derivedFrom: template,
      source: template.source,
      totalScore: template.totalScore,
      scoringMode: template.scoringMode ?? null,
      verdicts: template.verdicts ?? null,
      checksum: template.checksum,
    });
    const rules = this.writeIndicators(em, system, table.indicators, null, 1, new Set(), bind);
    return { system, rules };
  }

  private writeIndicators(
    em: EntityManager,
    system: IndicatorSystem,
    indicators: TableIndicator[],
    parent: Indicator | null,
    level: number,
    groupNames: ReadonlySet<string>,
    bind: (unitName: string) => UnitBinding | null,
  ): SnapshotRule[] {
    const written: SnapshotRule[] = [];
    indicators.forEach((row, index) => {
      const indicator = em.create(Indicator, {
        system,
        parent,
        code: row.code,
        title: row.title,
        maxScore: row.maxScore === null || row.maxScore === undefined ? null : String(row.maxScore),
        level,
        sortOrder: index + 1,
        weight: row.weight === undefined || row.weight === null ? null : String(row.weight),
        scoringMode: row.scoringMode && row.scoringMode !== 'points' ? row.scoringMode : null,
        elective: row.elective ?? null,
      });
      row.requirements.forEach((requirement, r) => em.create(EvidenceRequirement, { indicator, code: requirement.code, text: requirement.text, sortOrder: r + 1 }));
      const unitsByRule = inheritUnits(row);
      row.rules.forEach((ruleRow, r) => {
        const rule = em.create(ScoringRule, {
          indicator,
          code: `${row.code}.${r + 1}`,
          text: ruleRow.text,
          points: String(ruleRow.points),
          kind: ruleRow.scoring.kind,
          params: ruleRow.scoring,
          note: ruleRow.note ? ruleRow.note : null,
          sortOrder: r + 1,
          organisationOwned: ruleRow.organisationOwned === true,
        });
        const units = unitsByRule[r].map((unit, u) => {
          const binding = bind(unit.name);
          const isGroup = binding ? 'groupId' in binding : groupNames.has(unit.name);
          return em.create(ResponsibleUnit, {
            rule,
            name: unit.name,
            role: unit.role,
            inherited: unit.inherited,
            isGroup,
            department: binding && 'departmentId' in binding ? binding.departmentId : null,
            group: binding && 'groupId' in binding ? binding.groupId : null,
            sortOrder: u + 1,
          });
        });
        written.push({ rule, units });
      });
      if (row.children?.length) {
        written.push(...this.writeIndicators(em, system, row.children, indicator, level + 1, groupNames, bind));
      }
    });
    return written;
  }
}
