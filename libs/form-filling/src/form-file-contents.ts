import { Injectable } from '@nestjs/common';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { ContentReferences } from '@accredit/evidence';

/**
 * Forms keep their files (seals, attachments) in the evidence store: the store's sweep asks here
 * before it removes content (evidence's ContentReferences port, wired by the app). On the sweep's `em`.
 */
@Injectable()
export class FormFileContents implements ContentReferences {
  async refersTo(sha256: string, em: EntityManager): Promise<boolean> {
    const [row] = await em.execute<{ found: boolean }[]>('select exists(select 1 from form_file where sha256 = ?) as found', [sha256]);
    return row.found;
  }
}
