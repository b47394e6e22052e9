export * from './workflow-definition.entity';
export * from './transition-log.entity';
export * from './campaign-role-assignment.entity';
export * from './runtime-ports';
export * from './workflow-subject';
export * from './workflow-definitions.service';
export * from './workflow.service';
export * from './scheduled-transitions.service';
export * from './system-actor';
export * from './workflow-runtime.module';
export * from './task-state-vocabulary.service';
export * from './to-available-transition-models';
export { AvailableTransitionModel } from './workflow.model';

import { TransitionLog } from './transition-log.entity';
import { WorkflowDefinitionRecord } from './workflow-definition.entity';
import { CampaignRoleAssignment } from './campaign-role-assignment.entity';
export const WORKFLOW_ENTITIES = [WorkflowDefinitionRecord, TransitionLog, CampaignRoleAssignment];
export * from './workflow-enums';
