import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { type Actor, type DownloadFile, builtDownload } from '@accredit/api-kit';
import { Campaign } from '@accredit/campaigns';
import { stateLabels } from '@accredit/workflow-engine';
import { WorkflowDefinitionsService } from '@accredit/workflow-runtime';
import { CampaignParticipationService } from './campaign-participation.service';

/**
 * The units of a campaign not finished yet (年度报送: not filed), per province, as a workbook for
 * the office that phones them: the same rows the 报送情况 page shows, seen as the caller sees them.
 */
@Injectable()
export class NotFiledExportService {
  constructor(
    private readonly em: EntityManager,
    private readonly participation: CampaignParticipationService,
    private readonly workflows: WorkflowDefinitionsService,
  ) {}

  async workbook(actor: Actor, campaignId: string): Promise<DownloadFile> {
    // byRegion checks the campaign exists and scopes the rows to what the actor may see.
    const groups = await this.participation.byRegion(actor, campaignId, 'province');
    const campaign = await this.em.findOneOrFail(Campaign, { id: campaignId });
    const labels = campaign.participantWorkflowDefinitionId ? stateLabels(await this.workflows.definitionById(campaign.participantWorkflowDefinitionId)) : {};
    const { default: ExcelJS } = await import('exceljs');
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('未报送');
    sheet.columns = [
      { header: '序号', width: 8 },
      { header: '省份', width: 16 },
      { header: '县（市、区）', width: 28 },
      { header: '行政区划代码', width: 14 },
      { header: '当前状态', width: 14 },
    ];
    let n = 0;
    for (const group of groups) {
      for (const row of group.open) {
        const organisation = row.organisation.getEntity();
        sheet.addRow([++n, group.region?.name ?? '直属单位', organisation.name, organisation.code, row.state ? (labels[row.state] ?? row.state) : '']);
      }
    }
    sheet.getRow(1).font = { bold: true };
    return builtDownload(Buffer.from(await workbook.xlsx.writeBuffer()), `${campaign.name}-未报送名单.xlsx`, 'not-filed.xlsx');
  }
}
