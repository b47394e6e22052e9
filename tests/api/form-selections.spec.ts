import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import yauzl from 'yauzl';
import { MikroORM } from '@mikro-orm/postgresql';
import { TINY_PNG, type TokenClient, createAccount, createCounty, day, fileCountyForm, organisationIdByCode } from '../support/county-forms';
import { type Gql, type TestApi, startTestApi } from '../support/test-api';
import { uploadMultipart } from '../support/multipart-client';

// Selections (遴选, issue 12) on the real PostgreSQL: a national campaign asks every county for
// one 典型案例 and caps it at 2 per province (data: setCampaignForms' selections). Sichuan's office
// chooses among its counties' submitted cases: a draft is refused, the third choice is refused
// with the count in Chinese, three choices racing for the last place leave exactly one; Guizhou's
// office cannot touch a Sichuan county's case; the national office reads the chosen per province
// and exports only them; each choice and withdrawal is in the audit log.

const TABLE = join(__dirname, '../fixtures/tables/ok/national-county-standard.csv');
const PASSWORD = 'Select@2026cases';
const CASE_FORM = [
  'key: county-typical-case',
  'version: 1',
  'name: 示范县年度典型案例',
  'roles:',
  '  county: 县级科协',
  'filledBy: { role: county }',
  'sections:',
  '  - key: case',
  '    label: 典型案例',
  '    fields:',
  '      - { key: title, type: text, label: 案例标题, required: true, maxChars: 30 }',
  '      - { key: content, type: text, label: 案例内容, multiline: true, required: true, maxChars: 500 }',
  '      - { key: photos, type: attachment, label: 案例照片, accept: [image], maxCount: 3 }',
].join('\n');
const SAVE = `mutation($input: SaveFormDraftInput!) { saveFormDraft(input: $input) { id version } }`;
// Both answer the form's board as formSelections shows it to the selecting office.
const BOARD = 'definitionKey canSelect groups { group { code } selectedCount entries { organisation { shortName } selected } }';
const SELECT = `mutation($id: ID!) { selectForm(input: { formId: $id }) { ${BOARD} } }`;
const UNSELECT = `mutation($id: ID!) { unselectForm(input: { formId: $id }) { ${BOARD} } }`;
const BOARDS = `query($c: ID!, $only: Boolean) { formSelections(campaignId: $c, onlySelected: $only) {
  definitionKey per max canSelect groups { group { code } selectedCount entries { formId organisation { shortName } selected selectedByName selectedAt } } } }`;

async function zipText(archive: Buffer): Promise<string> {
  const zip = await yauzl.fromBufferPromise(archive, { lazyEntries: true });
  let text = '';
  try {
    for await (const entry of zip.eachEntry()) {
      if (!entry.fileName.endsWith('.xml')) continue;
      const chunks: Buffer[] = [];
      for await (const chunk of await zip.openReadStreamPromise(entry)) chunks.push(chunk as Buffer);
      text += Buffer.concat(chunks).toString('utf8');
    }
  } finally {
    zip.close();
  }
  return text;
}

describe('forms: a province selects at most its cap of its counties’ 典型案例', () => {
  let t: TestApi;
  let admin: Gql;
  let nation: TokenClient;
  const province: Record<string, TokenClient> = {};
  const county: Record<string, TokenClient> = {};
  /** Form ids by county short name. */
  const forms: Record<string, string> = {};
  let campaign: string;
  let definitionId: string;

  const user = (username: string, roles: string[], organisationId: string) => createAccount(t, admin, { username, displayName: `${username}同志`, password: PASSWORD, roles, organisationId });
  const fill = async (name: string, submit: boolean) => {
    const values = { title: `${name}科普进万家`, content: `${name}开展科普大篷车巡展。` };
    forms[name] = (await fileCountyForm(t.api, county[name], { campaignId: campaign, definitionId, values, draft: !submit })).formId;
  };

  beforeAll(async () => {
    t = await startTestApi();
    admin = await t.as('sysadmin');
    nation = await user('sel-nation', ['office_admin'], await organisationIdByCode(admin, '000000'));
    // Sichuan: five counties (four submit, one keeps a draft); Guizhou: one.
    for (const [code, key, names] of [
      ['510000', 'sc', ['川甲县', '川乙县', '川丙县', '川丁县', '川戊县']],
      ['520000', 'gz', ['黔甲县']],
    ] as const) {
      const provinceId = await organisationIdByCode(admin, code);
      province[key] = await user(`sel-${key}-office`, ['office_admin'], provinceId);
      for (const [index, name] of names.entries()) {
        county[name] = await user(`sel-${key}-county-${index + 1}`, ['office_admin'], await createCounty(admin, provinceId, `${code.slice(0, 2)}970${index + 1}`, name));
      }
    }
    const imported = await nation('mutation($input: ImportIndicatorTableInput!) { importIndicatorTable(input: $input) { systemId } }', {
      input: { fileName: 'national-county-standard.csv', contentBase64: readFileSync(TABLE).toString('base64'), key: 'sel-national-2021', unitsOfParticipants: true },
    });
    expect(imported.errors).toBeUndefined();
    const setUp = await nation('mutation($input: SetUpCampaignInput!) { setUpCampaign(input: $input) { campaignId } }', {
      input: {
        templateId: imported.data!.importIndicatorTable.systemId,
        name: '2025年度全国科普示范县工作总结',
        phases: [{ key: 'report', name: '年度总结', startsOn: day(-10), endsOn: day(60) }],
        participation: { applicantLevel: 'county' },
      },
    });
    expect(setUp.errors).toBeUndefined();
    campaign = setUp.data!.setUpCampaign.campaignId;
    const uploaded = await nation('mutation($input: UploadFormDefinitionInput!) { uploadFormDefinition(input: $input) { id } }', {
      input: { source: CASE_FORM, fileName: 'county-typical-case.yaml' },
    });
    expect(uploaded.errors).toBeUndefined();
    definitionId = uploaded.data!.uploadFormDefinition.id;
  });

  afterAll(async () => {
    await t?.close();
  });

  it('takes the cap as data on the campaign’s form, and refuses a bad one', async () => {
    const SET = 'mutation($c: ID!, $d: [ID!]!, $s: [CampaignFormSelectionInput!]) { setCampaignForms(input: { campaignId: $c, definitionIds: $d, selections: $s }) { key } }';
    const zero = await nation(SET, { c: campaign, d: [definitionId], s: [{ definitionId, per: 'PROVINCE', max: 0 }] });
    expect(zero.errors![0].extensions!.code).toBe('VALIDATION');
    expect(zero.errors![0].message).toBe('表单「示范县年度典型案例」的遴选上限应为 1 到 100 之间的整数，现为 0');
    const set = await nation(SET, { c: campaign, d: [definitionId], s: [{ definitionId, per: 'PROVINCE', max: 2 }] });
    expect(set.errors).toBeUndefined();
    for (const name of ['川甲县', '川乙县', '川丙县', '川丁县', '黔甲县']) await fill(name, true);
    await fill('川戊县', false);
  });

  it('lets a province choose only its counties’ submitted cases, up to its cap', async () => {
    const draft = await province.sc(SELECT, { id: forms['川戊县'] });
    expect(draft.errors![0].extensions!.code).toBe('CONFLICT');
    expect(draft.errors![0].message).toBe('川戊县的「示范县年度典型案例」尚未提交，提交后才能遴选');
    const foreign = await province.gz(SELECT, { id: forms['川甲县'] });
    expect(foreign.errors![0].extensions!.code).toBe('NOT_FOUND');
    const byCounty = await county['川甲县'](SELECT, { id: forms['川甲县'] });
    expect(byCounty.errors![0].extensions!.code).toBe('FORBIDDEN');
    expect(byCounty.errors![0].message).toContain('由四川省');

    expect((await province.sc(SELECT, { id: forms['川甲县'] })).errors).toBeUndefined();
    expect((await province.sc(SELECT, { id: forms['川甲县'] })).errors).toBeUndefined(); // again: unchanged
    const second = await province.sc(SELECT, { id: forms['川乙县'] });
    expect(second.errors).toBeUndefined();
    // The answer is the board as it now stands: the office's own province, two chosen.
    expect(second.data!.selectForm).toMatchObject({ definitionKey: 'county-typical-case', canSelect: true, groups: [{ group: { code: '510000' }, selectedCount: 2 }] });
    expect(second.data!.selectForm.groups[0].entries.filter((entry: any) => entry.selected).map((entry: any) => entry.organisation.shortName)).toEqual(['川甲县', '川乙县']);
    const third = await province.sc(SELECT, { id: forms['川丙县'] });
    expect(third.errors![0].extensions!.code).toBe('CONFLICT');
    expect(third.errors![0].message).toMatch(/^四川省?已遴选 2 份「示范县年度典型案例」，每个省级单位最多 2 份；请先取消一份再遴选$/);
    expect((await province.gz(SELECT, { id: forms['黔甲县'] })).errors).toBeUndefined();

    const own = await province.sc(BOARDS, { c: campaign });
    expect(own.errors).toBeUndefined();
    const [board] = own.data!.formSelections;
    expect(board).toMatchObject({ definitionKey: 'county-typical-case', per: 'PROVINCE', max: 2, canSelect: true });
    expect(board.groups).toHaveLength(1);
    expect(board.groups[0].selectedCount).toBe(2);
    expect(board.groups[0].entries.map((entry: any) => [entry.organisation.shortName, entry.selected])).toEqual([
      ['川甲县', true],
      ['川乙县', true],
      ['川丙县', false],
      ['川丁县', false],
    ]);
    expect(board.groups[0].entries[0]).toMatchObject({ selectedByName: 'sel-sc-office同志', selectedAt: expect.any(String) });
  });

  it('links each board’s campaign and form definition, and each entry’s form as filledForm reads it', async () => {
    const LINKS = `query($c: ID!) { formSelections(campaignId: $c) { campaign { id } definition { id key } groups { entries { formId form { id status organisation { shortName } } } } } }`;
    const own = await province.sc(LINKS, { c: campaign });
    expect(own.errors).toBeUndefined();
    const [board] = own.data!.formSelections;
    expect(board).toMatchObject({ campaign: { id: campaign }, definition: { id: definitionId, key: 'county-typical-case' } });
    const entries = board.groups[0].entries;
    expect(entries).toHaveLength(4);
    expect(entries.map((entry: any) => entry.form)).toEqual(entries.map((entry: any) => ({ id: entry.formId, status: 'SUBMITTED', organisation: { shortName: expect.any(String) } })));
    // A province user who is not its office reads the board but not the counties’ forms (filledForm refuses it): no form links.
    const provinceExpert = await user('sel-sc-expert', ['expert'], await organisationIdByCode(admin, '510000'));
    const seen = await provinceExpert(LINKS, { c: campaign });
    expect(seen.errors).toBeUndefined();
    expect(seen.data!.formSelections[0].campaign).toEqual({ id: campaign });
    expect(seen.data!.formSelections[0].groups[0].entries.map((entry: any) => entry.form)).toEqual([null, null, null, null]);
    expect((await provinceExpert('query($id: ID!) { filledForm(id: $id) { id } }', { id: forms['川甲县'] })).errors![0].extensions!.code).toBe('NOT_FOUND');
  });

  it('keeps the cap when choices race for the last place', async () => {
    const withdrawn = await province.sc(UNSELECT, { id: forms['川乙县'] });
    expect(withdrawn.errors).toBeUndefined();
    expect(withdrawn.data!.unselectForm.groups).toMatchObject([{ group: { code: '510000' }, selectedCount: 1 }]);
    const results = await Promise.all(['川乙县', '川丙县', '川丁县'].map((name) => province.sc(SELECT, { id: forms[name] })));
    expect(results.filter((result) => !result.errors)).toHaveLength(1);
    expect(results.filter((result) => result.errors?.[0].extensions!.code === 'CONFLICT')).toHaveLength(2);
    const orm = t.api.app.get(MikroORM);
    const [row] = await orm.em.fork().getConnection().execute(`select count(*)::int as n from form_selection s join organisation o on o.id = s.group_id where o.code = '510000'`);
    expect(row.n).toBe(2);
  });

  it('shows the national office the chosen cases per province, exports only them, and logs who chose', async () => {
    const { data, errors } = await nation(BOARDS, { c: campaign, only: true });
    expect(errors).toBeUndefined();
    const [board] = data!.formSelections;
    expect(board.canSelect).toBe(false);
    const byCode = Object.fromEntries(board.groups.map((group: any) => [group.group.code, group]));
    expect(byCode['510000'].selectedCount).toBe(2);
    expect(byCode['510000'].entries.every((entry: any) => entry.selected)).toBe(true);
    expect(byCode['520000'].entries.map((entry: any) => entry.organisation.shortName)).toEqual(['黔甲县']);
    const chosen = [...byCode['510000'].entries, ...byCode['520000'].entries].map((entry: any) => entry.organisation.shortName);
    const notChosen = ['川甲县', '川乙县', '川丙县', '川丁县'].filter((name) => !chosen.includes(name));

    const response = await fetch(`${t.api.url}/api/campaigns/${campaign}/forms/county-typical-case/export.xlsx?selected=true`, { headers: { authorization: `Bearer ${nation.token}` } });
    expect(response.status).toBe(200);
    const text = await zipText(Buffer.from(await response.arrayBuffer()));
    for (const name of chosen) expect(text).toContain(`${name}科普进万家`);
    for (const name of [...notChosen, '川戊县']) expect(text).not.toContain(`${name}科普进万家`);

    const orm = t.api.app.get(MikroORM);
    const rows = await orm.em.fork().getConnection().execute(`select action, count(*)::int as n from audit_event where action in ('form_select', 'form_unselect') group by action order by action`);
    expect(rows).toEqual([
      { action: 'form_select', n: 4 },
      { action: 'form_unselect', n: 1 },
    ]);
  });

  it('deletes a form file only once no form holds it', async () => {
    const remove = (who: { token: string }, fileId: string) => fetch(`${t.api.url}/api/forms/files/${fileId}`, { method: 'DELETE', headers: { authorization: `Bearer ${who.token}` } });
    const upload = async (name: string) => {
      const response = await uploadMultipart(`${t.api.url}/api/forms/files`, { campaignId: campaign }, [{ filename: '案例照片.png', data: TINY_PNG, contentType: 'image/png' }], {
        token: county[name].token,
      });
      expect(response.status).toBe(201);
      return response.json as { fileId: string; name: string; mediaType: string };
    };
    const values = (name: string, photos: unknown[]) => [
      { key: 'title', text: `${name}科普进万家` },
      { key: 'content', text: `${name}开展科普大篷车巡展。` },
      ...(photos.length ? [{ key: 'photos', files: photos }] : []),
    ];
    const current = async (name: string) => (await county[name]('query($c: ID!) { campaignForms(campaignId: $c) { id version } }', { c: campaign })).data!.campaignForms[0];

    // A draft holds the photo: refused, saying where it is and what to do.
    const photo = await upload('川戊县');
    const ref = { fileId: photo.fileId, name: photo.name, mediaType: photo.mediaType };
    const held = await county['川戊县'](SAVE, { input: { campaignId: campaign, definitionId, values: values('川戊县', [ref]), expectedVersion: (await current('川戊县')).version } });
    expect(held.errors).toBeUndefined();
    const refused = await remove(county['川戊县'], photo.fileId);
    expect(refused.status).toBe(409);
    expect(((await refused.json()) as { errors: { message: string }[] }).errors[0].message).toBe('文件“案例照片.png”仍在「示范县年度典型案例」的「案例照片」中，请先在表单中移除它并保存，再删除');
    // Another county cannot even see it.
    expect((await remove(county['川丁县'], photo.fileId)).status).toBe(404);

    // Removed from the draft: deleted, and gone.
    expect((await county['川戊县'](SAVE, { input: { campaignId: campaign, definitionId, values: values('川戊县', []), expectedVersion: (await current('川戊县')).version } })).errors).toBeUndefined();
    const deleted = await remove(county['川戊县'], photo.fileId);
    expect(deleted.status).toBe(200);
    const gone = await fetch(`${t.api.url}/api/forms/files/${photo.fileId}`, { headers: { authorization: `Bearer ${county['川戊县'].token}` } });
    expect(gone.status).toBe(404);
    // A save pointing at it again is refused as a foreign file.
    const stale = await county['川戊县'](SAVE, { input: { campaignId: campaign, definitionId, values: values('川戊县', [ref]), expectedVersion: (await current('川戊县')).version } });
    expect(stale.errors![0].extensions!.code).toBe('VALIDATION');
  });
});
