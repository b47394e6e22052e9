import { MikroORM, PostgreSqlDriver } from '@mikro-orm/postgresql';
import { Campaign } from '@accredit/campaigns';
import { INDICATOR_SYSTEM_ENTITIES, ResponsibleUnit, ScoringRule } from '@accredit/indicator-systems';
import { ORGANISATION_ENTITIES } from '@accredit/organisations';
import { AppError } from '@accredit/api-kit';
import { Task } from './task.entity';
import { TaskWriter } from './task-writer.service';

// The tasks module makes its rows for the planners (ADR 14): numbering, 本单位 rules to the
// office department, a due date that is a calendar day. Only a unit of work, no database.
describe('TaskWriter', () => {
  let orm: MikroORM;
  const writer = new TaskWriter();
  const office = '00000000-0000-4000-8000-0000000000a1';
  const school = '00000000-0000-4000-8000-0000000000a2';

  beforeAll(async () => {
    orm = await MikroORM.init({
      driver: PostgreSqlDriver,
      clientUrl: 'postgresql://nobody@127.0.0.1:1/none',
      connect: false,
      entities: [Task, Campaign, ...ORGANISATION_ENTITIES, ...INDICATOR_SYSTEM_ENTITIES],
    });
  });

  afterAll(async () => {
    await orm?.close(true);
  });

  it('numbers a new campaign from 1 and gives a rule without units to the office department', () => {
    const em = orm.em.fork();
    const campaign = em.getReference(Campaign, '00000000-0000-4000-8000-0000000000c1');
    const rule = (code: string) => em.getReference(ScoringRule, `00000000-0000-4000-8000-0000000000${code}`);
    const unit = em.create(ResponsibleUnit, { rule: rule('b1'), name: '区教委', role: 'lead', isGroup: false, inherited: false, department: school, sortOrder: 1 });
    const tasks = writer.createForCampaign(
      em,
      campaign,
      [
        { rule: rule('b1'), units: [unit] },
        { rule: rule('b2'), units: [] },
      ],
      () => [],
      '2026-11-30',
      'open',
      office,
    );
    expect(tasks.map((task) => [task.position, task.department.id, task.role, task.dueOn, task.state])).toEqual([
      [1, school, 'lead', '2026-11-30', 'open'],
      [2, office, 'lead', '2026-11-30', 'open'],
    ]);
  });

  it('refuses a due date that is not a calendar day, and moves a task to one that is', () => {
    const task = orm.em.fork().create(Task, {
      campaign: '00000000-0000-4000-8000-0000000000c1',
      scoringRule: '00000000-0000-4000-8000-0000000000b1',
      department: school,
      role: 'lead',
      position: 1,
      dueOn: '2026-11-30',
      state: 'open',
    });
    expect(() => writer.moveDueOn(task, '2026-02-30')).toThrow(AppError);
    expect(task.dueOn).toBe('2026-11-30');
    writer.moveDueOn(task, '2026-12-15');
    expect(task.dueOn).toBe('2026-12-15');
  });
});
