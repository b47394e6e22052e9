import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fixtures, sha256 } from '../support/evidence-fixtures';
import { httpGet, uploadMultipart } from '../support/multipart-client';
import { type TestApi, startTestApi } from '../support/test-api';

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => (statSync(join(dir, name)).isDirectory() ? walk(join(dir, name)) : [join(dir, name)]));
}

describe('the evidence package: a zip streamed to the client', () => {
  let t: TestApi;
  let campaignId: string;
  let out: string;
  const files: Record<string, Buffer> = {};

  beforeAll(async () => {
    const evidenceDir = mkdtempSync(join(tmpdir(), 'package-evidence-'));
    t = await startTestApi({ env: { EVIDENCE_DIR: evidenceDir } });
    out = mkdtempSync(join(tmpdir(), 'package-out-'));
    campaignId = (await t.gql('{ campaigns { id } }')).data!.campaigns[0].id;
    const upload = async (username: string, ruleCode: string, requirementCode: string, name: string, data: Buffer, description?: string) => {
      const client = await t.as(username);
      const tasks = await client('query($id: ID!) { tasks(campaignId: $id, first: 100) { edges { node { id scoringRule { code } } } } }', { id: campaignId });
      const task = tasks.data!.tasks.edges.find((e: any) => e.node.scoringRule.code === ruleCode).node;
      const result = await uploadMultipart(
        `${t.api.url}/api/evidence/upload`,
        { taskId: task.id, requirementCode, kind: 'sealed_document', ...(description ? { description } : {}) },
        [{ filename: name, data }],
        { token: client.token },
      );
      expect(result.status).toBe(201);
      files[name] = data;
      return { ...result.json.files[0], token: client.token };
    };
    await upload('kexie', '1.5', '1-3', '实施方案.pdf', fixtures.pdf(5000));
    await upload('kexie', '1.5', '1-3', '实施方案 (复印).pdf', fixtures.pdf(6000), '实施方案');
    const replaced = await upload('kexie', '12.4', '12-4', '落实情况.pdf', fixtures.pdf(3000));
    const gone = await upload('kexie', '12.4', '12-4', '作废.png', fixtures.png(2000));
    await upload('xiaolongkan', '3.1', '3-2', '应急科普活动.jpg', fixtures.jpeg(4000));
    // A newer version replaces the first file of 12-4; a deleted file is left out.
    const office = t.gql;
    const kexie = await t.as('kexie');
    const next = await uploadMultipart(
      `${t.api.url}/api/evidence/upload`,
      {
        taskId: (await kexie('query($id: ID!) { tasks(campaignId: $id, first: 100) { edges { node { id scoringRule { code } } } } }', { id: campaignId })).data!.tasks.edges.find(
          (e: any) => e.node.scoringRule.code === '12.4',
        ).node.id,
      },
      [{ filename: '落实情况 v2.pdf', data: (files['落实情况 v2.pdf'] = fixtures.pdf(3500)) }],
      { token: kexie.token },
    );
    const replace = await kexie('mutation($input: ReplaceEvidenceInput!) { replaceEvidence(input: $input) { id currentVersion } }', {
      input: { evidenceId: replaced.evidenceId, fileId: next.json.files[0].fileId },
    });
    expect(replace.errors).toBeUndefined();
    const deleted = await office('mutation($input: DeleteEvidenceInput!) { deleteEvidence(input: $input) { id } }', { input: { evidenceId: gone.evidenceId, reason: '上传错误' } });
    expect(deleted.errors).toBeUndefined();
  });

  afterAll(async () => {
    await t?.close();
    rmSync(out, { recursive: true, force: true });
  });

  it('tells the size and count first, for progress', async () => {
    const info = await t.gql('query($id: ID!) { evidencePackageInfo(campaignId: $id) { files bytes indicators url fileName } }', { id: campaignId });
    expect(info.data!.evidencePackageInfo).toMatchObject({
      files: 4,
      indicators: 3,
      url: `/api/campaigns/${campaignId}/export/evidence-package.zip`,
      fileName: '沙坪坝区创建2021—2025年度全国科普示范区-佐证材料.zip',
    });
    expect(info.data!.evidencePackageInfo.bytes).toBeGreaterThan(5000 + 6000 + 3500 + 4000);
  });

  it('streams folders per indicator, files named by requirement, department and title, an index and a manifest that checks', async () => {
    const office = await t.as('office');
    const response = await httpGet(`${t.api.url}/api/campaigns/${campaignId}/export/evidence-package.zip`, { token: office.token });
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe('application/zip');
    expect(Number(response.headers['content-length'])).toBe(response.body.length);
    expect(response.headers['content-disposition']).toContain("filename*=UTF-8''");
    const zipPath = join(out, 'package.zip');
    writeFileSync(zipPath, response.body);
    execFileSync('unzip', ['-q', zipPath, '-d', join(out, 'x')]);
    const paths = walk(join(out, 'x'))
      .map((path) => relative(join(out, 'x'), path))
      .sort();
    expect(paths).toEqual([
      '01 党委和政府重视、制度健全/1-3 区科协 实施方案 (2).pdf',
      '01 党委和政府重视、制度健全/1-3 区科协 实施方案.pdf',
      '03 建立应急科普工作机制，加强应急科普工作/3-2 小龙坎街道 应急科普活动.jpg',
      '12 科普工作具有特色并形成品牌/12-4 区科协 落实情况 v2.pdf',
      'SHA256SUMS.txt',
      '佐证材料目录.xlsx',
    ]);
    // The replaced version's bytes, not the first upload's; the deleted file is absent.
    expect(sha256(readFileSync(join(out, 'x', '12 科普工作具有特色并形成品牌/12-4 区科协 落实情况 v2.pdf')))).toBe(sha256(files['落实情况 v2.pdf']));
    const manifest = readFileSync(join(out, 'x', 'SHA256SUMS.txt'), 'utf8')
      .trim()
      .split('\n');
    expect(manifest).toHaveLength(4);
    for (const line of manifest) {
      const [sum, path] = line.split(/ {2}(.*)/s);
      expect(
        createHash('sha256')
          .update(readFileSync(join(out, 'x', path)))
          .digest('hex'),
      ).toBe(sum);
    }
    expect(
      readFileSync(join(out, 'x', '佐证材料目录.xlsx'))
        .subarray(0, 2)
        .toString(),
    ).toBe('PK');
  });

  it('is not for liaisons, nor for another district', async () => {
    const kexie = await t.as('kexie');
    const refused = await httpGet(`${t.api.url}/api/campaigns/${campaignId}/export/evidence-package.zip`, { token: kexie.token });
    expect(refused.status).toBe(403);
    expect(refused.json.errors[0].extensions.code).toBe('FORBIDDEN');
    const anonymous = await httpGet(`${t.api.url}/api/campaigns/${campaignId}/export/evidence-package.zip`);
    expect(anonymous.status).toBe(401);
  });
});
