import { setLogVerbosity, type Operation } from '@apollo/client/core';
import { flushPromises, type VueWrapper } from '@vue/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  CampaignListDocument,
  CampaignTemplateChoicesDocument,
  DepartmentsDocument,
  PreviewCampaignSetUpDocument,
  SetUpCampaignDocument,
  WorkflowDefinitionsDocument,
} from '../../../graphql/generated/graphql';
import { answerFor, apiError, type Answer, onePage } from '../../../testing/fake-api';
import { mountAdminAt } from '../../../testing/mount-admin';
import { at } from '../../../testing/at';

// 新建创建工作 in the whole admin (router, guard, layout, Apollo) against a fake API.

setLogVerbosity('error');

const TEMPLATE = {
  __typename: 'CampaignTemplateChoice' as const,
  id: 't-1',
  key: 'shapingba-2021-2025',
  version: 1,
  name: '沙坪坝区创建2021—2025年度全国科普示范区任务分解表',
  source: null,
  ownerId: null,
};

const PREVIEW = {
  __typename: 'CampaignSetUpPreview' as const,
  existingCampaignId: null,
  templateId: 't-1',
  templateKey: 'shapingba-2021-2025',
  templateVersion: 1,
  templateName: TEMPLATE.name,
  workflowDefinition: { __typename: 'WorkflowDefinition' as const, id: 'w-c2', key: 'campaign', version: 2, name: '示范区创建' },
  taskWorkflowDefinition: { __typename: 'WorkflowDefinition' as const, id: 'w-t1', key: 'task', version: 1, name: '任务办理' },
  phases: [
    { __typename: 'PlannedCampaignPhase' as const, key: 'preparation', name: '筹备阶段', startsOn: '2025-12-01', endsOn: '2026-02-28' },
    { __typename: 'PlannedCampaignPhase' as const, key: 'creation', name: '创建阶段', startsOn: '2026-03-01', endsOn: '2026-10-26' },
    { __typename: 'PlannedCampaignPhase' as const, key: 'accreditation', name: '认定阶段', startsOn: '2026-10-27', endsOn: '2026-12-25' },
  ],
  taskPhaseKey: 'creation',
  defaultDueOn: '2026-10-26',
  taskCount: 2,
  departmentCount: 2,
  ruleCount: 55,
  rulesWithoutTasks: [],
  dueDates: [{ __typename: 'PlannedDueDate' as const, dueOn: '2026-10-26', tasks: 2 }],
  tasks: [
    {
      __typename: 'PlannedTask' as const,
      ruleCode: '1.1',
      ruleText: '深化改革实施方案1分',
      indicatorCode: '1',
      departmentId: 'd-1',
      departmentName: '区委办',
      role: 'lead' as const,
      dueOn: '2026-10-26',
    },
    {
      __typename: 'PlannedTask' as const,
      ruleCode: '1.2',
      ruleText: '列入县级“十四五”规划1分',
      indicatorCode: '1',
      departmentId: 'd-2',
      departmentName: '区发改委',
      role: 'lead' as const,
      dueOn: '2026-10-26',
    },
  ],
};

const PARTICIPANT_WORKFLOW = {
  __typename: 'WorkflowDefinition' as const,
  id: 'w-p2',
  key: 'participant',
  version: 2,
  name: '先选定选做项再申报',
  entityType: 'participant' as const,
  fileName: 'participant.yaml',
  checksum: 'c',
  createdAt: '2026-12-01T00:00:00Z',
  source: 'key: participant',
  ownerId: 'o-1',
  ownerName: '本单位',
  shareWithDescendants: false,
  graph: { __typename: 'WorkflowGraph' as const, nodes: [], edges: [] },
};

function answers(preview: () => Answer) {
  return (operation: Operation): Answer | undefined => {
    switch (operation.operationName) {
      case 'CampaignList':
        return answerFor(CampaignListDocument, { campaigns: [] });
      case 'CampaignTemplateChoices':
        return answerFor(CampaignTemplateChoicesDocument, { campaignTemplateChoices: [TEMPLATE] });
      case 'WorkflowDefinitions':
        return answerFor(WorkflowDefinitionsDocument, { workflowDefinitions: [PARTICIPANT_WORKFLOW] });
      case 'Departments':
        return answerFor(DepartmentsDocument, { departments: onePage([]) });
      case 'PreviewCampaignSetUp':
        return preview();
      case 'SetUpCampaign':
        return answerFor(SetUpCampaignDocument, { setUpCampaign: { campaignId: 'c-new', created: true, tasks: 2 } });
    }
  };
}

async function openDesigner(preview: () => Answer) {
  const { w: wrapper, admin, api } = await mountAdminAt('/campaigns/designer', answers(preview));
  await flushPromises();
  return { w: wrapper, router: admin.router, calls: api.calls };
}

async function chooseTemplate(w: VueWrapper): Promise<void> {
  await w.get('[data-test="template"]').trigger('click');
  await vi.waitFor(() => expect(document.querySelectorAll('.el-select-dropdown__item').length).toBeGreaterThan(0));
  (document.querySelector('.el-select-dropdown__item') as HTMLElement).click();
  await flushPromises();
}

async function setTargetDate(w: VueWrapper, date: string): Promise<void> {
  const input = w.get('[data-test="target-date"] input');
  await input.setValue(date);
  await input.trigger('change');
  await flushPromises();
}

describe('新建创建工作', { timeout: 30_000 }, () => {
  it('says what is missing before asking the API', async () => {
    const { w, calls } = await openDesigner(() => answerFor(PreviewCampaignSetUpDocument, { previewCampaignSetUp: PREVIEW }));
    await w.get('[data-test="preview"]').trigger('click');
    await vi.waitFor(() => expect(w.find('[data-test="designer-error"]').exists()).toBe(true));
    expect(w.get('[data-test="designer-error"]').text()).toContain('请选择指标体系模板');
    expect(calls.some((c) => c.operationName === 'PreviewCampaignSetUp')).toBe(false);
  });

  it('back-schedules from the target date, previews N tasks for M departments, then creates and opens its task table', async () => {
    const { w, router, calls } = await openDesigner(() => answerFor(PreviewCampaignSetUpDocument, { previewCampaignSetUp: PREVIEW }));
    await chooseTemplate(w);
    // The name comes from the template (without 任务分解表).
    expect((w.get('[data-test="name"]').element as HTMLInputElement).value).toBe('沙坪坝区创建2021—2025年度全国科普示范区');
    await setTargetDate(w, '2026-12-25');
    await w.get('[data-test="preview"]').trigger('click');
    await vi.waitFor(() => expect(w.find('[data-test="preview-summary"]').exists()).toBe(true));
    expect(w.get('[data-test="preview-summary"]').text()).toBe('将生成 2 项任务，涉及 2 个部门（55 条评分规则）');
    // Left at 本单位默认: the preview names the workflows the campaign would pin.
    expect(w.get('[data-test="preview-workflows"]').text()).toBe('创建工作流程：示范区创建（campaign v2）；任务流程：任务办理（task v1）');
    expect(w.get('[data-test="preview-tasks"]').text()).toContain('区发改委');
    const sent = calls.find((c) => c.operationName === 'PreviewCampaignSetUp')!.variables['input'];
    expect(sent).toMatchObject({
      templateId: 't-1',
      backSchedule: {
        targetDate: '2026-12-25',
        phases: [
          { key: 'preparation', days: 90 },
          { key: 'creation', days: 240 },
          { key: 'accreditation', days: 60 },
        ],
      },
      taskPhaseKey: 'creation',
    });

    await w.get('[data-test="create"]').trigger('click');
    await vi.waitFor(() => expect(router.currentRoute.value.path).toBe('/tasks'), { timeout: 20_000 });
    expect(router.currentRoute.value.query['campaign']).toBe('c-new');
    expect(calls.find((c) => c.operationName === 'SetUpCampaign')!.variables['input']).toEqual(sent);
  });

  it('with participants, offers the participant workflows the organisation may use and sends the chosen one', async () => {
    const { w, calls } = await openDesigner(() => answerFor(PreviewCampaignSetUpDocument, { previewCampaignSetUp: PREVIEW }));
    await chooseTemplate(w);
    await setTargetDate(w, '2026-12-25');
    expect(w.find('[data-test="participant-workflow"]').exists()).toBe(false);
    await w.get('[data-test="has-participants"]').trigger('click');
    await flushPromises();
    await w.get('[data-test="participant-workflow"]').trigger('click');
    await vi.waitFor(() => expect([...document.querySelectorAll('.el-select-dropdown__item')].some((item) => item.textContent === '先选定选做项再申报（participant v2）')).toBe(true));
    ([...document.querySelectorAll('.el-select-dropdown__item')].find((item) => item.textContent === '先选定选做项再申报（participant v2）') as HTMLElement).click();
    await flushPromises();
    await w.get('[data-test="preview"]').trigger('click');
    await vi.waitFor(() => expect(calls.some((c) => c.operationName === 'PreviewCampaignSetUp')).toBe(true));
    expect(calls.find((c) => c.operationName === 'PreviewCampaignSetUp')!.variables['input']).toMatchObject({ participation: { workflowDefinitionId: 'w-p2' } });
  });

  it('previews and creates from a template file (YAML): the file says name, phases and dates; nothing is saved before 创建', async () => {
    const { w, router, calls } = await openDesigner(() => answerFor(PreviewCampaignSetUpDocument, { previewCampaignSetUp: PREVIEW }));
    (at(w.findAll('[data-test="template-source"] input'), 1).element as HTMLInputElement).click();
    await flushPromises();
    // The phases and due dates are the file's: their panels are gone.
    expect(w.find('[data-test="phases"]').exists()).toBe(false);
    const yaml = 'key: spb-2026\ncampaign:\n  name: 沙坪坝区\n';
    const input = w.get('[data-test="template-file"]');
    Object.defineProperty(input.element, 'files', { value: [new File([yaml], '沙坪坝区.yaml', { type: 'application/yaml' })] });
    await input.trigger('change');
    await vi.waitFor(() => expect(w.find('[data-test="template-file-name"]').exists()).toBe(true));
    await w.get('[data-test="preview"]').trigger('click');
    await vi.waitFor(() => expect(w.find('[data-test="preview-summary"]').exists()).toBe(true));
    expect(calls.find((c) => c.operationName === 'PreviewCampaignSetUp')!.variables['input']).toEqual({ template: yaml });
    expect(calls.some((c) => c.operationName === 'SetUpCampaign')).toBe(false);
    await w.get('[data-test="create"]').trigger('click');
    await vi.waitFor(() => expect(router.currentRoute.value.path).toBe('/tasks'), { timeout: 20_000 });
    expect(calls.find((c) => c.operationName === 'SetUpCampaign')!.variables['input']).toEqual({ template: yaml });
  });

  it('sends a spreadsheet to 指标体系 import instead of reading it here', async () => {
    const { w, calls } = await openDesigner(() => answerFor(PreviewCampaignSetUpDocument, { previewCampaignSetUp: PREVIEW }));
    (at(w.findAll('[data-test="template-source"] input'), 1).element as HTMLInputElement).click();
    await flushPromises();
    const input = w.get('[data-test="template-file"]');
    Object.defineProperty(input.element, 'files', { value: [new File(['x'], '任务分解表.xlsx')] });
    await input.trigger('change');
    await vi.waitFor(() => expect(w.find('[data-test="designer-error"]').exists()).toBe(true));
    expect(w.get('[data-test="designer-error"]').text()).toContain('指标体系 → 导入');
    await w.get('[data-test="preview"]').trigger('click');
    await flushPromises();
    expect(calls.some((c) => c.operationName === 'PreviewCampaignSetUp')).toBe(false);
  });

  it("shows the API's refusal (overlapping phases …) and creates nothing", async () => {
    const { w, calls } = await openDesigner(() => apiError('计划有 1 处问题，请改正后重试：\n阶段「创建阶段」与前一阶段重叠', 'VALIDATION'));
    await chooseTemplate(w);
    await setTargetDate(w, '2026-12-25');
    await w.get('[data-test="preview"]').trigger('click');
    await vi.waitFor(() => expect(w.find('[data-test="designer-error"]').exists()).toBe(true));
    expect(w.get('[data-test="designer-error"]').text()).toContain('重叠');
    expect(w.get('[data-test="create"]').attributes('disabled')).toBeDefined();
    expect(calls.some((c) => c.operationName === 'SetUpCampaign')).toBe(false);
  });
});

describe('新建创建工作 in English', { timeout: 30_000 }, () => {
  const CJK = /[\u3400-\u9fff\u3000-\u303f\uff01-\uff5e]/u;
  afterEach(() => localStorage.clear());

  it('shows the whole wizard, its checks and the tab title in English', async () => {
    localStorage.setItem('accredit.locale', 'en');
    const { w } = await openDesigner(() => answerFor(PreviewCampaignSetUpDocument, { previewCampaignSetUp: PREVIEW }));
    await w.get('[data-test="preview"]').trigger('click');
    await vi.waitFor(() => expect(w.find('[data-test="designer-error"]').exists()).toBe(true));
    expect(w.get('[data-test="designer-error"]').text()).toBe('Choose an indicator template; Enter the campaign name; Choose the target accreditation date');
    const main = w.get('.layout__main').text();
    expect(main).toContain('1. Template and workflows');
    expect(main).toContain('Plan back from a target date');
    expect(main).toContain('Tasks due in this phase');
    expect(main.match(new RegExp(`.{0,12}${CJK.source}+.{0,12}`, 'gu')) ?? []).toEqual([]);
    // The default phases are named in the interface language too (they can be renamed).
    const phaseNames = w.findAll('[data-test="phases"] .el-table__body tr').map((row) => (row.findAll('input')[1]?.element as HTMLInputElement | undefined)?.value);
    expect(phaseNames).toEqual(['Preparation', 'Creation', 'Accreditation']);
    expect(document.title).toBe('New campaign - Science Popularisation Demonstration District Platform');
  });
});
