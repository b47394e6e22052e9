import { Injectable } from '@nestjs/common';
import { EntityManager, LockMode } from '@mikro-orm/postgresql';
import { type Actor, assertId, hasRole } from '@accredit/api-kit';
import { appendAudit } from '@accredit/audit';
import { Campaign } from '@accredit/campaigns';
import { User } from '@accredit/identity';
import { Organisation, ancestorIdsOf, isAtOrUnder } from '@accredit/organisations';
import { CampaignForm, type SelectionLevel } from '../entities/campaign-form.entity';
import { FilledForm } from '../entities/filled-form.entity';
import { FormSelection } from '../entities/form-selection.entity';
import { FormFillingRefusal, formFillingError, formFillingNotFound } from '../form-filling.exception';

/** One capped form of a campaign as one viewer sees it: the groups they may see and each group's submitted copies. */
export interface SelectionBoard {
  campaignId: string;
  definitionId: string;
  definitionKey: string;
  definitionName: string;
  per: SelectionLevel;
  max: number;
  /** Whether the viewer is the office of a group (may select and withdraw in it). */
  canSelect: boolean;
  groups: SelectionGroup[];
}

export interface SelectionGroup {
  group: Organisation;
  selectedCount: number;
  entries: SelectionEntry[];
}

export interface SelectionEntry {
  form: FilledForm;
  organisation: Organisation;
  selection: FormSelection | null;
}

/** Where a selection counts: one campaign's board of one form definition. */
export interface BoardPlace {
  campaignId: string;
  definitionId: string;
}

const LEVEL_NAMES: Record<SelectionLevel, string> = { province: '省级', city: '市级' };

/**
 * Selections (遴选) of filled forms going forward: a campaign's form may carry a cap
 * (CampaignForm.selectionPer / selectionMax, set by setCampaignForms); the office of the
 * filler's ancestor at that level chooses among its submitted copies, at most `max`. The count
 * is taken while holding the CampaignForm row's lock, so concurrent choices queue and the cap holds.
 */
@Injectable()
export class FormSelectionsService {
  constructor(private readonly em: EntityManager) {}

  /** Selects a submitted form (selecting it again changes nothing). Returns the board the form is on. */
  async select(actor: Actor, formId: string): Promise<BoardPlace> {
    const name = await this.nameOf(actor);
    return this.em.transactional(async (em) => {
      const { form, asked, group } = await this.lockedPlace(em, actor, formId);
      const place = { campaignId: form.campaign.id, definitionId: asked.definition.id };
      const definition = asked.definition.getEntity();
      if (await em.findOne(FormSelection, { form })) return place;
      if (form.status !== 'submitted') throw formFillingError(FormFillingRefusal.NotSubmitted, `${form.organisation.getEntity().shortName}的「${definition.name}」尚未提交，提交后才能遴选`);
      const count = await em.count(FormSelection, { campaign: form.campaign, definition: asked.definition, group });
      const max = asked.selectionMax ?? 0;
      if (count >= max) {
        throw formFillingError(
          FormFillingRefusal.SelectionFull,
          `${group.shortName}已遴选 ${count} 份「${definition.name}」，每个${LEVEL_NAMES[asked.selectionPer ?? 'province']}单位最多 ${max} 份；请先取消一份再遴选`,
          { selected: count, max },
        );
      }
      em.create(FormSelection, { campaign: form.campaign, definition: asked.definition, form, group, selectedBy: actor.userId, selectedByName: name });
      await em.flush();
      await appendAudit(em, {
        action: 'form_select',
        actor,
        organisationId: group.id,
        entityType: 'filled_form',
        entityId: form.id,
        details: { campaignId: form.campaign.id, definition: definition.key, organisationId: form.organisation.id, selected: count + 1, max },
      });
      return place;
    });
  }

  /** Withdraws a selection; withdrawing one that is not selected changes nothing. Returns the board the form is on. */
  async unselect(actor: Actor, formId: string): Promise<BoardPlace> {
    return this.em.transactional(async (em) => {
      const { form, asked, group } = await this.lockedPlace(em, actor, formId);
      const place = { campaignId: form.campaign.id, definitionId: asked.definition.id };
      const existing = await em.findOne(FormSelection, { form });
      if (!existing) return place;
      em.remove(existing);
      await em.flush();
      await appendAudit(em, {
        action: 'form_unselect',
        actor,
        organisationId: group.id,
        entityType: 'filled_form',
        entityId: form.id,
        details: {
          campaignId: form.campaign.id,
          definition: asked.definition.getEntity().key,
          organisationId: form.organisation.id,
          selectedBy: existing.selectedByName,
          selectedAt: existing.selectedAt.toISOString(),
        },
      });
      return place;
    });
  }

  /**
   * The board a form was just selected on or withdrawn from, as `boards` shows it to the actor (all
   * submitted copies): the selecting office's page takes it in place of a new read of every board.
   */
  async boardAt(actor: Actor, place: BoardPlace): Promise<SelectionBoard> {
    const [board] = await this.boards(actor, place.campaignId, false, place.definitionId);
    // The selector is the office of the form's group, which formSelections always shows this board.
    if (!board) throw formFillingNotFound(FormFillingRefusal.AskedFormNotFound, '本创建工作要填写的表单', place.definitionId);
    return board;
  }

  /**
   * The campaign's capped forms for the viewer: the campaign owner's office sees every group (all
   * provinces), a group's office its own group; others are refused. `onlySelected` leaves out the
   * submitted copies not chosen (what the national office reads); `definitionId` keeps one form's board.
   */
  async boards(actor: Actor, campaignId: string, onlySelected: boolean, definitionId?: string): Promise<SelectionBoard[]> {
    const campaign = await this.em.findOne(Campaign, { id: assertId(campaignId, 'campaignId') }, { populate: ['organisation'] });
    if (!campaign) throw formFillingNotFound(FormFillingRefusal.CampaignNotFound, '创建工作', campaignId);
    const owner = campaign.organisation.getEntity();
    const isOwner = actor.organisationId === owner.id || (!actor.organisationId && hasRole(actor, 'system_admin'));
    const viewerOrg = !isOwner && actor.organisationId ? await this.em.findOne(Organisation, { id: actor.organisationId }) : null;
    if (!isOwner && (!viewerOrg || !isAtOrUnder(viewerOrg.path, owner.id))) throw formFillingNotFound(FormFillingRefusal.CampaignNotFound, '创建工作', campaignId);
    const capped = (
      await this.em.find(CampaignForm, { campaign, selectionMax: { $ne: null }, ...(definitionId ? { definition: definitionId } : {}) }, { populate: ['definition'], orderBy: { sortOrder: 'asc' } })
    ).filter((row) => row.selectionPer);
    const boards: SelectionBoard[] = [];
    for (const asked of capped) {
      const per = asked.selectionPer as SelectionLevel;
      if (!isOwner && viewerOrg?.level !== per) continue;
      const groups = isOwner ? await this.em.find(Organisation, { level: per, path: { $like: `${owner.path}%` } }, { orderBy: { code: 'asc' } }) : [viewerOrg as Organisation];
      const [forms, selections] = await Promise.all([
        this.em.find(FilledForm, { campaign, definition: asked.definition, status: 'submitted' }, { populate: ['organisation'] }),
        this.em.find(FormSelection, { campaign, definition: asked.definition, group: { $in: groups.map((group) => group.id) } }, { populate: ['form', 'form.organisation'] }),
      ]);
      const definition = asked.definition.getEntity();
      boards.push({
        campaignId: campaign.id,
        definitionId: definition.id,
        definitionKey: definition.key,
        definitionName: definition.name,
        per,
        max: asked.selectionMax as number,
        canSelect: !isOwner && hasRole(actor, 'office_admin'),
        groups: groups.map((group) => {
          const chosen = selections.filter((row) => row.group.id === group.id);
          const candidates = onlySelected
            ? chosen.map((row) => row.form.getEntity())
            : [...forms.filter((form) => isAtOrUnder(form.organisation.getEntity().path, group.id)), ...chosen.map((row) => row.form.getEntity()).filter((form) => form.status !== 'submitted')];
          const entries = candidates
            .map((form) => ({ form, organisation: form.organisation.getEntity(), selection: chosen.find((row) => row.form.id === form.id) ?? null }))
            .sort((a, b) => a.organisation.code.localeCompare(b.organisation.code));
          return { group, selectedCount: chosen.length, entries };
        }),
      });
    }
    return boards;
  }

  /** The form ids selected in a campaign for one definition (the .xlsx export's filter). */
  async selectedFormIds(campaignId: string, definitionId: string): Promise<Set<string>> {
    const rows = await this.em.find(FormSelection, { campaign: campaignId, definition: definitionId }, { fields: ['form'] });
    return new Set(rows.map((row) => row.form.id));
  }

  /**
   * The form, its campaign's cap (row locked) and the group it counts in; refused unless the actor
   * is that group's office. A form the actor cannot see at all is NOT_FOUND.
   */
  private async lockedPlace(em: EntityManager, actor: Actor, formId: string): Promise<{ form: FilledForm; asked: CampaignForm; group: Organisation }> {
    const form = await em.findOne(FilledForm, { id: assertId(formId, 'formId') }, { populate: ['organisation', 'campaign', 'campaign.organisation'] });
    if (!form || !actor.organisationId || !isAtOrUnder(form.organisation.getEntity().path, actor.organisationId)) throw formFillingNotFound(FormFillingRefusal.FormNotFound, '表单', formId);
    // The lock every selection of this campaign's form takes first: the count below cannot change under us.
    const asked = await em.findOne(CampaignForm, { campaign: form.campaign, definition: form.definition }, { lockMode: LockMode.PESSIMISTIC_WRITE });
    if (!asked) throw formFillingNotFound(FormFillingRefusal.AskedFormNotFound, '本创建工作要填写的表单', form.definition.id);
    await em.populate(asked, ['definition']);
    const definition = asked.definition.getEntity();
    if (!asked.selectionPer || !asked.selectionMax)
      throw formFillingError(FormFillingRefusal.NotSelectable, `「${definition.name}」在本创建工作中不需要遴选；如需遴选，请主办单位在设置要填写的表单时给它设上限`);
    const ancestors = await em.find(Organisation, { id: { $in: ancestorIdsOf(form.organisation.getEntity().path) } });
    const group = ancestors.find((candidate) => candidate.level === asked.selectionPer);
    if (!group)
      throw formFillingError(FormFillingRefusal.NoSelectionGroup, `${form.organisation.getEntity().shortName}不属于任何${LEVEL_NAMES[asked.selectionPer]}单位，它的「${definition.name}」不参加遴选`);
    if (actor.organisationId !== group.id || !hasRole(actor, 'office_admin')) {
      throw formFillingError(FormFillingRefusal.NotSelector, `${form.organisation.getEntity().shortName}的「${definition.name}」由${group.name}的办公室管理员遴选`);
    }
    return { form, asked, group };
  }

  private async nameOf(actor: Actor): Promise<string> {
    const user = await this.em.findOne(User, { id: actor.userId }, { fields: ['displayName'] });
    return user?.displayName ?? actor.username;
  }
}
