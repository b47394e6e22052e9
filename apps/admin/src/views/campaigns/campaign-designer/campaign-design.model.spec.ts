import { describe, expect, it } from 'vitest';
import { type CampaignDesignForm, emptyDesign, missingFields, previewSummary, tasksByPhase, templateFileProblem, toSetUpInput, type SetUpPreview } from './campaign-design.model';

const filled = (): CampaignDesignForm => ({ ...emptyDesign(), templateId: 't-1', name: '沙坪坝区创建2026—2030年度全国科普示范区', targetDate: '2027-01-31' });

describe('campaign design form', () => {
  it('sends a template file as it is: name, phases and dates are the file’s', () => {
    const form: CampaignDesignForm = { ...filled(), source: 'file', templateYaml: 'key: demo\n', templateFileName: 'demo.yaml' };
    expect(toSetUpInput(form)).toEqual({ template: 'key: demo\n' });
    expect(missingFields({ ...emptyDesign(), source: 'file' })).toEqual(['请选择模板文件（.yaml）']);
    expect(missingFields(form)).toEqual([]);
  });

  it('reads YAML files only; a spreadsheet is imported under 指标体系 first', () => {
    expect(templateFileProblem('沙坪坝.yaml')).toBeNull();
    expect(templateFileProblem('demo.YML')).toBeNull();
    expect(templateFileProblem('任务分解表.xlsx')).toContain('指标体系 → 导入');
    expect(templateFileProblem('notes.txt')).toBe('请选择 YAML 模板文件（.yaml 或 .yml）');
  });

  it('says what is missing, in the order of the form', () => {
    expect(missingFields(emptyDesign())).toEqual(['请选择指标体系模板', '请填写创建工作名称', '请选择目标认定日期']);
    expect(missingFields(filled())).toEqual([]);
    expect(missingFields({ ...filled(), mode: 'dates' })).toEqual(['请为每个阶段选择开始和结束日期']);
    expect(missingFields({ ...filled(), dueDates: [{ scope: 'indicator', target: '', dueOn: '2026-05-31' }] })).toEqual(['批量截止日期的每一行都要有对象和日期']);
  });

  it('names the department that does the organisation’s own work only when one is chosen', () => {
    expect(toSetUpInput(filled())).not.toHaveProperty('officeDepartmentId');
    expect(toSetUpInput({ ...filled(), officeDepartmentId: 'd-kexie' })).toMatchObject({ officeDepartmentId: 'd-kexie' });
  });

  it('asks for participants only when the switch is on, with the level that may apply if one is chosen', () => {
    expect(toSetUpInput(filled())).not.toHaveProperty('participation');
    expect(toSetUpInput({ ...filled(), applicantLevel: 'county' })).not.toHaveProperty('participation');
    expect(toSetUpInput({ ...filled(), hasParticipants: true, applicantLevel: 'county' })).toMatchObject({ participation: { applicantLevel: 'county' } });
    // Invited units only: participants, nobody applies.
    expect(toSetUpInput({ ...filled(), hasParticipants: true })).toMatchObject({ participation: {} });
    // The participants' workflow only when one is chosen (else the organisation's default participant.yaml).
    expect(toSetUpInput({ ...filled(), hasParticipants: true })).not.toHaveProperty('participation.workflowDefinitionId');
    expect(toSetUpInput({ ...filled(), hasParticipants: true, applicantLevel: 'county', participantWorkflowDefinitionId: 'w-p' })).toMatchObject({
      participation: { applicantLevel: 'county', workflowDefinitionId: 'w-p' },
    });
    expect(toSetUpInput({ ...filled(), participantWorkflowDefinitionId: 'w-p' })).not.toHaveProperty('participation');
  });

  it('sends back-scheduling as target date and phase lengths', () => {
    expect(toSetUpInput({ ...filled(), dueDates: [{ scope: 'rule', target: ' 1.1 ', dueOn: '2026-04-30' }] })).toEqual({
      templateId: 't-1',
      name: '沙坪坝区创建2026—2030年度全国科普示范区',
      backSchedule: {
        targetDate: '2027-01-31',
        phases: [
          { key: 'preparation', name: '筹备阶段', days: 90 },
          { key: 'creation', name: '创建阶段', days: 240 },
          { key: 'accreditation', name: '认定阶段', days: 60 },
        ],
      },
      taskPhaseKey: 'creation',
      dueDates: [{ scope: 'rule', target: '1.1', dueOn: '2026-04-30' }],
    });
  });

  it('sends phases with dates, and the chosen workflows and key', () => {
    const form: CampaignDesignForm = {
      ...filled(),
      mode: 'dates',
      key: 'spb-2026',
      workflowDefinitionId: 'w-c',
      taskWorkflowDefinitionId: 'w-t',
      phases: [{ key: 'self', name: '自查阶段', days: 0, startsOn: '2026-01-01', endsOn: '2026-06-30' }],
      taskPhaseKey: 'self',
    };
    expect(toSetUpInput(form)).toEqual({
      templateId: 't-1',
      name: '沙坪坝区创建2026—2030年度全国科普示范区',
      key: 'spb-2026',
      workflowDefinitionId: 'w-c',
      taskWorkflowDefinitionId: 'w-t',
      phases: [{ key: 'self', name: '自查阶段', startsOn: '2026-01-01', endsOn: '2026-06-30' }],
      taskPhaseKey: 'self',
    });
  });
});

describe('preview', () => {
  const preview = {
    existingCampaignId: null,
    templateId: 't-1',
    templateKey: 'shapingba-2021-2025',
    templateVersion: 1,
    templateName: '任务分解表',
    workflowDefinition: { id: 'w-c', key: 'campaign', version: 2, name: '示范区创建' },
    taskWorkflowDefinition: { id: 'w-t', key: 'task', version: 1, name: '任务办理' },
    phases: [
      { key: 'preparation', name: '筹备阶段', startsOn: '2025-12-01', endsOn: '2026-03-31' },
      { key: 'creation', name: '创建阶段', startsOn: '2026-04-01', endsOn: '2026-11-30' },
    ],
    taskPhaseKey: 'creation',
    defaultDueOn: '2026-11-30',
    taskCount: 120,
    departmentCount: 40,
    ruleCount: 55,
    rulesWithoutTasks: [],
    dueDates: [
      { dueOn: '2026-03-31', tasks: 20 },
      { dueOn: '2026-11-30', tasks: 100 },
      { dueOn: '2027-03-01', tasks: 0 },
    ],
    tasks: [],
  } as SetUpPreview;

  it('sums up N tasks for M departments', () => {
    expect(previewSummary(preview)).toBe('将生成 120 项任务，涉及 40 个部门（55 条评分规则）');
    expect(previewSummary({ ...preview, rulesWithoutTasks: ['9.9'] })).toContain('1 条评分规则没有责任部门');
  });

  it('says so when a template file’s campaign was set up already (nothing would change)', () => {
    expect(previewSummary({ ...preview, existingCampaignId: 'c-1', taskCount: 0 })).toBe('该模板文件对应的创建工作已经设置过：再次设置不会做任何修改，也不会生成任务');
  });

  it('puts each due date in its phase', () => {
    expect(tasksByPhase(preview)).toEqual([
      { phase: '筹备阶段', dueOn: '2026-03-31', tasks: 20 },
      { phase: '创建阶段', dueOn: '2026-11-30', tasks: 100 },
      { phase: '阶段之外', dueOn: '2027-03-01', tasks: 0 },
    ]);
  });
});
