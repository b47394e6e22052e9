import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { type Actor, assertId, hasRole } from '@accredit/api-kit';
import { appendAudit } from '@accredit/audit';
import { Campaign } from '@accredit/campaigns';
import { ownershipChainOf, pickByOwnership } from '@accredit/organisations';
import { CampaignForm, SELECTION_LEVELS, type SelectionLevel } from './entities/campaign-form.entity';
import type { StoredFormDefinition } from './entities/form-definition.entity';
import { FormDefinitionsService } from './form-definitions.service';
import { FormFillingRefusal, formFillingError, formFillingNotFound } from './form-filling.exception';

const MAX_FORMS = 30;
const MAX_SELECTION = 100;

/** A cap on how many filled copies of one form go forward per organisation at a level (see FormSelectionsService). */
export interface SelectionCap {
  definitionId: string;
  per: SelectionLevel;
  max: number;
}

/** Which forms a campaign asks for: set by the campaign owner's office, in order. */
@Injectable()
export class CampaignFormsService {
  constructor(
    private readonly em: EntityManager,
    private readonly definitions: FormDefinitionsService,
  ) {}

  /** Replaces the campaign's list by `definitionIds` (each usable by the campaign's owner; one version per key). */
  async set(actor: Actor, campaignId: string, definitionIds: readonly string[], selections: readonly SelectionCap[] = []): Promise<StoredFormDefinition[]> {
    const campaign = await this.em.findOne(Campaign, { id: assertId(campaignId, 'campaignId') }, { populate: ['organisation'] });
    if (!campaign || (actor.organisationId !== campaign.organisation.id && !(hasRole(actor, 'system_admin') && !actor.organisationId)))
      throw formFillingNotFound(FormFillingRefusal.CampaignNotFound, '创建工作', campaignId);
    if (actor.organisationId && !hasRole(actor, 'office_admin')) throw formFillingError(FormFillingRefusal.NotFormsAdmin, '要填写的表单由主办单位的办公室管理员设置');
    return this.em.transactional(async (em) => {
      const records = await this.usableByOwner(campaign, definitionIds);
      const caps = this.checkCaps(records, selections);
      await em.nativeDelete(CampaignForm, { campaign });
      records.forEach((record, index) => {
        const cap = caps.find((candidate) => candidate.definitionId === record.id);
        em.create(CampaignForm, { campaign, definition: record, sortOrder: index + 1, selectionPer: cap?.per ?? null, selectionMax: cap?.max ?? null });
      });
      await em.flush();
      await appendAudit(em, {
        action: 'campaign_forms_change',
        actor,
        organisationId: campaign.organisation.id,
        entityType: 'campaign',
        entityId: campaign.id,
        details: {
          forms: records.map((record) => `${record.key}@${record.version}`),
          selections: caps.map((cap) => `${records.find((record) => record.id === cap.definitionId)?.key}: ${cap.per} ≤ ${cap.max}`),
        },
      });
      return records;
    });
  }

  /** Each cap names one of the chosen forms once, a known level and 1–100. */
  private checkCaps(records: readonly StoredFormDefinition[], selections: readonly SelectionCap[]): SelectionCap[] {
    const seen = new Set<string>();
    for (const cap of selections) {
      const record = records.find((candidate) => candidate.id === cap.definitionId);
      if (!record) throw formFillingError(FormFillingRefusal.BadSelectionCap, '遴选上限只能设给本创建工作要填写的表单，请先把该表单加入列表', { definitionId: cap.definitionId });
      if (seen.has(record.id)) throw formFillingError(FormFillingRefusal.BadSelectionCap, `表单「${record.name}」的遴选上限设了不止一次，请只保留一个`);
      seen.add(record.id);
      if (!(SELECTION_LEVELS as readonly string[]).includes(cap.per)) throw formFillingError(FormFillingRefusal.BadSelectionCap, `遴选上限按哪一级计算只能是：${SELECTION_LEVELS.join('、')}`);
      if (!Number.isInteger(cap.max) || cap.max < 1 || cap.max > MAX_SELECTION)
        throw formFillingError(FormFillingRefusal.BadSelectionCap, `表单「${record.name}」的遴选上限应为 1 到 ${MAX_SELECTION} 之间的整数，现为 ${cap.max}`);
    }
    return [...selections];
  }

  /**
   * The definitions a campaign may ask for, checked: each usable by the owner, no key twice.
   * (Also what the campaign set-up uses when it is given form keys.)
   */
  async usableByOwner(campaign: Campaign, definitionIds: readonly string[]): Promise<StoredFormDefinition[]> {
    if (definitionIds.length > MAX_FORMS) throw formFillingError(FormFillingRefusal.TooManyForms, `一项创建工作最多要求填写 ${MAX_FORMS} 种表单`);
    const ids = definitionIds.map((id) => assertId(id, 'definitionIds'));
    if (new Set(ids).size !== ids.length) throw formFillingError(FormFillingRefusal.FormTwice, '同一表单只能选择一次');
    const usable = await this.definitions.usable(ownershipChainOf(campaign.organisation.getEntity().path));
    const records = ids.map((id) => usable.find((record) => record.id === id));
    const missing = ids.filter((_, index) => !records[index]);
    if (missing.length) throw formFillingError(FormFillingRefusal.DefinitionNotUsable, `有 ${missing.length} 个表单不存在或本单位不能使用，请从可用的表单中选择`, { definitionIds: missing });
    const found = records as StoredFormDefinition[];
    const twice = found.filter((record, index) => found.findIndex((other) => other.key === record.key) !== index);
    if (twice.length) throw formFillingError(FormFillingRefusal.FormTwice, `表单「${twice[0].name}」选了不止一个版本，请只保留一个`);
    return found;
  }

  /** Whether every key names a form `organisationId` may use (before a set-up starts); VALIDATION otherwise. */
  async checkKeys(organisationId: string | null, keys: readonly string[]): Promise<void> {
    await this.byKeys(await this.definitions.chainOf(organisationId), keys);
  }

  /** A campaign being set up asks for the forms of `keys` (the newest version its owner may use), in the set-up's transaction. */
  async setKeysIn(em: EntityManager, actor: Actor, campaign: Campaign, keys: readonly string[]): Promise<StoredFormDefinition[]> {
    const records = await this.byKeys(await this.definitions.chainOf(campaign.organisation.id), keys);
    await em.nativeDelete(CampaignForm, { campaign });
    records.forEach((record, index) => em.create(CampaignForm, { campaign, definition: record.id, sortOrder: index + 1 }));
    await em.flush();
    await appendAudit(em, {
      action: 'campaign_forms_change',
      actor,
      organisationId: campaign.organisation.id,
      entityType: 'campaign',
      entityId: campaign.id,
      details: { forms: records.map((record) => `${record.key}@${record.version}`) },
    });
    return records;
  }

  /** A new cycle of `source` asks for the same forms (the same versions), in the cycle's transaction. */
  async copyIn(em: EntityManager, source: Campaign, campaign: Campaign): Promise<void> {
    const rows = await em.find(CampaignForm, { campaign: source }, { orderBy: { sortOrder: 'asc' } });
    // The caps come along: a yearly cycle selects as many as the last one did.
    rows.forEach((row) =>
      em.create(CampaignForm, { campaign, definition: row.definition.id, sortOrder: row.sortOrder, selectionPer: row.selectionPer ?? null, selectionMax: row.selectionMax ?? null }),
    );
    await em.flush();
  }

  /** The newest usable version of each key (own, else the nearest ancestor's shared, else the platform's). */
  private async byKeys(chain: readonly string[], keys: readonly string[]): Promise<StoredFormDefinition[]> {
    if (keys.length > MAX_FORMS) throw formFillingError(FormFillingRefusal.TooManyForms, `一项创建工作最多要求填写 ${MAX_FORMS} 种表单`);
    if (new Set(keys).size !== keys.length) throw formFillingError(FormFillingRefusal.FormTwice, '同一表单只能选择一次');
    const usable = await this.definitions.usable(chain);
    return keys.map((key) => {
      const candidates = usable
        .filter((candidate) => candidate.key === key)
        .map((record) => ({ record, ownerId: record.owner?.id ?? null, shareWithDescendants: record.shareWithDescendants, version: record.version }));
      const record = pickByOwnership(candidates, chain)?.record;
      if (!record) throw formFillingError(FormFillingRefusal.UnknownForm, `没有可用的表单「${key}」，可用：${[...new Set(usable.map((candidate) => candidate.key))].join('、')}`);
      return record;
    });
  }
}
