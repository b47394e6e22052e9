import { Injectable } from '@nestjs/common';
import { EntityManager, LockMode, UniqueConstraintViolationException } from '@mikro-orm/postgresql';
import { type Actor, AppError, assertId } from '@accredit/api-kit';
import { appendAudit } from '@accredit/audit';
import { todayInChina } from '@accredit/calendar-date';
import { type FieldValue, type FormDefinition, type SignOffField, type ValueProblem, allFields, changedFields, fromFieldValues, isEmpty, validateFormValues } from '@accredit/forms';
import { User } from '@accredit/identity';
import { CampaignForm } from './entities/campaign-form.entity';
import { FilledForm } from './entities/filled-form.entity';
import { FilledFormEdit, type FormEditAction } from './entities/filled-form-edit.entity';
import { FormFile } from './entities/form-file.entity';
import { FormDefinitionsService } from './form-definitions.service';
import { type FormPlace, FormPlaceService } from './form-place.service';
import { FilledFormQueries } from './filled-form-queries.service';
import type { FilledFormView } from './filled-form-view';
import { attachmentRefs } from './value-changes';
import { FormFillingRefusal, formFillingError, formFillingNotFound } from './form-filling.exception';

export interface SaveFormDraft {
  campaignId: string;
  organisationId?: string | null;
  definitionId: string;
  /** The whole form as the typed list (FormFieldValueInput); converted to keyed values here. */
  values: readonly FieldValue[];
  expectedVersion: number;
}

export interface SignOffForm {
  formId: string;
  field: string;
  opinion?: string | null;
  signer?: string | null;
  date?: string | null;
  seal?: unknown;
  expectedVersion: number;
}

function invalid(problems: readonly ValueProblem[]): AppError {
  const shown = problems
    .slice(0, 3)
    .map((problem) => problem.message)
    .join('；');
  return formFillingError(FormFillingRefusal.FormHasProblems, `表单有 ${problems.length} 处需要修改：${shown}${problems.length > 3 ? '……' : ''}`, {
    problems: problems.map((problem) => ({ ...problem })),
  });
}

/**
 * Changing filled forms: drafts (only the fields the viewer may write now), submission (every
 * required field filled), sign-off boxes (only their role at their stage). Each change is one
 * transaction holding the form's row lock, checks the version the client read, and appends a
 * FilledFormEdit with the fields changed and what they held before.
 */
@Injectable()
export class FilledFormCommands {
  constructor(
    private readonly em: EntityManager,
    private readonly definitions: FormDefinitionsService,
    private readonly places: FormPlaceService,
    private readonly queries: FilledFormQueries,
  ) {}

  async saveDraft(actor: Actor, input: SaveFormDraft): Promise<FilledFormView> {
    const place = await this.places.place(actor, input.campaignId, input.organisationId);
    const asked = await this.em.findOne(CampaignForm, { campaign: place.campaign, definition: assertId(input.definitionId, 'definitionId') }, { populate: ['definition'] });
    if (!asked) throw formFillingNotFound(FormFillingRefusal.AskedFormNotFound, '本创建工作要填写的表单', input.definitionId);
    const record = asked.definition.getEntity();
    const definition = this.definitions.compiled(record);
    const converted = fromFieldValues(definition, input.values);
    if (converted.problems.length > 0) throw invalid(converted.problems);
    const values = converted.values;
    const name = await this.nameOf(actor);
    const formId = await this.em.transactional(async (em) => {
      const form = await em.findOne(FilledForm, { campaign: place.campaign, organisation: place.organisation, definition: record }, { lockMode: LockMode.PESSIMISTIC_WRITE });
      this.assertVersion(form, input.expectedVersion);
      const status = form?.status ?? 'draft';
      const situation = this.places.situation(actor, place, definition, status);
      this.places.assertReadable(place, situation);
      if (situation.editable.length === 0) throw this.closed(definition, place, status, situation.role);
      const previous = form?.values ?? {};
      const order = allFields(definition).map((field) => field.key);
      const rank = (key: string) => (order.includes(key) ? order.indexOf(key) : order.length);
      // In the form's order, so that the history reads like the form.
      const changed = changedFields(previous, values).sort((a, b) => rank(a) - rank(b));
      const problems = validateFormValues(definition, values, { role: situation.role ?? undefined, stage: place.stage ?? '', previous, draft: true, stageLabels: place.stageLabels });
      const labelOf = new Map(allFields(definition).map((field) => [field.key, field.label]));
      for (const key of changed) {
        if (!labelOf.has(key) || situation.editable.includes(key) || problems.some((problem) => problem.path === key && problem.code === 'NOT_EDITABLE')) continue;
        problems.push({ path: key, code: 'NOT_EDITABLE', message: `「${labelOf.get(key)}」现在不能由您修改${status === 'submitted' ? '（表单已提交）' : ''}，请撤销对这一栏的修改` });
      }
      problems.push(...(await this.foreignFiles(em, definition, values, changed, place)));
      if (problems.length > 0) throw invalid(problems);
      const next = { ...previous };
      for (const key of changed) {
        if (values[key] === undefined || values[key] === null) delete next[key];
        else next[key] = values[key];
      }
      return (await this.write(em, actor, name, place, record.id, form, next, 'save', changed)).id;
    });
    return this.reread(actor, formId);
  }

  async submit(actor: Actor, formId: string, expectedVersion: number): Promise<FilledFormView> {
    const name = await this.nameOf(actor);
    await this.em.transactional(async (em) => {
      const { form, place, definition } = await this.lockedForm(em, actor, formId);
      this.assertVersion(form, expectedVersion);
      const situation = this.places.situation(actor, place, definition, form.status);
      const fillerRole = definition.filledBy?.role ?? null;
      if (form.status === 'submitted') throw formFillingError(FormFillingRefusal.AlreadySubmitted, `「${definition.name}」已提交，不需要再次提交`);
      if (situation.editable.length === 0 || (fillerRole !== null && situation.role !== fillerRole)) throw this.closed(definition, place, form.status, situation.role);
      const problems = this.places.problemsOf(definition, form.values, place);
      if (problems.length > 0) throw invalid(problems);
      form.status = 'submitted';
      form.submittedAt = new Date();
      form.submittedBy = actor.userId;
      await this.write(em, actor, name, place, form.definition.id, form, form.values, 'submit', []);
      await appendAudit(em, {
        action: 'form_submit',
        actor,
        organisationId: place.organisation.id,
        entityType: 'filled_form',
        entityId: form.id,
        details: { campaignId: place.campaign.id, definition: definition.key, version: form.version },
      });
    });
    return this.reread(actor, formId);
  }

  async signOff(actor: Actor, input: SignOffForm): Promise<FilledFormView> {
    const name = await this.nameOf(actor);
    await this.em.transactional(async (em) => {
      const { form, place, definition } = await this.lockedForm(em, actor, input.formId);
      this.assertVersion(form, input.expectedVersion);
      const field = allFields(definition).find((candidate) => candidate.key === input.field);
      if (!field || field.type !== 'signOff') throw formFillingError(FormFillingRefusal.NoSuchSignOff, `「${definition.name}」中没有签署栏「${input.field}」，请检查后重试`);
      const situation = this.places.situation(actor, place, definition, form.status);
      if (!situation.roles.includes(field.role) || !this.places.writable(definition, field.role, place, form.status).includes(field.key)) {
        throw this.signOffClosed(definition, field, place, form.status, situation.roles.includes(field.role));
      }
      const box = Object.fromEntries(
        Object.entries({ opinion: input.opinion, signer: input.signer, date: input.date || todayInChina(), seal: input.seal }).filter(
          ([, value]) => value !== null && value !== undefined && value !== '',
        ),
      );
      const values = { ...form.values, [field.key]: box };
      const problems = validateFormValues(definition, values, { role: field.role, stage: place.stage ?? '', previous: form.values, stageLabels: place.stageLabels }).filter(
        (problem) => problem.path === field.key || problem.path.startsWith(`${field.key}.`),
      );
      problems.push(...(await this.foreignFiles(em, definition, values, [field.key], place)));
      if (problems.length > 0) throw invalid(problems);
      await this.write(em, actor, name, place, form.definition.id, form, values, 'sign_off', changedFields(form.values, values));
      await appendAudit(em, {
        action: 'form_sign_off',
        actor,
        organisationId: place.organisation.id,
        entityType: 'filled_form',
        entityId: form.id,
        details: { campaignId: place.campaign.id, definition: definition.key, field: field.key, version: form.version },
      });
    });
    return this.reread(actor, input.formId);
  }

  /**
   * Returns a submitted form to its filler (退回重填): by a reviewer whose box is open on it now
   * (the province at the applied stage), and only while no reviewer has signed yet — a signed
   * opinion is about what was submitted and must not silently cover a changed form.
   */
  async reopen(actor: Actor, formId: string, expectedVersion: number): Promise<FilledFormView> {
    const name = await this.nameOf(actor);
    await this.em.transactional(async (em) => {
      const { form, place, definition } = await this.lockedForm(em, actor, formId);
      this.assertVersion(form, expectedVersion);
      if (form.status !== 'submitted') throw formFillingError(FormFillingRefusal.NotSubmitted, `「${definition.name}」尚未提交，不需要退回`);
      const situation = this.places.situation(actor, place, definition, form.status);
      if (situation.editable.length === 0) throw formFillingError(FormFillingRefusal.NotReviewer, `只有现在可以签署「${definition.name}」意见栏的审核方可以退回它`);
      const fillerRole = definition.filledBy?.role ?? null;
      const signed = allFields(definition).filter((field) => field.type === 'signOff' && field.role !== fillerRole && !isEmpty(form.values[field.key]));
      if (signed.length > 0) throw formFillingError(FormFillingRefusal.AlreadySigned, `「${signed.map((field) => field.label).join('」「')}」已签署，不能再退回；如需修改请联系签署方`);
      form.status = 'draft';
      form.submittedAt = null;
      form.submittedBy = null;
      await this.write(em, actor, name, place, form.definition.id, form, form.values, 'reopen', []);
      await appendAudit(em, {
        action: 'form_reopen',
        actor,
        organisationId: place.organisation.id,
        entityType: 'filled_form',
        entityId: form.id,
        details: { campaignId: place.campaign.id, definition: definition.key, version: form.version },
      });
    });
    return this.reread(actor, formId);
  }

  private async reread(actor: Actor, formId: string): Promise<FilledFormView> {
    this.em.clear();
    return this.queries.filledForm(actor, formId);
  }

  private async lockedForm(em: EntityManager, actor: Actor, formId: string): Promise<{ form: FilledForm; place: FormPlace; definition: FormDefinition }> {
    const form = await em.findOne(FilledForm, { id: assertId(formId, 'formId') }, { lockMode: LockMode.PESSIMISTIC_WRITE });
    if (!form) throw formFillingNotFound(FormFillingRefusal.FormNotFound, '表单', formId);
    const place = await this.places.place(actor, form.campaign.id, form.organisation.id).catch(() => Promise.reject(formFillingNotFound(FormFillingRefusal.FormNotFound, '表单', formId)));
    const record = (await this.definitions.records([form.definition.id]))[0];
    const definition = this.definitions.compiled(record);
    this.places.assertReadable(place, this.places.situation(actor, place, definition, form.status));
    return { form, place, definition };
  }

  private assertVersion(form: FilledForm | null, expected: number): void {
    const current = form?.version ?? 0;
    if (current !== expected) {
      throw formFillingError(
        FormFillingRefusal.StaleVersion,
        current === 0 ? '这份表单还没有保存过，请刷新后再保存（expectedVersion 应为 0）' : `这份表单已被修改（现为第 ${current} 版，您看到的是第 ${expected} 版），请刷新查看最新内容后再保存`,
        { currentVersion: current, expectedVersion: expected },
      );
    }
  }

  /** Why nothing may be written now: no role in the form, the stage, or the status. */
  private closed(definition: FormDefinition, place: FormPlace, status: string, role: string | null): AppError {
    if (role === null) return formFillingError(FormFillingRefusal.NotFiller, `您不能填写「${definition.name}」：它由${this.fillerLabel(definition)}填写`);
    if (status === 'submitted') return formFillingError(FormFillingRefusal.SubmittedLocked, `「${definition.name}」已提交，不能再修改；如需修改，请联系${this.fillerLabel(definition)}的上级退回`);
    const stages = definition.filledBy?.stages ?? [];
    const when = stages.map((stage) => place.stageLabels[stage] ?? stage).join('”或“');
    const now = place.stage ? `现处于“${place.stageLabels[place.stage] ?? place.stage}”环节` : '尚未参与本创建工作的流程';
    return formFillingError(FormFillingRefusal.WrongStep, `「${definition.name}」${when ? `只能在“${when}”环节填写` : '现在不能填写'}，${place.organisation.shortName}${now}`);
  }

  private signOffClosed(definition: FormDefinition, field: SignOffField, place: FormPlace, status: string, holdsRole: boolean): AppError {
    const who = definition.roles[field.role] ?? field.role;
    if (!holdsRole) return formFillingError(FormFillingRefusal.NotSigner, `「${field.label}」只能由${who}签署`);
    const fillerRole = definition.filledBy?.role ?? null;
    if (field.role !== fillerRole && status !== 'submitted')
      return formFillingError(FormFillingRefusal.AwaitsSubmission, `${this.fillerLabel(definition)}尚未提交「${definition.name}」，提交后才能签署「${field.label}」`);
    if (field.role === fillerRole && status === 'submitted') return formFillingError(FormFillingRefusal.SubmittedLocked, `「${definition.name}」已提交，「${field.label}」不能再修改`);
    const when = field.stages.map((stage) => place.stageLabels[stage] ?? stage).join('”或“');
    const now = place.stage ? `现处于“${place.stageLabels[place.stage] ?? place.stage}”环节` : '尚未进入流程';
    return formFillingError(FormFillingRefusal.WrongStep, `「${field.label}」只能在“${when}”环节签署，${place.organisation.shortName}${now}`);
  }

  private fillerLabel(definition: FormDefinition): string {
    const role = definition.filledBy?.role;
    return role ? (definition.roles[role] ?? role) : '填报单位';
  }

  /** File references must be files uploaded for this organisation's forms in this campaign. */
  private async foreignFiles(em: EntityManager, definition: FormDefinition, values: Record<string, unknown>, keys: readonly string[], place: FormPlace): Promise<ValueProblem[]> {
    const refs = attachmentRefs(definition, values, keys);
    if (refs.length === 0) return [];
    const ids = refs.map(({ ref }) => ref.fileId).filter((id) => /^[0-9a-f-]{36}$/i.test(id));
    const known = ids.length ? await em.find(FormFile, { id: { $in: ids }, campaign: place.campaign, organisation: place.organisation }, { fields: ['id', 'mediaType'] }) : [];
    return refs
      .filter(({ ref }) => !known.some((file) => file.id === ref.fileId && file.mediaType === ref.mediaType))
      .map(({ path, ref }) => ({ path, code: 'WRONG_TYPE' as const, message: `文件“${ref.name}”不是为这份表单上传的文件，请重新上传` }));
  }

  private async write(
    em: EntityManager,
    actor: Actor,
    name: string,
    place: FormPlace,
    definitionId: string,
    form: FilledForm | null,
    values: Record<string, unknown>,
    action: FormEditAction,
    fields: string[],
  ): Promise<FilledForm> {
    const previous = form?.values ?? {};
    let row = form;
    if (!row) {
      row = em.create(FilledForm, { campaign: place.campaign, organisation: place.organisation, definition: definitionId, values, version: 1, updatedBy: actor.userId, updatedByName: name });
    } else {
      if (action === 'save' && fields.length === 0) return row;
      row.values = values;
      row.version += 1;
      row.updatedBy = actor.userId;
      row.updatedByName = name;
      row.updatedAt = new Date();
    }
    em.create(FilledFormEdit, {
      form: row,
      byId: actor.userId,
      byName: name,
      action,
      fields,
      previous: Object.fromEntries(fields.filter((key) => key in previous).map((key) => [key, previous[key]])),
      version: row.version,
    });
    try {
      await em.flush();
    } catch (error) {
      // Two first saves at once: the second finds the first.
      if (error instanceof UniqueConstraintViolationException)
        throw formFillingError(FormFillingRefusal.StaleVersion, '这份表单刚被他人首次保存，请刷新查看最新内容后再保存', { currentVersion: 1, expectedVersion: 0 });
      throw error;
    }
    return row;
  }

  private async nameOf(actor: Actor): Promise<string> {
    const user = await this.em.findOne(User, { id: actor.userId }, { fields: ['displayName'] });
    return user?.displayName ?? actor.username;
  }
}
