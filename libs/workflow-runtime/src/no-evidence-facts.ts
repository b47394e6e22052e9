import { Injectable } from '@nestjs/common';
import { EvidenceFactsSource } from './runtime-ports';

/** Used when no evidence module is wired: then no task has evidence, and `hasEvidence` refuses. */
@Injectable()
export class NoEvidenceFacts extends EvidenceFactsSource {
  async requirementCodesWithEvidence(taskIds: string[]): Promise<Map<string, string[]>> {
    return new Map(taskIds.map((id) => [id, []]));
  }
}
