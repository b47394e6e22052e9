import { registerEnumType } from '@nestjs/graphql';
import type { DueDateScope } from '@accredit/campaign-planning';
import type { PlanChangeSubject } from './campaign-plan-change.entity';

/* The closed sets of campaign planning as GraphQL enums; each name is the stored value. */

export const DueDateScopeEnum: { [K in DueDateScope]: K } = { indicator: 'indicator', department: 'department', rule: 'rule' };
registerEnumType(DueDateScopeEnum, {
  name: 'DueDateScope',
  description: '批量设置截止日期的范围',
  valuesMap: {
    indicator: { description: '某指标（含下级）的全部任务；target 为指标编号' },
    department: { description: '某部门的全部任务；target 为部门编号' },
    rule: { description: '某条评分规则的全部任务；target 为评分规则编号' },
  },
});

export const PlanChangeSubjectEnum: { [K in PlanChangeSubject]: K } = { phase: 'phase', task: 'task' };
registerEnumType(PlanChangeSubjectEnum, {
  name: 'PlanChangeSubject',
  description: '计划调整的对象',
  valuesMap: {
    phase: { description: '阶段' },
    task: { description: '任务' },
  },
});

/** Which date a re-plan changed. */
export type PlanChangeField = 'startsOn' | 'endsOn' | 'dueOn';
export const PlanChangeFieldEnum: { [K in PlanChangeField]: K } = { startsOn: 'startsOn', endsOn: 'endsOn', dueOn: 'dueOn' };
registerEnumType(PlanChangeFieldEnum, {
  name: 'PlanChangeField',
  description: '计划调整改动的日期',
  valuesMap: {
    startsOn: { description: '开始日期（阶段）' },
    endsOn: { description: '结束日期（阶段）' },
    dueOn: { description: '截止日期（任务）' },
  },
});

/** The levels participants can be summed up by (participantsByRegion): the region above a county. */
export type RegionLevel = 'province' | 'city';
export const RegionLevelEnum: { [K in RegionLevel]: K } = { province: 'province', city: 'city' };
registerEnumType(RegionLevelEnum, {
  name: 'RegionLevel',
  description: '参与单位汇总的层级',
  valuesMap: { province: { description: '按省' }, city: { description: '按市' } },
});
