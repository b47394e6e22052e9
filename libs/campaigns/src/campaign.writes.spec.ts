import { MikroORM, PostgreSqlDriver } from '@mikro-orm/postgresql';
import { IDENTITY_ENTITIES } from '@accredit/identity';
import { INDICATOR_SYSTEM_ENTITIES } from '@accredit/indicator-systems';
import { ORGANISATION_ENTITIES } from '@accredit/organisations';
import { CAMPAIGN_ENTITIES } from './index';
import { addOwnerParticipant, admitParticipant, createCampaign, createCampaignPhases } from './campaign.writes';

// The owner's write functions keep the rows' invariants whoever calls them (ADR 14). Entities are
// only created in a unit of work here (no flush), so no database is needed.
describe('campaign writes', () => {
  let orm: MikroORM;
  const owner = '00000000-0000-4000-8000-000000000001';
  const county = '00000000-0000-4000-8000-000000000002';
  const fields = {
    organisation: owner,
    key: 'k',
    name: '创建工作',
    indicatorSystem: '00000000-0000-4000-8000-000000000003',
    state: 'draft',
    workflowKey: 'campaign',
    workflowVersion: 1,
    taskWorkflowKey: 'task',
    taskWorkflowVersion: 1,
    workflowDefinitionId: '00000000-0000-4000-8000-000000000004',
    taskWorkflowDefinitionId: '00000000-0000-4000-8000-000000000005',
    taskPhaseKey: 'creation',
  };

  beforeAll(async () => {
    orm = await MikroORM.init({
      driver: PostgreSqlDriver,
      clientUrl: 'postgresql://nobody@127.0.0.1:1/none',
      connect: false,
      entities: [...CAMPAIGN_ENTITIES, ...ORGANISATION_ENTITIES, ...INDICATOR_SYSTEM_ENTITIES, ...IDENTITY_ENTITIES],
    });
  });

  afterAll(async () => {
    await orm?.close(true);
  });

  it('numbers phases and their steps together, a step keyed <phase>.<step> under its phase', () => {
    const em = orm.em.fork();
    const campaign = createCampaign(em, fields);
    const phases = createCampaignPhases(em, campaign, [
      { key: 'preparation', name: '筹备', startsOn: '2026-01-01', endsOn: '2026-03-31' },
      { key: 'creation', name: '创建', startsOn: '2026-04-01', endsOn: '2026-11-30', steps: [{ key: 'publicity', name: '公示', startsOn: '2026-06-01' }] },
    ]);
    expect(phases.map((phase) => [phase.key, phase.sortOrder, phase.parent?.id ?? null, phase.endsOn])).toEqual([
      ['preparation', 1, null, '2026-03-31'],
      ['creation', 2, null, '2026-11-30'],
      ['creation.publicity', 3, phases[1].id, null],
    ]);
  });

  it('makes the owner its own participant, working in the campaign itself', () => {
    const em = orm.em.fork();
    const campaign = createCampaign(em, fields);
    const participant = addOwnerParticipant(em, campaign, 'user-1');
    expect([participant.organisation.id, participant.workCampaign?.id, participant.joinedBy, participant.createdBy]).toEqual([owner, campaign.id, 'owner', 'user-1']);
  });

  it('refuses applications to a campaign without a participant workflow', () => {
    expect(() => createCampaign(orm.em.fork(), { ...fields, applicantLevel: 'county' })).toThrow(/participant workflow/);
  });

  it('admits another organisation only with a work campaign set up for this campaign', () => {
    const em = orm.em.fork();
    const batch = createCampaign(em, { ...fields, participantWorkflowDefinitionId: '00000000-0000-4000-8000-000000000006' });
    const work = createCampaign(em, { ...fields, key: 'w', organisation: county, parentCampaign: batch.id });
    const stray = createCampaign(em, { ...fields, key: 's', organisation: county });
    const joining = { campaign: batch, workCampaign: work, joinedBy: 'invitation' as const, state: 'applied', createdBy: 'user-1' };
    expect(() => admitParticipant(em, { ...joining, organisationId: owner })).toThrow(/must not be its owner/);
    expect(() => admitParticipant(em, { ...joining, organisationId: county, workCampaign: stray })).toThrow(/set up for it/);
    const admitted = admitParticipant(em, { ...joining, organisationId: county });
    expect([admitted.organisation.id, admitted.workCampaign?.id, admitted.state]).toEqual([county, work.id, 'applied']);
  });
});
