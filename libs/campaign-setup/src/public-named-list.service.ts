import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { type DownloadFile, builtDownload } from '@accredit/api-kit';
import { chinaDay } from '@accredit/calendar-date';
import { Campaign, CampaignParticipant } from '@accredit/campaigns';
import { Organisation, ancestorIdsOf } from '@accredit/organisations';
import type { PublicListEntry, PublicNamedList } from '@accredit/public-lists-contract';
import { WorkflowDefinitionsService } from '@accredit/workflow-runtime';
import { SetupRefusal, setupNotFound } from './campaign-setup.exception';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The public named list of a campaign (命名名单), readable without login. Which participants it
 * lists is the participant workflow's word: states with `publicList: named` are listed by province,
 * those with `publicList: revoked` noted as revoked. A campaign whose workflow declares no such
 * state has no public list (NOT_FOUND, as for a campaign that does not exist).
 */
@Injectable()
export class PublicNamedListService {
  constructor(
    private readonly em: EntityManager,
    private readonly definitions: WorkflowDefinitionsService,
  ) {}

  async list(campaignId: string): Promise<PublicNamedList> {
    const missing = () => setupNotFound(SetupRefusal.NamedListNotFound, '公开的命名名单', campaignId);
    if (!UUID.test(campaignId)) throw missing();
    const em = this.em.fork();
    const campaign = await em.findOne(Campaign, { id: campaignId }, { populate: ['organisation'] });
    if (!campaign?.participantWorkflowDefinitionId) throw missing();
    const definition = await this.definitions.definitionById(campaign.participantWorkflowDefinitionId);
    const listed = Object.values(definition.states).filter((state) => state.publicList === 'named');
    const revokedStates = Object.values(definition.states).filter((state) => state.publicList === 'revoked');
    if (listed.length === 0 && revokedStates.length === 0) throw missing();
    const label = new Map(Object.values(definition.states).map((state) => [state.path, state.label]));

    const rows = await em.find(CampaignParticipant, { campaign, state: { $in: [...listed, ...revokedStates].map((state) => state.path) } }, { populate: ['organisation'] });
    const organisations = rows.map((row) => row.organisation.getEntity());
    const ancestors = await em.find(Organisation, { id: { $in: [...new Set(organisations.flatMap((organisation) => ancestorIdsOf(organisation.path)))] }, level: 'province' });
    const provinceOf = (organisation: Organisation) => ancestors.find((candidate) => organisation.path.includes(`/${candidate.id}/`)) ?? null;

    const provinces = new Map<string, PublicNamedList['provinces'][number]>();
    const revoked: PublicNamedList['revoked'] = [];
    for (const row of rows) {
      const organisation = row.organisation.getEntity();
      const province = provinceOf(organisation);
      const entry: PublicListEntry = { name: organisation.name, code: organisation.code, status: label.get(row.state as string) ?? '', since: row.outcomeAt ? chinaDay(row.outcomeAt) : null };
      if (revokedStates.some((state) => state.path === row.state)) {
        revoked.push({ ...entry, province: province?.name ?? '' });
        continue;
      }
      const key = province?.id ?? '';
      if (!provinces.has(key)) provinces.set(key, { name: province?.name ?? '（未归属省份）', code: province?.code ?? '', named: [] });
      provinces.get(key)!.named.push(entry);
    }
    const byCode = (a: { code: string }, b: { code: string }) => a.code.localeCompare(b.code);
    const sorted = [...provinces.values()].sort(byCode).map((province) => ({ ...province, named: province.named.sort(byCode) }));
    return {
      campaign: { name: campaign.name, owner: campaign.organisation.getEntity().name },
      provinces: sorted,
      namedCount: sorted.reduce((sum, province) => sum + province.named.length, 0),
      revoked: revoked.sort(byCode),
    };
  }

  /** The same list as a workbook, for the offices that print it: 命名名单, then 撤销命名. */
  async workbook(campaignId: string): Promise<DownloadFile> {
    const list = await this.list(campaignId);
    const { default: ExcelJS } = await import('exceljs');
    const workbook = new ExcelJS.Workbook();
    const named = workbook.addWorksheet('命名名单');
    named.columns = [
      { header: '序号', width: 8 },
      { header: '省份', width: 16 },
      { header: '县（市、区）', width: 24 },
      { header: '行政区划代码', width: 14 },
      { header: '状态', width: 12 },
      { header: '命名日期', width: 14 },
    ];
    let n = 0;
    for (const province of list.provinces) for (const entry of province.named) named.addRow([++n, province.name, entry.name, entry.code, entry.status, entry.since ?? '']);
    const revoked = workbook.addWorksheet('撤销命名');
    revoked.columns = [
      { header: '序号', width: 8 },
      { header: '省份', width: 16 },
      { header: '县（市、区）', width: 24 },
      { header: '行政区划代码', width: 14 },
      { header: '撤销日期', width: 14 },
    ];
    list.revoked.forEach((entry, index) => revoked.addRow([index + 1, entry.province, entry.name, entry.code, entry.since ?? '']));
    for (const sheet of [named, revoked]) sheet.getRow(1).font = { bold: true };
    return builtDownload(Buffer.from(await workbook.xlsx.writeBuffer()), `${list.campaign.name}-命名名单.xlsx`, 'named-list.xlsx');
  }
}
