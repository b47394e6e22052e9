import { Module } from '@nestjs/common';
import { CAMPAIGN_WORKFLOW_VOCABULARY } from '@accredit/campaigns';
import { TASK_STATE_VOCABULARY } from '@accredit/tasks';
import { CampaignWorkflowVocabularyService } from './campaign-workflow-vocabulary.service';
import { TaskStateVocabularyService } from './task-state-vocabulary.service';
import { WorkflowDefinitionsService } from './workflow-definitions.service';
import { WorkflowLabelsService } from './workflow-labels.service';

/**
 * The stored workflow definitions and what they say about campaigns and tasks, without the
 * runtime (transitions, effects, scheduling). Modules that only read definitions import this;
 * the app hands the two vocabularies to tasks and campaigns, which sit below this library.
 */
@Module({
  providers: [
    WorkflowDefinitionsService,
    WorkflowLabelsService,
    TaskStateVocabularyService,
    { provide: TASK_STATE_VOCABULARY, useExisting: TaskStateVocabularyService },
    CampaignWorkflowVocabularyService,
    { provide: CAMPAIGN_WORKFLOW_VOCABULARY, useExisting: CampaignWorkflowVocabularyService },
  ],
  exports: [WorkflowDefinitionsService, WorkflowLabelsService, TaskStateVocabularyService, TASK_STATE_VOCABULARY, CampaignWorkflowVocabularyService, CAMPAIGN_WORKFLOW_VOCABULARY],
})
export class WorkflowDefinitionsModule {}
