import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { CONTENT_REFERENCES, type ContentReferences } from './content-references';
import { EVIDENCE_STORE, type EvidenceStore } from './evidence-store';

/** One lock per content hash, shared by uploads announcing it and the sweep removing it. */
const LOCK = 'select pg_advisory_xact_lock(hashtextextended(?, 7420))';

/**
 * The journal that lets stored-but-unrecorded content be found without listing the whole store:
 * uploads announce content before storing it and settle once recorded; the sweep removes content
 * whose announcement is older than the grace period and that nothing refers to: no evidence, and
 * none of the other modules keeping files here (ContentReferences).
 */
@Injectable()
export class ContentIntents {
  constructor(
    private readonly em: EntityManager,
    @Inject(EVIDENCE_STORE) private readonly store: EvidenceStore,
    @Inject(CONTENT_REFERENCES) private readonly references: readonly ContentReferences[],
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
        const [usage] = await em.execute<{ referenced: boolean; pending: boolean }[]>(
          `select exists(select 1 from evidence_file where sha256 = ?) as referenced,
                  exists(select 1 from evidence_content_intent where sha256 = ? and created_at > now() - make_interval(secs => ?)) as pending`,
          [sha256, sha256, graceMs / 1000],
        );
        if (usage.pending) return;
        if (!usage.referenced && !(await this.referencedElsewhere(sha256, em))) {
          await this.store.remove(sha256);
          removed.push(sha256);
        }
        await em.execute(`delete from evidence_content_intent where sha256 = ? and created_at <= now() - make_interval(secs => ?)`, [sha256, graceMs / 1000]);
      });
    }
    return removed;
  }

  /** Whether another module's rows still refer to the content (asked in turn, in the sweep's transaction). */
  private async referencedElsewhere(sha256: string, em: EntityManager): Promise<boolean> {
    for (const owner of this.references) if (await owner.refersTo(sha256, em)) return true;
    return false;
  }
}
