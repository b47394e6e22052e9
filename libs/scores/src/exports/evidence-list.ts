import { Injectable } from '@nestjs/common';
import type { EntityManager } from '@mikro-orm/postgresql';

/** One current evidence file of a task, for the report's evidence list. */
export interface EvidenceListEntry {
  taskId: string;
  requirementCode: string;
  fileName: string;
  uploadedAt: Date;
}

/**
 * Where the self-assessment report gets its evidence list. The evidence module may provide its
 * own source (ScoresModule.forRoot({ evidenceList })); the default reads the evidence tables.
 */
export abstract class EvidenceListSource {
  abstract listForCampaign(em: EntityManager, campaignId: string): Promise<EvidenceListEntry[]>;
}

/**
 * Reads the current version of every piece of evidence that is not deleted, straight from the
 * evidence tables (evidence → evidence_version → evidence_file) in one statement. When the
 * evidence tables do not exist (the module is not installed), the list is empty.
 */
@Injectable()
export class EvidenceTablesList extends EvidenceListSource {
  async listForCampaign(em: EntityManager, campaignId: string): Promise<EvidenceListEntry[]> {
    const connection = em.getConnection();
    const [present] = await connection.execute<{ present: boolean }[]>(`select to_regclass('evidence') is not null and to_regclass('evidence_version') is not null and to_regclass('evidence_file') is not null as present`);
    if (!present?.present) return [];
    const rows = await connection.execute<{ task_id: string; requirement_code: string; original_name: string; uploaded_at: Date | string }[]>(
      `select e.task_id, e.requirement_code, f.original_name, f.uploaded_at
         from evidence e
         join task t on t.id = e.task_id
         join evidence_version v on v.evidence_id = e.id and v.number = e.current_version
         join evidence_file f on f.id = v.file_id
        where t.campaign_id = ? and e.deleted_at is null
        order by e.requirement_code, f.uploaded_at, e.id`,
      [campaignId],
    );
    return rows.map((row) => ({ taskId: row.task_id, requirementCode: row.requirement_code, fileName: row.original_name, uploadedAt: new Date(row.uploaded_at) }));
  }
}
