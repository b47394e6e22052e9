import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { EVIDENCE_STORE, type EvidenceStore } from './evidence-store';

/** One lock per content hash, shared by uploads announcing it and the sweep removing it. */
const LOCK = 'select pg_advisory_xact_lock(hashtextextended(?, 7420))';

/**
 * The journal that lets stored-but-unrecorded content be found without listing the whole store:
 * uploads announce content before storing it and settle once recorded; the sweep removes content
 * whose announcement is older than the grace period and that no evidence refers to.
 */
@Injectable()
export class ContentIntents {
  constructor(
    private readonly em: EntityManager,
    @Inject(EVIDENCE_STORE) private readonly store: EvidenceStore,
  ) {}

  /** Committed before the content goes into the store (its own transaction). */
  async announce(sha256s: readonly string[]): Promise<string[]> {
    return this.em.fork().transactional(async (em) => {
      const ids: string[] = [];
      for (const sha256 of sha256s) {
        await em.execute(LOCK, [sha256]);
        const [row] = await em.execute<{ id: string }[]>('insert into evidence_content_intent (sha256) values (?) returning id', [sha256]);
        ids.push(String(row.id));
      }
      return ids;
    });
  }

  /** The upload's rows are committed: its content is referenced now. */
  async settle(ids: readonly string[]): Promise<void> {
    if (ids.length) await this.em.fork().execute(`delete from evidence_content_intent where id in (${ids.map(() => '?').join(', ')})`, [...ids]);
  }

  /**
   * Removes content announced more than `graceMs` ago that no evidence file refers to and that no
   * younger announcement still expects. Returns the hashes removed. With several API instances
   * the grace must cover the longest upload commit (minutes); 0 is safe only for a lone instance
   * at start-up, when no upload of its own can be in flight.
   */
  async sweep(graceMs: number): Promise<string[]> {
    const stale = await this.em
      .fork()
      .execute<{ sha256: string }[]>(`select distinct sha256 from evidence_content_intent where created_at <= now() - make_interval(secs => ?) limit 1000`, [graceMs / 1000]);
    const removed: string[] = [];
    for (const { sha256 } of stale) {
      await this.em.fork().transactional(async (em) => {
        await em.execute(LOCK, [sha256]);
        // Content is referenced by evidence, by campaign documents' files, and by forms' files (libs/form-filling's form_file).
        const [usage] = await em.execute<{ referenced: boolean; pending: boolean }[]>(
          `select (exists(select 1 from evidence_file where sha256 = ?) or exists(select 1 from campaign_document where file_sha256 = ?) or exists(select 1 from form_file where sha256 = ?)) as referenced,
                  exists(select 1 from evidence_content_intent where sha256 = ? and created_at > now() - make_interval(secs => ?)) as pending`,
          [sha256, sha256, sha256, sha256, graceMs / 1000],
        );
        if (usage.pending) return;
        if (!usage.referenced) {
          await this.store.remove(sha256);
          removed.push(sha256);
        }
        await em.execute(`delete from evidence_content_intent where sha256 = ? and created_at <= now() - make_interval(secs => ?)`, [sha256, graceMs / 1000]);
      });
    }
    return removed;
  }
}
