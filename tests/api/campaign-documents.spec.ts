import { createHash } from 'node:crypto';
import { fixtures } from '../support/evidence-fixtures';
import { httpGet, uploadMultipart } from '../support/multipart-client';
import { type Gql, type TestApi, startTestApi } from '../support/test-api';

// 自评报告 and the other documents a campaign's workflow asks for (issue 14, "dead ends"): the
// campaign lists them with the transitions that need them; the office records one, uploads its
// file, and the guard of 申报认定 / 申请市级评估 stops refusing. Another district neither sees nor
// uploads; a file of the wrong type is refused in Chinese.

const REQUIRED = `query($id: ID!) { campaign(id: $id) { id name requiredDocuments {
  kind label neededBy { event label needsFile }
  document { id title hasFile fileName fileSize fileMediaType fileSha256 fileUploadedAt fileUploadedByName recordedByName recordedAt }
  versions { id title hasFile }
} } }`;
const RECORD = 'mutation($input: RecordCampaignDocumentInput!) { recordCampaignDocument(input: $input) { id kind title hasFile } }';
const AVAILABLE = 'query($id: ID!) { availableTransitions(entityType: campaign, id: $id) { event allowed code reasons } }';
const CAMPAIGN = 'query($id: ID!) { campaign(id: $id) { state version } }';
const TRANSITION = 'mutation($input: TransitionInput!) { transition(input: $input) { state version } }';

describe('campaign documents: what the workflow asks for, recorded with a file', () => {
  let t: TestApi;
  let campaignId: string;
  let campaignName: string;
  let other: Gql & { token: string };

  const fileUrl = (documentId: string) => `${t.api.url}/api/campaign-documents/${documentId}/file`;
  const reasonsOf = async (event: string) => {
    const { data } = await t.gql(AVAILABLE, { id: campaignId });
    return data!.availableTransitions.find((e: any) => e.event === event) as { allowed: boolean; reasons: string[] };
  };
  const fire = async (event: string) => {
    const { data } = await t.gql(CAMPAIGN, { id: campaignId });
    const result = await t.gql(TRANSITION, { input: { entityType: 'campaign', id: campaignId, event, expectedVersion: data!.campaign.version } });
    expect(result.errors).toBeUndefined();
    return result.data!.transition;
  };

  beforeAll(async () => {
    t = await startTestApi();
    const campaigns = (await t.gql('{ campaigns { id name } }')).data!.campaigns;
    ({ id: campaignId, name: campaignName } = campaigns[0]);
    // An office admin of another district (锦江区, Sichuan).
    const admin = await t.as('sysadmin');
    const ids = (await admin('query($s: String) { organisations(filter: { search: $s }) { edges { node { id code } } } }', { s: '510000' })).data!.organisations.edges;
    const sichuan = ids.find((edge: any) => edge.node.code === '510000').node.id;
    const jinjiang = await admin('mutation($input: CreateOrganisationInput!) { createOrganisation(input: $input) { id } }', {
      input: { parentId: sichuan, level: 'county', code: '510104', name: '四川省成都市锦江区', shortName: '锦江区' },
    });
    expect(jinjiang.errors).toBeUndefined();
    const user = await admin('mutation($input: CreateUserInput!) { createUser(input: $input) { id } }', {
      input: { username: 'jj-office', displayName: '锦江区办公室', password: 'Jinjiang@2026', roles: ['office_admin'], organisationId: jinjiang.data!.createOrganisation.id },
    });
    expect(user.errors).toBeUndefined();
    other = await t.as('jj-office', 'Jinjiang@2026');
  });

  afterAll(async () => {
    await t?.close();
  });

  it('lists the required kinds with their labels and the transitions that need them, none recorded yet', async () => {
    const { data, errors } = await t.gql(REQUIRED, { id: campaignId });
    expect(errors).toBeUndefined();
    expect(data!.campaign.requiredDocuments).toEqual([
      {
        kind: 'self-assessment',
        label: '自评报告',
        neededBy: [
          { event: 'request-city-assessment', label: '申请市级评估', needsFile: true },
          { event: 'submit-for-accreditation', label: '申报认定', needsFile: true },
        ],
        document: null,
        versions: [],
      },
    ]);
    // Readers see the same (a supervisor reads, the screen is read-only for them).
    const supervisor = await t.as('supervisor');
    expect((await supervisor(REQUIRED, { id: campaignId })).data!.campaign.requiredDocuments[0].label).toBe('自评报告');
  });

  it('refuses 申报认定 for the missing 自评报告, then lets it through once recorded with a PDF', async () => {
    if ((await t.gql(CAMPAIGN, { id: campaignId })).data!.campaign.state === 'preparation') await fire('start-creation');
    await fire('collect-evidence');
    expect((await reasonsOf('submit-for-accreditation')).reasons).toContain('不能申报认定：尚未上传自评报告的文件');
    expect(await reasonsOf('request-city-assessment')).toMatchObject({ allowed: false, reasons: ['不能申请市级评估：尚未上传自评报告的文件'] });

    const recorded = await t.gql(RECORD, { input: { campaignId, kind: 'self-assessment', title: `${campaignName}自评报告` } });
    expect(recorded.errors).toBeUndefined();
    const documentId = recorded.data!.recordCampaignDocument.id;
    // Recorded by its title only, it unblocks nothing: the guards ask for the stored file.
    expect(recorded.data!.recordCampaignDocument.hasFile).toBe(false);
    expect((await reasonsOf('submit-for-accreditation')).reasons).toContain('不能申报认定：尚未上传自评报告的文件');
    expect(await reasonsOf('request-city-assessment')).toMatchObject({ allowed: false, reasons: ['不能申请市级评估：尚未上传自评报告的文件'] });
    const pdf = fixtures.pdf(20_000);
    const upload = await uploadMultipart(fileUrl(documentId), {}, [{ filename: '自评报告（定稿）.pdf', data: pdf }], { token: (await t.as('office')).token });
    expect(upload.status).toBe(201);

    const { data } = await t.gql(REQUIRED, { id: campaignId });
    const [required] = data!.campaign.requiredDocuments;
    expect(required.document).toMatchObject({
      id: documentId,
      title: `${campaignName}自评报告`,
      hasFile: true,
      fileName: '自评报告（定稿）.pdf',
      fileSize: pdf.length,
      fileMediaType: 'application/pdf',
      fileSha256: createHash('sha256').update(pdf).digest('hex'),
      fileUploadedByName: '区科协（领导小组办公室）管理员',
      recordedByName: '区科协（领导小组办公室）管理员',
    });
    expect(Date.now() - Date.parse(required.document.fileUploadedAt)).toBeLessThan(60_000);

    // The guard's document reason is gone; the remaining one is about tasks, not the report.
    const submit = await reasonsOf('submit-for-accreditation');
    expect(submit.reasons.some((r) => r.includes('自评报告'))).toBe(false);
    expect(submit.reasons.length).toBeGreaterThan(0);
    // A transition whose only guard is the report now passes.
    expect(await reasonsOf('request-city-assessment')).toMatchObject({ allowed: true, reasons: [] });

    const download = await httpGet(fileUrl(documentId), { token: (await t.as('supervisor')).token });
    expect(download.status).toBe(200);
    expect(download.body.equals(pdf)).toBe(true);
  });

  it('replacing records a new version; the earlier one stays listed, and a version still without its file does not hide the current one', async () => {
    const before = (await t.gql(REQUIRED, { id: campaignId })).data!.campaign.requiredDocuments[0];
    const pending = await t.gql(RECORD, { input: { campaignId, kind: 'self-assessment', title: `${campaignName}自评报告（修订稿）` } });
    const afterRecord = (await t.gql(REQUIRED, { id: campaignId })).data!.campaign.requiredDocuments[0];
    expect(afterRecord.document.id).toBe(before.document.id);
    expect(afterRecord.versions.map((v: any) => v.hasFile)).toEqual([false, true]);

    const upload = await uploadMultipart(fileUrl(pending.data!.recordCampaignDocument.id), {}, [{ filename: '修订稿.pdf', data: fixtures.pdf(8_000) }], { token: (await t.as('office')).token });
    expect(upload.status).toBe(201);
    const after = (await t.gql(REQUIRED, { id: campaignId })).data!.campaign.requiredDocuments[0];
    expect(after.document).toMatchObject({ id: pending.data!.recordCampaignDocument.id, fileName: '修订稿.pdf' });
    expect(after.versions.map((v: any) => v.title)).toEqual([`${campaignName}自评报告（修订稿）`, `${campaignName}自评报告`]);
  });

  it('refuses a file of the wrong type with a clear Chinese message, and keeps the document as it was', async () => {
    const current = (await t.gql(REQUIRED, { id: campaignId })).data!.campaign.requiredDocuments[0].document;
    const refused = await uploadMultipart(fileUrl(current.id), {}, [{ filename: '自评报告.pdf', data: fixtures.exe() }], { token: (await t.as('office')).token });
    expect(refused.status).toBe(400);
    expect(refused.json.errors[0].extensions.code).toBe('VALIDATION');
    expect(refused.json.errors[0].message).toContain('可执行程序');
    expect(refused.json.errors[0].message).not.toMatch(/at .*\.ts|Error:/);
    const after = (await t.gql(REQUIRED, { id: campaignId })).data!.campaign.requiredDocuments[0].document;
    expect(after).toMatchObject({ id: current.id, fileSha256: current.fileSha256, fileName: current.fileName });
  });

  it('another district neither sees the campaign’s documents nor records or uploads one; a liaison cannot upload', async () => {
    const current = (await t.gql(REQUIRED, { id: campaignId })).data!.campaign.requiredDocuments[0].document;
    const seen = await other(REQUIRED, { id: campaignId });
    expect(seen.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect(seen.data?.campaign ?? null).toBeNull();
    const recorded = await other(RECORD, { input: { campaignId, kind: 'self-assessment', title: '冒名自评报告' } });
    expect(recorded.errors?.[0].extensions?.code).toBe('NOT_FOUND');

    const upload = await uploadMultipart(fileUrl(current.id), {}, [{ filename: 'x.pdf', data: fixtures.pdf() }], { token: other.token });
    expect(upload.status).toBe(404);
    const download = await httpGet(fileUrl(current.id), { token: other.token });
    expect(download.status).toBe(404);

    const kexie = await t.as('kexie');
    expect((await uploadMultipart(fileUrl(current.id), {}, [{ filename: 'x.pdf', data: fixtures.pdf() }], { token: kexie.token })).status).toBe(403);
    expect((await kexie(RECORD, { input: { campaignId, kind: 'self-assessment', title: '联络员自评报告' } })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const after = (await t.gql(REQUIRED, { id: campaignId })).data!.campaign.requiredDocuments[0];
    expect(after.document.fileSha256).toBe(current.fileSha256);
    expect(after.versions).toHaveLength(2);
  });
});

describe('campaign documents: recorded together with their file (POST /api/campaign-documents)', () => {
  let t: TestApi;
  let campaignId: string;
  const url = () => `${t.api.url}/api/campaign-documents`;
  const required = async () => (await t.gql(REQUIRED, { id: campaignId })).data!.campaign.requiredDocuments[0];

  beforeAll(async () => {
    t = await startTestApi();
    campaignId = (await t.gql('{ campaigns { id } }')).data!.campaigns[0].id;
  });

  afterAll(async () => {
    await t?.close();
  });

  it('records the document with its file in one step', async () => {
    const office = await t.as('office');
    const pdf = fixtures.pdf(12_000);
    const created = await uploadMultipart(url(), { campaignId, kind: 'self-assessment', title: '沙坪坝区自评报告' }, [{ filename: '自评报告.pdf', data: pdf }], { token: office.token });
    expect(created.status).toBe(201);
    expect(created.json.document).toMatchObject({ kind: 'self-assessment', title: '沙坪坝区自评报告', fileName: '自评报告.pdf', fileSize: pdf.length, mediaType: 'application/pdf' });
    const now = await required();
    expect(now.document).toMatchObject({ id: created.json.document.id, hasFile: true, fileUploadedByName: '区科协（领导小组办公室）管理员' });
    expect(now.versions).toHaveLength(1);
  });

  it('a refused file, an undeclared kind, an empty title, another district or a liaison leave no record behind', async () => {
    const office = await t.as('office');
    const exe = await uploadMultipart(url(), { campaignId, kind: 'self-assessment', title: '修订稿' }, [{ filename: '修订稿.pdf', data: fixtures.exe() }], { token: office.token });
    expect(exe.status).toBe(400);
    expect(exe.json.errors[0].message).toContain('可执行程序');
    const undeclared = await uploadMultipart(url(), { campaignId, kind: 'minutes', title: '会议纪要' }, [{ filename: '纪要.pdf', data: fixtures.pdf() }], { token: office.token });
    expect(undeclared.status).toBe(400);
    expect(undeclared.json.errors[0].message).toContain('没有声明文件类别「minutes」，可用：self-assessment（自评报告）');
    const untitled = await uploadMultipart(url(), { campaignId, kind: 'self-assessment', title: '  ' }, [{ filename: 'a.pdf', data: fixtures.pdf() }], { token: office.token });
    expect(untitled.status).toBe(400);
    expect(untitled.json.errors[0].message).toBe('请填写文件标题');

    const admin = await t.as('sysadmin');
    const sichuan = (await admin('query($s: String) { organisations(filter: { search: $s }) { edges { node { id code } } } }', { s: '510000' })).data!.organisations.edges.find(
      (e: any) => e.node.code === '510000',
    ).node.id;
    const jinjiang = (
      await admin('mutation($input: CreateOrganisationInput!) { createOrganisation(input: $input) { id } }', {
        input: { parentId: sichuan, level: 'county', code: '510104', name: '四川省成都市锦江区', shortName: '锦江区' },
      })
    ).data!.createOrganisation.id;
    await admin('mutation($input: CreateUserInput!) { createUser(input: $input) { id } }', {
      input: { username: 'jj-office', displayName: '锦江区办公室', password: 'Jinjiang@2026', roles: ['office_admin'], organisationId: jinjiang },
    });
    const other = await t.as('jj-office', 'Jinjiang@2026');
    const theirs = await uploadMultipart(url(), { campaignId, kind: 'self-assessment', title: '冒名' }, [{ filename: 'a.pdf', data: fixtures.pdf() }], { token: other.token });
    expect(theirs.status).toBe(404);
    const kexie = await t.as('kexie');
    expect((await uploadMultipart(url(), { campaignId, kind: 'self-assessment', title: '联络员' }, [{ filename: 'a.pdf', data: fixtures.pdf() }], { token: kexie.token })).status).toBe(403);

    expect((await required()).versions).toHaveLength(1);
  });
});
