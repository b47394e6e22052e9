import { MikroORM, PostgreSqlDriver } from '@mikro-orm/postgresql';
import { CAMPAIGN_ENTITIES } from '@accredit/campaigns';
import { IDENTITY_ENTITIES } from '@accredit/identity';
import { INDICATOR_SYSTEM_ENTITIES } from '@accredit/indicator-systems';
import { ORGANISATION_ENTITIES } from '@accredit/organisations';
import { TASK_ENTITIES, Task } from '@accredit/tasks';
import { EVIDENCE_ENTITIES } from './index';
import { copyEvidenceIntoCycle } from './evidence-carry-over.writes';
import { EvidenceFile } from './evidence-file.entity';
import { EvidenceVersion } from './evidence-version.entity';
import { Evidence } from './evidence.entity';
import { EvidenceKind } from './evidence-kind';

// Carrying evidence into a new cycle is the evidence module's write (ADR 14): it links the same
// content and refuses what the earlier cycle no longer shows. Only a unit of work, no database.
describe('copyEvidenceIntoCycle', () => {
  let orm: MikroORM;
  const uploader = '00000000-0000-4000-8000-000000000001';
  const carrier = '00000000-0000-4000-8000-000000000002';

  beforeAll(async () => {
    orm = await MikroORM.init({
      driver: PostgreSqlDriver,
      clientUrl: 'postgresql://nobody@127.0.0.1:1/none',
      connect: false,
      entities: [...EVIDENCE_ENTITIES, ...TASK_ENTITIES, ...CAMPAIGN_ENTITIES, ...ORGANISATION_ENTITIES, ...INDICATOR_SYSTEM_ENTITIES, ...IDENTITY_ENTITIES],
    });
  });

  afterAll(async () => {
    await orm?.close(true);
  });

  /** Earlier evidence with two versions (the second current), and a task of the new cycle. */
  function earlier() {
    const em = orm.em.fork();
    const oldTask = em.getReference(Task, '00000000-0000-4000-8000-000000000010');
    const into = em.getReference(Task, '00000000-0000-4000-8000-000000000011');
    const from = em.create(Evidence, { task: oldTask, requirementCode: '1-1', createdBy: uploader, currentVersion: 2 });
    const version = (number: number) =>
      em.create(EvidenceVersion, {
        evidence: from,
        number,
        kind: EvidenceKind.PHOTO,
        description: `第 ${number} 版`,
        createdBy: uploader,
        file: em.create(EvidenceFile, {
          task: oldTask,
          sha256: `${number}`.repeat(64),
          size: number,
          mediaType: 'application/pdf',
          originalName: `${number}.pdf`,
          name: `${number}.pdf`,
          uploadedBy: uploader,
        }),
      });
    return { em, from, first: version(1), current: version(2), into };
  }

  it('links the current version to the same content, as version 1 of new evidence that names where it came from', () => {
    const { em, from, current, into } = earlier();
    const [copied] = copyEvidenceIntoCycle(em, [{ from, version: current, into }], carrier);
    const stack = em.getUnitOfWork().getPersistStack();
    const created = [...stack].find((entity): entity is EvidenceVersion => entity instanceof EvidenceVersion && entity.evidence.id === copied.id);
    const file = created?.file.getEntity();
    expect([copied.task.id, copied.requirementCode, copied.carriedFrom?.id, copied.createdBy.id]).toEqual([into.id, '1-1', from.id, carrier]);
    expect([created?.number, created?.description, file?.sha256, file?.task.id, file?.uploadedBy.id]).toEqual([1, '第 2 版', '2'.repeat(64), into.id, uploader]);
  });

  it('refuses an earlier version, and deleted evidence', () => {
    const { em, from, first, current, into } = earlier();
    expect(() => copyEvidenceIntoCycle(em, [{ from, version: first, into }], carrier)).toThrow(/current version of live evidence/);
    from.deletedAt = new Date();
    expect(() => copyEvidenceIntoCycle(em, [{ from, version: current, into }], carrier)).toThrow(/current version of live evidence/);
  });
});
