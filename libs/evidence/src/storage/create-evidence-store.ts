import type { EvidenceSettings } from '../evidence-settings';
import type { EvidenceStore } from './evidence-store';
import { LocalEvidenceStore } from './local-evidence-store';
import { S3EvidenceStore } from './s3-evidence-store';

/** The configured adapter behind the storage port. */
export function createEvidenceStore(settings: Pick<EvidenceSettings, 'dir' | 'storage'>): EvidenceStore {
  return settings.storage.kind === 's3' ? new S3EvidenceStore(settings.storage) : new LocalEvidenceStore(settings.dir);
}
