import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { type Actor, assertId } from '@accredit/api-kit';
import { CampaignForm } from './entities/campaign-form.entity';
import { FilledForm } from './entities/filled-form.entity';
import { FilledFormEdit } from './entities/filled-form-edit.entity';
import type { StoredFormDefinition } from './entities/form-definition.entity';
import { FormDefinitionsService } from './form-definitions.service';
import { type FormPlace, FormPlaceService } from './form-place.service';
import type { FilledFormView } from './filled-form-view';
import { FormFillingRefusal, formFillingNotFound } from './form-filling.exception';

const MAX_HISTORY = 100;

/** Reading filled forms: the forms a campaign asks of an organisation, one form, its history. */
@Injectable()
export class FilledFormQueries {
  constructor(
    private readonly em: EntityManager,
    private readonly definitions: FormDefinitionsService,
    private readonly places: FormPlaceService,
  ) {}

  /** The forms the campaign asks of the organisation (default: the actor's), in the campaign's order; unsaved ones empty. */
  async campaignForms(actor: Actor, campaignId: string, organisationId?: string | null): Promise<FilledFormView[]> {
    const place = await this.places.place(actor, campaignId, organisationId);
    const asked = await this.em.find(CampaignForm, { campaign: place.campaign }, { populate: ['definition'], orderBy: { sortOrder: 'asc' } });
    const filled = await this.em.find(FilledForm, { campaign: place.campaign, organisation: place.organisation });
    const views = asked.map((row) => this.view(actor, place, row.definition.getEntity(), filled.find((form) => form.definition.id === row.definition.id) ?? null));
    if (!place.readable && views.every((view) => view.viewerRole === null)) throw formFillingNotFound(FormFillingRefusal.CampaignNotFound, '创建工作', campaignId);
    return views;
  }

  /** One saved form, for those who may read it; NOT_FOUND for everyone else. */
  async filledForm(actor: Actor, id: string): Promise<FilledFormView> {
    const form = await this.em.findOne(FilledForm, { id: assertId(id, 'id') }, { populate: ['definition'] });
    if (!form) throw formFillingNotFound(FormFillingRefusal.FormNotFound, '表单', id);
    const place = await this.places.place(actor, form.campaign.id, form.organisation.id).catch(() => Promise.reject(formFillingNotFound(FormFillingRefusal.FormNotFound, '表单', id)));
    const view = this.view(actor, place, form.definition.getEntity(), form);
    if (!place.readable && view.viewerRole === null) throw formFillingNotFound(FormFillingRefusal.FormNotFound, '表单', id);
    return view;
  }

  /** Saved forms by id for a page of links (one batch): each as filledForm(), null for one the actor may not read. */
  async readableForms(actor: Actor, ids: readonly string[]): Promise<(FilledFormView | null)[]> {
    const forms = await this.em.find(FilledForm, { id: { $in: [...ids] } }, { populate: ['definition', 'organisation', 'campaign.organisation'] });
    const places = await this.places.placesOf(actor, forms);
    const views = new Map(
      forms.map((form, n) => {
        const view = this.view(actor, places[n], form.definition.getEntity(), form);
        return [form.id, !places[n].readable && view.viewerRole === null ? null : view];
      }),
    );
    return ids.map((id) => views.get(id) ?? null);
  }

  /** The newest `first` edits of each form (one batch for a page of forms), newest first. */
  async histories(formIds: readonly string[], first: number): Promise<FilledFormEdit[]> {
    const limit = Math.max(0, Math.min(first, MAX_HISTORY));
    if (formIds.length === 0 || limit === 0) return [];
    const rows = await this.em.execute<{ id: string }[]>(
      `select id from (select id, row_number() over (partition by form_id order by at desc, version desc) as n from filled_form_edit where form_id in (?)) ranked where n <= ?`,
      [[...formIds], limit],
    );
    if (rows.length === 0) return [];
    return this.em.find(FilledFormEdit, { id: { $in: rows.map((row) => row.id) } }, { orderBy: { at: 'desc', version: 'desc' } });
  }

  view(actor: Actor, place: FormPlace, record: StoredFormDefinition, form: FilledForm | null): FilledFormView {
    const definition = this.definitions.compiled(record);
    const status = form?.status ?? 'draft';
    const situation = this.places.situation(actor, place, definition, status);
    const values = form?.values ?? {};
    const fillerRole = definition.filledBy?.role ?? null;
    return {
      id: form?.id ?? null,
      campaignId: place.campaign.id,
      organisationId: place.organisation.id,
      record,
      definition,
      values,
      status,
      version: form?.version ?? 0,
      stage: place.stage,
      stageLabel: place.stage ? (place.stageLabels[place.stage] ?? place.stage) : null,
      viewerRole: situation.role,
      editableFields: situation.editable,
      // Permission, not completeness: a submit with gaps is answered with the gaps listed.
      canSubmit: status === 'draft' && situation.editable.length > 0 && (fillerRole === null || situation.role === fillerRole),
      problems: this.places.problemsOf(definition, values, place),
      updatedAt: form?.updatedAt ?? null,
      updatedByName: form?.updatedByName ?? null,
      submittedAt: form?.submittedAt ?? null,
    };
  }
}
