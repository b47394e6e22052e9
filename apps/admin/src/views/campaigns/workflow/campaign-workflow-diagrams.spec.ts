import { setLogVerbosity, type Operation } from '@apollo/client/core';
import { describe, expect, it, vi } from 'vitest';
import {
  AvailableTransitionsDocument,
  CampaignListDocument,
  CampaignRequiredDocumentsDocument,
  CampaignRoleAssignmentsDocument,
  CampaignWorkflowDefinitionsDocument,
  CampaignWorkflowDocument,
  TransitionHistoryDocument,
} from '../../../graphql/generated/graphql';
import { answerFor, type Answer } from '../../../testing/fake-api';
import { mountAdminAt } from '../../../testing/mount-admin';

// 创建流程 draws the two workflows the campaign pinned at set-up, read through the campaign's
// links: never the organisation's current task workflow (a district that uploaded task v3 still
// runs this campaign on v2), and never a definition looked up again by a "key vN" string.

setLogVerbosity('error');

const diagram = (key: string, version: number, name: string, edgeLabel: string) => ({
  id: `wf-${key}-${version}`,
  key,
  version,
  name,
  fileName: `${key}.yaml`,
  graph: {
    nodes: [
      { id: 'start', label: '开始', parent: null, initial: true, final: false },
      { id: 'end', label: '结束', parent: null, initial: false, final: true },
    ],
    edges: [{ id: 'start:go', from: 'start', to: 'end', event: 'go', label: edgeLabel }],
  },
});

function answers(operation: Operation): Answer | undefined {
  switch (operation.operationName) {
    case 'CampaignList':
      return answerFor(CampaignListDocument, {
        campaigns: [{ id: 'c1', name: '沙坪坝区创建全国科普示范区', state: 'start', totalScore: 100, hasParticipants: false, applicantLevel: null, parentCampaignId: null }],
      });
    case 'CampaignWorkflow':
      return answerFor(CampaignWorkflowDocument, {
        campaign: { id: 'c1', name: '沙坪坝区创建全国科普示范区', state: 'start', stateLabel: '开始', version: 1, taskStates: [], phases: [], documents: [] },
      });
    case 'CampaignWorkflowDefinitions':
      return answerFor(CampaignWorkflowDefinitionsDocument, {
        campaign: { id: 'c1', workflowDefinition: diagram('campaign', 2, '创建工作流程', '申报认定'), taskWorkflowDefinition: diagram('task', 2, '任务流程', '撤回申请') },
      });
    case 'AvailableTransitions':
      return answerFor(AvailableTransitionsDocument, { availableTransitions: [] });
    case 'TransitionHistory':
      return answerFor(TransitionHistoryDocument, { transitionHistory: [] });
    case 'CampaignRoleAssignments':
      return answerFor(CampaignRoleAssignmentsDocument, { campaignRoleAssignments: { declared: [], assignments: [] } });
    case 'CampaignRequiredDocuments':
      return answerFor(CampaignRequiredDocumentsDocument, { campaign: { id: 'c1', name: '沙坪坝区创建全国科普示范区', stateLabel: '开始', requiredDocuments: [] } });
  }
  return undefined;
}

describe('创建流程: the diagrams of the pinned workflows', { timeout: 30_000 }, () => {
  it('draws the campaign’s own workflow and its task workflow from the campaign’s links', async () => {
    const { w, calls } = await mountAdminAt('/campaigns/workflow?campaign=c1', answers);
    await vi.waitFor(() => expect(w.findAll('[data-test="workflow-diagram"]')).toHaveLength(2), { timeout: 10_000 });
    const [own, tasks] = w.findAll('[data-test="workflow-diagram"]');
    expect(own!.get('[data-edge="start:go"]').text()).toBe('申报认定');
    expect(tasks!.get('[data-edge="start:go"]').text()).toBe('撤回申请');
    expect(w.text()).toContain('创建工作流程（campaign v2，campaign.yaml）');
    // The definitions come with the campaign: nothing asks for a definition by key.
    expect(calls.map((call) => call.operationName)).not.toContain('WorkflowDefinition');
    expect(calls.find((call) => call.operationName === 'CampaignWorkflowDefinitions')!.variables).toEqual({ id: 'c1' });
  });
});
