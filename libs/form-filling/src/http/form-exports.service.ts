import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { type Actor, type DownloadFile, assertId, builtDownload } from '@accredit/api-kit';
import { chinaDay } from '@accredit/calendar-date';
import { Campaign, CampaignParticipant, participantPlace } from '@accredit/campaigns';
import { type SignOffValue, allFields } from '@accredit/forms';
import { StoredFileIntake } from '@accredit/evidence';
import { Organisation } from '@accredit/organisations';
import { CampaignForm } from '../entities/campaign-form.entity';
import { FilledForm } from '../entities/filled-form.entity';
import { FormFile } from '../entities/form-file.entity';
import { FilledFormQueries } from '../filled-form-queries.service';
import { FormDefinitionsService } from '../form-definitions.service';
import { FormPlaceService } from '../form-place.service';
import { FormSelectionsService } from '../selections/form-selections.service';
import { dateText } from '../export/form-value-text';
import { type FormImage, renderFormDocx } from '../export/render-form-docx';
import { type FormSheetRow, renderFormsXlsx } from '../export/render-forms-xlsx';
import { FormFillingRefusal, formFillingNotFound } from '../form-filling.exception';

const MAX_SEAL_BYTES = 5 * 1024 * 1024;

/** The paper layouts: one filled form as .docx, all copies of one form in a campaign as .xlsx. */
@Injectable()
export class FormExportsService {
  constructor(
    private readonly em: EntityManager,
    private readonly queries: FilledFormQueries,
    private readonly definitions: FormDefinitionsService,
    private readonly places: FormPlaceService,
    private readonly intake: StoredFileIntake,
    private readonly selections: FormSelectionsService,
  ) {}

  async docx(actor: Actor, formId: string): Promise<DownloadFile> {
    const view = await this.queries.filledForm(actor, formId);
    const [campaign, organisation] = await Promise.all([this.em.findOneOrFail(Campaign, { id: view.campaignId }), this.em.findOneOrFail(Organisation, { id: view.organisationId })]);
    const seals = allFields(view.definition)
      .filter((field) => field.type === 'signOff')
      .map((field) => (view.values[field.key] as SignOffValue | undefined)?.seal?.fileId)
      .filter((id): id is string => !!id && /^[0-9a-f-]{36}$/i.test(id));
    const files = seals.length ? await this.em.find(FormFile, { id: { $in: seals }, campaign: view.campaignId, organisation: view.organisationId }) : [];
    const images = new Map<string, FormImage>();
    for (const file of files) {
      if (file.size > MAX_SEAL_BYTES) continue;
      const chunks: Buffer[] = [];
      for await (const chunk of await this.intake.read(file.sha256)) chunks.push(chunk as Buffer);
      images.set(file.id, { data: Buffer.concat(chunks), mediaType: file.mediaType });
    }
    const statusText = view.status === 'submitted' ? `已提交${view.submittedAt ? `（${dateText(chinaDay(view.submittedAt))}）` : ''}` : '草稿（尚未提交）';
    const body = await renderFormDocx({ definition: view.definition, values: view.values, organisationName: organisation.name, campaignName: campaign.name, statusText, images });
    return builtDownload(body, `${view.definition.name}（${organisation.shortName}）.docx`, 'form.docx');
  }

  /**
   * All organisations' copies of the campaign's form `definitionKey` the actor may read: the
   * campaign's participants (and those that filled it without being one), in the order of their administrative codes (province by province).
   * `selectedOnly`: only the copies chosen to go forward (遴选), e.g. the national office's list of 典型案例.
   */
  async xlsx(actor: Actor, campaignId: string, definitionKey: string, selectedOnly = false): Promise<DownloadFile> {
    const campaign = await this.em.findOne(Campaign, { id: assertId(campaignId, 'campaignId') }, { populate: ['organisation'] });
    if (!campaign) throw formFillingNotFound(FormFillingRefusal.CampaignNotFound, '创建工作', campaignId);
    const asked = (await this.em.find(CampaignForm, { campaign }, { populate: ['definition'] })).find((row) => row.definition.getEntity().key === definitionKey);
    if (!asked) throw formFillingNotFound(FormFillingRefusal.AskedFormNotFound, '本创建工作要填写的表单', definitionKey);
    const record = asked.definition.getEntity();
    const definition = this.definitions.compiled(record);
    const selected = selectedOnly ? await this.selections.selectedFormIds(campaign.id, record.id) : null;
    const [allForms, participants] = await Promise.all([
      this.em.find(FilledForm, { campaign, definition: record }),
      selected ? Promise.resolve([]) : this.em.find(CampaignParticipant, { campaign }, { fields: ['organisation'] }),
    ]);
    const forms = selected ? allForms.filter((form) => selected.has(form.id)) : allForms;
    const organisationIds = [...new Set([...participants.map((row) => row.organisation.id), ...forms.map((form) => form.organisation.id)])];
    const organisations = await this.em.find(Organisation, { id: { $in: organisationIds } }, { orderBy: { code: 'asc' } });
    const rows: FormSheetRow[] = [];
    for (const organisation of organisations) {
      const form = forms.find((row) => row.organisation.id === organisation.id) ?? null;
      // Readers by the participants' rule, decided from the rows at hand; only someone outside it
      // (a campaign role holder) costs the full place of that organisation.
      const readable = participantPlace(actor, { ownerOrganisationId: campaign.organisation.id, participantOrganisationId: organisation.id, participantPath: organisation.path }) !== null;
      if (!readable) {
        const place = await this.places.place(actor, campaign.id, organisation.id).catch(() => null);
        if (!place || this.places.situation(actor, place, definition, form?.status ?? 'draft').roles.length === 0) continue;
      }
      rows.push({
        organisationName: organisation.name,
        statusText: !form ? '未填写' : form.status === 'submitted' ? '已提交' : '草稿',
        updatedAt: form?.updatedAt ?? null,
        updatedByName: form?.updatedByName ?? null,
        values: form?.values ?? {},
      });
    }
    if (rows.length === 0 && !this.isOwner(actor, campaign)) throw formFillingNotFound(FormFillingRefusal.CampaignNotFound, '创建工作', campaignId);
    const body = await renderFormsXlsx(definition, campaign.name, rows);
    return builtDownload(body, `${definition.name}（${selected ? '遴选' : '汇总'}）.xlsx`, 'forms.xlsx');
  }

  private isOwner(actor: Actor, campaign: Campaign): boolean {
    return actor.organisationId === campaign.organisation.id || (!actor.organisationId && actor.roles.includes('system_admin'));
  }
}
