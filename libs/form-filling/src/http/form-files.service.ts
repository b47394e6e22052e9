import { Injectable } from '@nestjs/common';
import type { Readable } from 'node:stream';
import type { Request } from 'express';
import { EntityManager } from '@mikro-orm/postgresql';
import { type Actor, AppError, ErrorCode, assertId } from '@accredit/api-kit';
import { StoredFileIntake } from '@accredit/evidence';
import { CampaignForm } from '../entities/campaign-form.entity';
import { FormFile } from '../entities/form-file.entity';
import { FormDefinitionsService } from '../form-definitions.service';
import { type FormPlace, FormPlaceService } from '../form-place.service';

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
        if (!fields['campaignId']) throw AppError.validation('请在文件之前给出 campaignId（以及代填单位的 organisationId）', { reason: 'missing-field' });
        place = await this.places.place(actor, fields['campaignId'], fields['organisationId'] || null);
        if (!place.readable && !(await this.holdsAnyRole(actor, place))) throw AppError.notFound('创建工作', fields['campaignId']);
        if (!(await this.writesSomething(actor, place))) {
          throw new AppError(ErrorCode.Forbidden, `只有填写或签署${place.organisation.shortName}表单的人员可以为其上传签章和附件`);
        }
      },
      async (file) => {
        const where = place as FormPlace;
        const row = this.em.create(FormFile, { campaign: where.campaign, organisation: where.organisation, sha256: file.sha256, size: file.size, mediaType: file.mediaType, name: file.name, uploadedBy: actor.userId });
        await this.em.flush();
        return { fileId: row.id, name: row.name, mediaType: row.mediaType, size: row.size, sha256: row.sha256 };
      },
    );
  }

  /** The file and its bytes, for those who may read the organisation's forms; NOT_FOUND otherwise. */
  async download(actor: Actor, fileId: string): Promise<{ file: FormFile; body: Readable }> {
    const file = await this.em.findOne(FormFile, { id: assertId(fileId, 'fileId') });
    if (!file) throw AppError.notFound('表单的文件', fileId);
    const place = await this.places.place(actor, file.campaign.id, file.organisation.id).catch(() => Promise.reject(AppError.notFound('表单的文件', fileId)));
    if (!place.readable && !(await this.holdsAnyRole(actor, place))) throw AppError.notFound('表单的文件', fileId);
    return { file, body: await this.intake.read(file.sha256) };
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
