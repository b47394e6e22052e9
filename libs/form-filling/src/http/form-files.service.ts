import { Injectable } from '@nestjs/common';
import type { Readable } from 'node:stream';
import type { Request } from 'express';
import { EntityManager, LockMode } from '@mikro-orm/postgresql';
import { type Actor, assertId } from '@accredit/api-kit';
import { StoredFileIntake } from '@accredit/evidence';
import { appendAudit } from '@accredit/audit';
import { allFields } from '@accredit/forms';
import { FilledForm } from '../entities/filled-form.entity';
import { attachmentRefs } from '../value-changes';
import { CampaignForm } from '../entities/campaign-form.entity';
import { FormFile } from '../entities/form-file.entity';
import { FormDefinitionsService } from '../form-definitions.service';
import { type FormPlace, FormPlaceService } from '../form-place.service';
import { FormFillingRefusal, formFillingError, formFillingNotFound } from '../form-filling.exception';

export interface FormFileAnswer {
  fileId: string;
  name: string;
  mediaType: string;
  size: number;
  sha256: string;
}

/**
 * Files a form points at (seal and signature images, attachments), received through the
 * evidence storage's intake and recorded per campaign and organisation: those who fill or sign
 * that organisation's forms upload them, those who may read its forms download them.
 */
@Injectable()
export class FormFilesService {
  constructor(
    private readonly em: EntityManager,
    private readonly intake: StoredFileIntake,
    private readonly places: FormPlaceService,
    private readonly definitions: FormDefinitionsService,
  ) {}

  async upload(actor: Actor, req: Request): Promise<FormFileAnswer> {
    let place: FormPlace | null = null;
    return this.intake.receiveOne(
      req,
      async (fields) => {
        if (!fields['campaignId']) throw formFillingError(FormFillingRefusal.MissingField, '请在文件之前给出 campaignId（以及代填单位的 organisationId）');
        place = await this.places.place(actor, fields['campaignId'], fields['organisationId'] || null);
        if (!place.readable && !(await this.holdsAnyRole(actor, place))) throw formFillingNotFound(FormFillingRefusal.CampaignNotFound, '创建工作', fields['campaignId']);
        if (!(await this.writesSomething(actor, place))) {
          throw formFillingError(FormFillingRefusal.NotFormWriter, `只有填写或签署${place.organisation.shortName}表单的人员可以为其上传签章和附件`);
        }
      },
      async (file) => {
        const where = place as FormPlace;
        const row = this.em.create(FormFile, {
          campaign: where.campaign,
          organisation: where.organisation,
          sha256: file.sha256,
          size: file.size,
          mediaType: file.mediaType,
          name: file.name,
          uploadedBy: actor.userId,
        });
        await this.em.flush();
        return { fileId: row.id, name: row.name, mediaType: row.mediaType, size: row.size, sha256: row.sha256 };
      },
    );
  }

  /** The file and its bytes, for those who may read the organisation's forms; NOT_FOUND otherwise. */
  async download(actor: Actor, fileId: string): Promise<{ file: FormFile; body: Readable }> {
    const file = await this.em.findOne(FormFile, { id: assertId(fileId, 'fileId') });
    if (!file) throw formFillingNotFound(FormFillingRefusal.FileNotFound, '表单的文件', fileId);
    const place = await this.places.place(actor, file.campaign.id, file.organisation.id).catch(() => Promise.reject(formFillingNotFound(FormFillingRefusal.FileNotFound, '表单的文件', fileId)));
    if (!place.readable && !(await this.holdsAnyRole(actor, place))) throw formFillingNotFound(FormFillingRefusal.FileNotFound, '表单的文件', fileId);
    return { file, body: await this.intake.read(file.sha256) };
  }

  /**
   * Deletes a file no form of its organisation refers to any more (an attachment removed from a
   * draft, a seal replaced): by those who may write that organisation's forms. A file a form still
   * holds is refused, naming the form and field — a submitted form's files stay as submitted. The
   * bytes go when the storage's housekeeping finds nothing else refers to them.
   */
  async remove(actor: Actor, fileId: string): Promise<void> {
    const found = await this.em.findOne(FormFile, { id: assertId(fileId, 'fileId') });
    if (!found) throw formFillingNotFound(FormFillingRefusal.FileNotFound, '表单的文件', fileId);
    const place = await this.places.place(actor, found.campaign.id, found.organisation.id).catch(() => Promise.reject(formFillingNotFound(FormFillingRefusal.FileNotFound, '表单的文件', fileId)));
    if (!place.readable && !(await this.holdsAnyRole(actor, place))) throw formFillingNotFound(FormFillingRefusal.FileNotFound, '表单的文件', fileId);
    if (!(await this.writesSomething(actor, place))) throw formFillingError(FormFillingRefusal.NotFormWriter, `只有填写或签署${place.organisation.shortName}表单的人员可以删除其签章和附件`);
    await this.em.transactional(async (em) => {
      // The organisation's forms locked: a save putting the file back waits, then finds it gone.
      const forms = await em.find(FilledForm, { campaign: place.campaign, organisation: place.organisation }, { lockMode: LockMode.PESSIMISTIC_WRITE });
      for (const form of forms) {
        const record = (await this.definitions.records([form.definition.id]))[0];
        const definition = this.definitions.compiled(record);
        const used = attachmentRefs(
          definition,
          form.values,
          allFields(definition).map((field) => field.key),
        ).find(({ ref }) => ref.fileId === found.id);
        if (!used) continue;
        const field = allFields(definition).find((candidate) => used.path === candidate.key || used.path.startsWith(`${candidate.key}[`) || used.path.startsWith(`${candidate.key}.`));
        const where = `「${definition.name}」的「${field?.label ?? used.path}」`;
        throw formFillingError(
          FormFillingRefusal.FileInUse,
          form.status === 'submitted' ? `文件“${found.name}”在已提交的${where}中，不能删除` : `文件“${found.name}”仍在${where}中，请先在表单中移除它并保存，再删除`,
          { formId: form.id, path: used.path },
        );
      }
      const file = await em.findOneOrFail(FormFile, { id: found.id });
      em.remove(file);
      await em.flush();
      await appendAudit(em, {
        action: 'form_file_delete',
        actor,
        organisationId: place.organisation.id,
        entityType: 'campaign',
        entityId: place.campaign.id,
        details: { fileId: found.id, name: found.name, sha256: found.sha256 },
      });
    });
  }

  private async askedDefinitions(place: FormPlace) {
    const asked = await this.em.find(CampaignForm, { campaign: place.campaign }, { populate: ['definition'] });
    return asked.map((row) => this.definitions.compiled(row.definition.getEntity()));
  }

  /** Holds a role in one of the campaign's forms of that organisation that may write now (either status). */
  private async writesSomething(actor: Actor, place: FormPlace): Promise<boolean> {
    return (await this.askedDefinitions(place)).some((definition) => (['draft', 'submitted'] as const).some((status) => this.places.situation(actor, place, definition, status).editable.length > 0));
  }

  private async holdsAnyRole(actor: Actor, place: FormPlace): Promise<boolean> {
    return (await this.askedDefinitions(place)).some((definition) => this.places.situation(actor, place, definition, 'draft').roles.length > 0);
  }
}
