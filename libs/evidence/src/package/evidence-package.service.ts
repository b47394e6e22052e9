import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { type Actor } from '@accredit/api-kit';
import { CampaignsService } from '@accredit/campaigns';
import { USER_ROWS } from '@accredit/identity';
import { INDICATOR_ROWS, SCORING_RULE_ROWS } from '@accredit/indicator-systems';
import { DEPARTMENT_ROWS } from '@accredit/organisations';
import { TASK_ROWS } from '@accredit/tasks';
import { EVIDENCE_KIND_LABELS, type EvidenceKind } from '../evidence-kind';
import { type PackageEntry, type PackageItem, layoutPackage, manifest } from './package-layout';

export interface EvidencePackage {
  fileName: string;
  entries: PackageEntry[];
  /** Small generated files written first: the index sheet and the sha256 manifest. */
  extras: { path: string; body: Buffer }[];
  totalBytes: number;
}

interface Row {
  evidence_id: string;
  indicator_code: string;
  indicator_title: string;
  requirement_code: string;
  department: string;
  kind: EvidenceKind;
  description: string | null;
  refers_to: string | null;
  original_name: string;
  media_type: string;
  sha256: string;
  size: string;
  version: number;
  uploader: string;
  uploaded_at: string;
}

/**
 * The evidence package of a campaign (journey 6, deliver): the current version of every live
 * evidence file, laid out by indicator, with an index sheet and a manifest. Only the plan is
 * built here; the bytes are streamed from the store one file at a time by the controller.
 */
@Injectable()
export class EvidencePackageService {
  constructor(
    private readonly em: EntityManager,
    private readonly campaigns: CampaignsService,
  ) {}

  /**
   * The package's plan. `indexSheet: false` leaves the index workbook out (its bytes too): for
   * the package's figures (evidencePackageInfo), which must not build a workbook to count.
   */
  async plan(actor: Actor, campaignId: string, options: { indexSheet?: boolean } = {}): Promise<EvidencePackage> {
    const campaign = await this.campaigns.get(campaignId, actor);
    const rows = await this.em.execute<Row[]>(
      `select e.id as evidence_id, coalesce(p.code, i.code) as indicator_code, coalesce(p.title, i.title) as indicator_title,
              e.requirement_code, d.name as department, v.kind, v.description, to_char(v.refers_to, 'YYYY-MM-DD') as refers_to,
              f.original_name, f.media_type, f.sha256, f.size, v.number as version, u.display_name as uploader,
              to_char(f.uploaded_at at time zone 'Asia/Shanghai', 'YYYY-MM-DD HH24:MI') as uploaded_at
       from evidence e
       join evidence_version v on v.evidence_id = e.id and v.number = e.current_version
       join evidence_file f on f.id = v.file_id
       join ${TASK_ROWS} t on t.id = e.task_id
       join ${DEPARTMENT_ROWS} d on d.id = t.department_id
       join ${SCORING_RULE_ROWS} s on s.id = t.scoring_rule_id
       join ${INDICATOR_ROWS} i on i.id = s.indicator_id left join ${INDICATOR_ROWS} p on p.id = i.parent_id
       join ${USER_ROWS} u on u.id = f.uploaded_by_id
       where t.campaign_id = ? and e.deleted_at is null
       order by coalesce(p.sort_order, i.sort_order), e.requirement_code, d.sort_order, f.uploaded_at, e.id`,
      [campaign.id],
    );
    const items: PackageItem[] = rows.map((row) => ({
      evidenceId: row.evidence_id,
      indicatorCode: row.indicator_code,
      indicatorTitle: row.indicator_title,
      requirementCode: row.requirement_code,
      department: row.department,
      kindLabel: EVIDENCE_KIND_LABELS[row.kind] ?? row.kind,
      description: row.description,
      refersTo: row.refers_to,
      originalName: row.original_name,
      mediaType: row.media_type,
      sha256: row.sha256,
      size: Number(row.size),
      version: row.version,
      uploader: row.uploader,
      uploadedAt: row.uploaded_at,
    }));
    const entries = layoutPackage(items);
    const extras = [
      ...(options.indexSheet === false ? [] : [{ path: '佐证材料目录.xlsx', body: await this.indexSheet(campaign.name, entries) }]),
      { path: 'SHA256SUMS.txt', body: Buffer.from(manifest(entries), 'utf8') },
    ];
    return {
      fileName: `${campaign.name}-佐证材料.zip`,
      entries,
      extras,
      totalBytes: entries.reduce((sum, entry) => sum + entry.size, 0) + extras.reduce((sum, extra) => sum + extra.body.length, 0),
    };
  }

  private async indexSheet(title: string, entries: PackageEntry[]): Promise<Buffer> {
    // Loaded on first use: exceljs is a second of a cold start on a loaded machine.
    const { default: ExcelJS } = await import('exceljs');
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('佐证材料目录', { views: [{ state: 'frozen', ySplit: 2 }] });
    sheet.mergeCells('A1:L1');
    sheet.getCell('A1').value = `${title} 佐证材料目录（共 ${entries.length} 份）`;
    sheet.getCell('A1').font = { bold: true, size: 14 };
    sheet.getRow(2).values = ['序号', '指标', '考察内容', '责任单位', '包内文件', '类型', '说明', '文件日期', '版本', '上传人', '上传时间', 'SHA-256'];
    sheet.getRow(2).font = { bold: true };
    entries.forEach((entry, index) => {
      sheet.addRow([
        index + 1,
        `${entry.indicatorCode}. ${entry.indicatorTitle}`,
        entry.requirementCode,
        entry.department,
        entry.path,
        entry.kindLabel,
        entry.description ?? '',
        entry.refersTo ?? '',
        entry.version,
        entry.uploader,
        entry.uploadedAt,
        entry.sha256,
      ]);
    });
    [6, 28, 10, 18, 60, 14, 30, 12, 6, 14, 18, 66].forEach((width, column) => (sheet.getColumn(column + 1).width = width));
    return Buffer.from(await workbook.xlsx.writeBuffer());
  }
}
