import { MikroORM } from '@mikro-orm/postgresql';
import { loadConfig, startApi } from '@accredit/api';
import { LIVE_CHANNEL } from '@accredit/live-updates';
import { type LiveStream, openStream } from '../support/live-stream';
import { type Gql, type TestApi, startTestApi } from '../support/test-api';

const TRANSITION = 'mutation($input: TransitionInput!) { transition(input: $input) { state version task { id state stateLabel version } campaign { id } } }';

describe('live updates: the API tells open screens of changes (GET /api/live)', () => {
  let t: TestApi;
  let campaignId: string;
  let sql: (text: string, params?: unknown[]) => Promise<any[]>;
  let kexie: Gql & { token: string };
  let office: Gql & { token: string };
  let street: Gql & { token: string };
  const streams: LiveStream[] = [];
  const open = async (token: string) => {
    const stream = await openStream(t.api.url, token);
    streams.push(stream);
    return stream;
  };

  beforeAll(async () => {
    t = await startTestApi();
    const orm = t.api.app.get(MikroORM);
    sql = (text, params = []) => orm.em.getConnection().execute(text, params);
    campaignId = (await t.gql('{ campaigns { id } }')).data!.campaigns[0].id;
    kexie = await t.as('kexie');
    office = await t.as('office');
    street = await t.as('xiaolongkan');
  });

  afterAll(async () => {
    for (const stream of streams) stream.close();
    await t?.close();
  });

  it('refuses a stream without a session, in the normal error format', async () => {
    const response = await fetch(`${t.api.url}/api/live`);
    expect(response.status).toBe(401);
    const body = (await response.json()) as any;
    expect(JSON.stringify(body)).toContain('UNAUTHENTICATED');
  });

  it('tells the office and the task’s own liaison of a transition within 2 s, and not another department’s liaison', async () => {
    const [officeStream, kexieStream, streetStream] = [await open(office.token), await open(kexie.token), await open(street.token)];
    const tasks = await kexie('query($id: ID!) { tasks(campaignId: $id, first: 5) { edges { node { id version state } } } }', { id: campaignId });
    const task = tasks.data!.tasks.edges[0].node;
    const started = Date.now();
    const result = await kexie(TRANSITION, { input: { entityType: 'task', id: task.id, event: 'start', expectedVersion: task.version } });
    expect(result.errors).toBeUndefined();
    // The mutation answers with the changed task as the client caches it.
    expect(result.data!.transition.task).toEqual({ id: task.id, state: 'in_progress', stateLabel: '进行中', version: task.version + 1 });
    expect(result.data!.transition.campaign).toBeNull();

    const about = (event: Record<string, any>) => event.kind === 'task' && event.taskIds?.includes(task.id);
    expect(await officeStream.next(about, 2000)).toEqual({ type: 'message', kind: 'task', campaignId, taskIds: [task.id] });
    await kexieStream.next(about, 2000);
    expect(Date.now() - started).toBeLessThan(2000);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(streetStream.events.filter(about)).toEqual([]);
  });

  it('announces nothing for a refused transition (nothing was committed)', async () => {
    const officeStream = await open(office.token);
    const tasks = await kexie('query($id: ID!) { tasks(campaignId: $id, first: 5) { edges { node { id version } } } }', { id: campaignId });
    const task = tasks.data!.tasks.edges[1].node;
    const stale = await kexie(TRANSITION, { input: { entityType: 'task', id: task.id, event: 'start', expectedVersion: task.version + 7 } });
    expect(stale.errors?.[0].extensions?.code).toBe('CONFLICT');
    await new Promise((resolve) => setTimeout(resolve, 700));
    expect(officeStream.events.filter((event) => event.taskIds?.includes(task.id))).toEqual([]);
  });

  it('tells a notification’s addressees only, and names no department to the browser', async () => {
    const [officeStream, kexieStream] = [await open(office.token), await open(kexie.token)];
    const [{ organisation_id }] = await sql('select organisation_id from campaign where id = ?', [campaignId]);
    await sql(`insert into notification (id, organisation_id, recipient_role, title, body, entity_type, entity_id) values (gen_random_uuid(), ?, 'office_admin', '测试', '测试', 'campaign', ?)`, [
      organisation_id,
      campaignId,
    ]);
    expect(await officeStream.next((event) => event.kind === 'notification')).toEqual({ type: 'message', kind: 'notification' });
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(kexieStream.events.filter((event) => event.kind === 'notification')).toEqual([]);
    expect(officeStream.events.some((event) => 'departmentIds' in event)).toBe(false);
  });

  it('announces a bulk change once per statement, without listing a thousand tasks', async () => {
    const officeStream = await open(office.token);
    await sql(`update task set due_on = due_on where campaign_id = ?`, [campaignId]);
    const event = await officeStream.next((e) => e.kind === 'task' && e.taskIds === null);
    expect(event).toEqual({ type: 'message', kind: 'task', campaignId, taskIds: null });
    expect(officeStream.events.filter((e) => e.kind === 'task')).toHaveLength(1);
  });

  it('limits the streams of one session (a runaway page cannot hold the server open)', async () => {
    const fresh = await t.as('supervisor');
    for (let i = 0; i < 6; i++) await open(fresh.token);
    const refused = await fetch(`${t.api.url}/api/live`, { headers: { authorization: `Bearer ${fresh.token}` } });
    expect(refused.status).toBe(429);
    expect(JSON.stringify(await refused.json())).toContain('TOO_MANY_REQUESTS');
  });

  it('leaves no listening connection behind when it closes right after starting (a shutdown, a test)', async () => {
    const listening = async () => (await sql('select count(*)::int as n from pg_stat_activity where datname = current_database() and query = ?', [`listen ${LIVE_CHANNEL}`]))[0].n as number;
    // This file's API listens: the count sees a listener.
    expect(await listening()).toBe(1);
    for (let i = 0; i < 3; i++) {
      const second = await startApi(loadConfig({ NODE_ENV: 'test', DATABASE_URL: t.database.url, PORT: '0', SEED_ON_START: 'false', ADMIN_DIST: '/nonexistent', REMINDER_INTERVAL_MINUTES: '0' }));
      await second.close();
    }
    // Long enough for a connection that was still on its way at the close to have arrived.
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect(await listening()).toBe(1);
  });
});
