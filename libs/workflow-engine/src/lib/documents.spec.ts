import { join } from 'node:path';
import { declaredDocuments } from './documents';
import { FIXTURES_DIR, WORKFLOWS_DIR, compileOrThrow, loadOrThrow } from './spec-helpers';

describe('declaredDocuments', () => {
  it('lists the campaign workflow’s 自评报告 with the transitions whose guards need it (with its file), in definition order', () => {
    const campaign = loadOrThrow(join(WORKFLOWS_DIR, 'campaign.yaml'));
    expect(declaredDocuments(campaign)).toEqual([
      {
        kind: 'self-assessment',
        label: '自评报告',
        neededBy: [
          { event: 'request-city-assessment', label: '申请市级评估', needsFile: true },
          { event: 'submit-for-accreditation', label: '申报认定', needsFile: true },
        ],
      },
    ]);
  });

  it('marks a use that needs the file (documentFilePresent)', () => {
    const inspection = loadOrThrow(join(FIXTURES_DIR, 'ok/provincial-inspection.yaml'));
    const report = declaredDocuments(inspection).find((d) => d.kind === 'inspection-report');
    expect(report?.neededBy.length).toBeGreaterThan(0);
    expect(report?.neededBy.every((use) => use.needsFile)).toBe(true);
  });

  it('keeps a declared kind no guard names, and counts an event declared on two states once', () => {
    const definition = compileOrThrow(`
key: docs
version: 1
entityType: campaign
name: 文件
documents:
  report: 总结报告
  minutes: 会议纪要
states:
  a: { label: 甲, initial: true }
  b: { label: 乙 }
  c: { label: 丙, final: true }
transitions:
  - { event: finish, label: 完成, from: a, to: c, roles: [office_admin], guards: [{ documentPresent: report }] }
  - { event: finish, label: 完成, from: b, to: c, roles: [office_admin], guards: [{ documentFilePresent: [report] }] }
  - { event: move, label: 转入乙, from: a, to: b, roles: [office_admin] }
`);
    expect(declaredDocuments(definition)).toEqual([
      { kind: 'report', label: '总结报告', neededBy: [{ event: 'finish', label: '完成', needsFile: true }] },
      { kind: 'minutes', label: '会议纪要', neededBy: [] },
    ]);
  });
});
