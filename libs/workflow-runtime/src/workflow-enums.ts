import { registerEnumType } from '@nestjs/graphql';
import { CAMPAIGN_VIEWS, type CampaignView } from '@accredit/api-kit';
import type { EffectName, RefusalCode } from '@accredit/workflow-engine';
import type { SubjectType } from './workflow-subject';

/*
 * The closed sets of the workflow runtime as GraphQL enums; each name is the value itself, so
 * the wire values did not change when these fields stopped being free strings.
 */

/**
 * The objects the runtime can move through a workflow (one subject adapter each). A definition
 * naming another entity type is refused on upload and at start-up, so every stored one is one of these.
 */
export const WorkflowSubjectTypeEnum: { [K in SubjectType]: K } = { campaign: 'campaign', participant: 'participant', task: 'task' };
registerEnumType(WorkflowSubjectTypeEnum, {
  name: 'WorkflowSubjectType',
  description: '按流程流转的对象类型',
  valuesMap: {
    campaign: { description: '创建工作' },
    participant: { description: '参与单位（参与一项创建工作的单位）' },
    task: { description: '任务' },
  },
});

export const TransitionRefusalCodeEnum: { [K in RefusalCode]: K } = { FORBIDDEN: 'FORBIDDEN', TRANSITION_NOT_ALLOWED: 'TRANSITION_NOT_ALLOWED' };
registerEnumType(TransitionRefusalCodeEnum, {
  name: 'TransitionRefusalCode',
  description: '操作不能执行的原因类别',
  valuesMap: {
    FORBIDDEN: { description: '当前角色不能执行' },
    TRANSITION_NOT_ALLOWED: { description: '条件不满足' },
  },
});

export const CampaignViewEnum = Object.fromEntries(CAMPAIGN_VIEWS.map((view) => [view, view])) as { [K in CampaignView]: K };
registerEnumType(CampaignViewEnum, {
  name: 'CampaignView',
  description: '按创建工作指派的流程角色可查看的内容',
  valuesMap: {
    campaign: { description: '创建工作及其文件' },
    tasks: { description: '任务列表' },
    history: { description: '流程状态与流转记录' },
  },
});

/** The effects a transition can run: named by the registry in @accredit/workflow-engine, so a closed set. */
export const WorkflowEffectTypeEnum: { [K in EffectName]: K } = { notify: 'notify', setDueDate: 'setDueDate', snapshotScores: 'snapshotScores', setOutcome: 'setOutcome' };
registerEnumType(WorkflowEffectTypeEnum, {
  name: 'WorkflowEffectType',
  description: '流转执行的动作（流程定义 effects 中的名称）',
  valuesMap: {
    notify: { description: '通知相关角色' },
    setDueDate: { description: '设置截止日期' },
    snapshotScores: { description: '保存评分快照' },
    setOutcome: { description: '记录结果（如推荐、命名）' },
  },
});
