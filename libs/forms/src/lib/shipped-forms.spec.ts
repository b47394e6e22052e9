import { readdirSync } from 'node:fs';
import { loadWorkflowDirectory, stateLabels, type WorkflowDefinition } from '@accredit/workflow-engine';
import { allFields } from './editable';
import { loadFormDirectory } from './loader';
import { formatDefinitionError } from './parser';
import { FORMS_DIR, loadOrThrow, WORKFLOWS_DIR } from './spec-helpers';
import { fieldTies } from './ties';
import type { FormDefinition, SignOffField, TableField, TextField } from './types';
import { validateFormValues } from './values';

// The definitions shipped under forms/: they load, they name real workflow states, and they hold
// the limits and boxes the published documents print.

let loadedWorkflows: readonly WorkflowDefinition[] | undefined;

function workflows(): readonly WorkflowDefinition[] {
  if (loadedWorkflows) return loadedWorkflows;
  const loaded = loadWorkflowDirectory(WORKFLOWS_DIR);
  if (!loaded.ok) throw new Error(loaded.errors.map((e) => e.message).join('\n'));
  loadedWorkflows = loaded.definitions;
  return loadedWorkflows;
}

const stagesOf = (key: string): string[] | undefined => {
  const workflow = workflows().find((w) => w.key === key);
  return workflow ? Object.keys(stateLabels(workflow)) : undefined;
};

function field<T>(definition: FormDefinition, key: string): T {
  const found = allFields(definition).find((f) => f.key === key);
  if (!found) throw new Error(`no field ${key} in ${definition.key}`);
  return found as T;
}

describe('shipped form definitions', () => {
  it('every file under forms/ loads, checked against the states of the workflow it names', () => {
    const result = loadFormDirectory(FORMS_DIR, { stagesOf });
    if (!result.ok) throw new Error(result.errors.map(formatDefinitionError).join('\n'));
    expect(result.definitions.map((d) => d.key).sort()).toEqual([
      'annual-summary',
      'first-batch-application',
      'first-batch-report',
      'second-batch-application',
      'second-batch-work-plan',
      'speaker-nominees',
      'typical-cases',
    ]);
    expect(readdirSync(FORMS_DIR).filter((f) => f.endsWith('.yaml'))).toHaveLength(7);
  });

  it.each(['first-batch-application.yaml', 'second-batch-application.yaml'])('%s carries the printed boxes, in order, each signed by its own role at its own stage', (file) => {
    const form = loadOrThrow(file);
    expect(form.workflow).toBe('participant');
    const boxes = allFields(form).filter((f): f is SignOffField => f.type === 'signOff');
    expect(boxes.map((b) => [b.label, form.roles[b.role], b.stages])).toEqual([
      ['申报单位签字（盖章）', '申报单位', ['applied']],
      ['省科协意见', '省级科协', ['applied']],
      ['专家评审意见', '评审专家', ['recommended']],
      ['中国科协科普部意见', '中国科协科普部', ['recommended']],
    ]);
    expect(boxes[1].opinion?.hint).toBe('（评价申报单位的示范性及综合科普能力，有所区分地给出总体评价）');
    const labels = allFields(form).map((f) => f.label);
    for (const printed of [
      '申报单位',
      '通信地址',
      '邮编',
      '负责人',
      '邮箱',
      '联系人',
      '联系电话',
      '人员编制',
      '县科协主席是否进入人大或政协',
      '党政领导听取汇报',
      '人均科普专项经费',
      '科普相关政策文件',
      '科普基础设施情况',
      '农村专业技术协会',
      '农技协联合会',
      '信息化传播科普主要方式',
      '更新频次',
      '备注',
    ]) {
      expect(labels).toContain(printed);
    }
    expect(field<TableField>(form, 'facilities').columns.map((c) => c.label)).toEqual(['名称', '数量']);
    expect(field(form, 'per_capita_funding')).toMatchObject({ unit: '元/人', ties: { requirement: '5-1' } });
  });

  it('the batches differ where the printed forms differ', () => {
    const first = loadOrThrow('first-batch-application.yaml');
    const second = loadOrThrow('second-batch-application.yaml');
    expect(field(first, 'registered_volunteers')).toMatchObject({ label: '注册志愿者数量', unit: '人' });
    expect(field(second, 'volunteer_activities')).toMatchObject({ label: '科技志愿服务活动', unit: '场次/年' });
    expect(field(second, 'beneficiaries')).toMatchObject({ label: '受益人数', unit: '人次/年' });
    // 第一批由科普部盖章，第二批签字。
    expect(field(first, 'national_opinion')).toMatchObject({ signatureLabel: '盖章', seal: 'required' });
    expect(field(second, 'national_opinion')).toMatchObject({ signatureLabel: '签字', signer: 'required' });
    expect(fieldTies(first).map((t) => t.path)).toContain('registered_volunteers');
  });

  it.each(['first-batch-report.yaml', 'second-batch-work-plan.yaml'])('%s has one text per point of the 13-point standard', (file) => {
    const form = loadOrThrow(file);
    const standard = form.sections.find((s) => s.key === 'standard');
    expect(standard?.fields).toHaveLength(13);
    expect(standard?.fields.map((f) => f.label.split('.')[0])).toEqual(Array.from({ length: 13 }, (_, i) => String(i + 1)));
    expect(standard?.fields[12].label).toBe('13.科普工作具有特色并形成品牌');
    expect(field(form, 'government_seal')).toMatchObject({ seal: 'required', signer: 'none' });
  });

  it('the yearly summary is held to 3000 字 in all', () => {
    const form = loadOrThrow('annual-summary.yaml');
    const body = form.sections.find((s) => s.key === 'summary');
    expect(body?.maxChars).toBe(3000);
    const values = {
      year: 2024,
      unit: '某县科协',
      party_and_government: '科'.repeat(1000),
      work_and_highlights: '普'.repeat(1500),
      difficulties: '难'.repeat(512),
      date: '2025-02-10',
    };
    expect(validateFormValues(form, values)).toEqual([
      {
        path: 'summary',
        code: 'SECTION_TOO_LONG',
        message: '「工作总结」合计最多 3000 字，现有 3012 字，请删减 12 字',
      },
    ]);
    expect(validateFormValues(form, { ...values, difficulties: '难'.repeat(500) })).toEqual([]);
  });

  it('typical cases: at most 5, one topic each, at most 500 字 each', () => {
    const form = loadOrThrow('typical-cases.yaml');
    const cases = field<TableField>(form, 'cases');
    expect(cases.maxRows).toBe(5);
    expect(cases.columns.find((c) => c.key === 'content')).toMatchObject({ maxChars: 500 });
    const topic = cases.columns.find((c) => c.key === 'topic');
    expect(topic?.type === 'choice' && topic.options.map((o) => o.label)).toEqual(['科普资源建设', '服务科技工作者', '科普与科协组织建设互促互进', '科普阵地建设', '科普中国落地应用']);
  });

  it('speaker nominees: at most 3 people, a profile of at most 200 字 each', () => {
    const form = loadOrThrow('speaker-nominees.yaml');
    const nominees = field<TableField>(form, 'nominees');
    expect(nominees.maxRows).toBe(3);
    expect(nominees.columns.map((c) => c.label)).toEqual(['姓名', '性别', '政治面貌', '出生年月', '工作单位及职务', '联系方式', '推荐理由（简要描述）', '个人工作简介']);
    expect(nominees.columns.find((c) => c.key === 'profile') as TextField).toMatchObject({ maxChars: 200 });
    expect(nominees.columns.find((c) => c.key === 'birth_month')).toMatchObject({ precision: 'month' });
    const person = {
      name: '张三',
      gender: 'female',
      political_status: '中共党员',
      birth_month: '1985-06',
      position: '某县科协主席',
      phone: '13800138000',
      reasons: '1. 长期从事基层科普工作',
      profile: '简'.repeat(201),
    };
    const values = {
      unit: '某省科协科普部',
      unit_seal: [{ fileId: 'f1', name: '公章.png', mediaType: 'image/png' }],
      contact: '李四 010-68578249',
      nominees: [person, { ...person, profile: '好' }, { ...person, profile: '好' }, { ...person, profile: '好' }],
    };
    expect(validateFormValues(form, values).map((p) => p.message)).toEqual([
      '「宣讲团人选」最多 3 行，现有 4 行，请删除 1 行',
      '「宣讲团人选」第 1 行的「个人工作简介」最多 200 字，现有 201 字，请删减 1 字',
    ]);
  });
});
