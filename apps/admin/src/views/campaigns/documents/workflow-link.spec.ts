import { setLogVerbosity, type Operation } from '@apollo/client/core';
import { describe, expect, it, vi } from 'vitest';
import {
  AvailableTransitionsDocument,
  CampaignListDocument,
  CampaignRequiredDocumentsDocument,
  CampaignRoleAssignmentsDocument,
  CampaignWorkflowDocument,
  TransitionHistoryDocument,
} from '../../../graphql/generated/graphql';
import { answerFor, type Answer } from '../../../testing/fake-api';
import { mountAdminAt } from '../../../testing/mount-admin';

// 创建流程: 申报认定 refused for the missing 自评报告 offers 「去上传自评报告」, which opens 创建文件
// for the same campaign (issue 14: no dead end).

setLogVerbosity('error');

function answers(hasFile: boolean) {
  // The diagrams and counts are not what this spec is about: left to mountAdminAt, which refuses them.
  return (operation: Operation): Answer | undefined => {
    switch (operation.operationName) {
      case 'CampaignList':
        return answerFor(CampaignListDocument, {
          campaigns: [{ id: 'c1', name: '沙坪坝区创建全国科普示范区', state: 'creation.evidence', totalScore: 100, hasParticipants: false, applicantLevel: null, parentCampaignId: null }],
        });
      case 'CampaignWorkflow':
        return answerFor(CampaignWorkflowDocument, {
          campaign: { id: 'c1', name: '沙坪坝区创建全国科普示范区', state: 'creation.evidence', stateLabel: '完善佐证材料及自评报告', version: 3, taskStates: [], phases: [], documents: [] },
        });
      case 'AvailableTransitions':
        return answerFor(AvailableTransitionsDocument, {
          availableTransitions: [
            {
              event: 'submit-for-accreditation',
              label: '申报认定',
              allowed: hasFile,
              available: true,
              needsComment: false,
              confirm: null,
              to: 'accreditation',
              toLabel: '认定',
              code: hasFile ? null : 'TRANSITION_NOT_ALLOWED',
              reasons: hasFile ? [] : ['不能申报认定：尚未上传自评报告'],
            },
          ],
        });
      case 'TransitionHistory':
        return answerFor(TransitionHistoryDocument, { transitionHistory: [] });
      case 'CampaignRoleAssignments':
        return answerFor(CampaignRoleAssignmentsDocument, { campaignRoleAssignments: { declared: [], assignments: [] } });
      case 'CampaignRequiredDocuments':
        return answerFor(CampaignRequiredDocumentsDocument, {
          campaign: {
            id: 'c1',
            name: '沙坪坝区创建全国科普示范区',
            stateLabel: '完善佐证材料及自评报告',
            requiredDocuments: [{ kind: 'self-assessment', label: '自评报告', neededBy: [{ event: 'submit-for-accreditation', label: '申报认定', needsFile: false }], document: null, versions: [] }],
          },
        });
    }
  };
}

describe('创建流程 → 创建文件', { timeout: 30_000 }, () => {
  it('links a transition refused for the missing 自评报告 to the upload, for the same campaign', async () => {
    const { w, admin } = await mountAdminAt('/campaigns/workflow?campaign=c1', answers(false));
    await vi.waitFor(() => expect(w.find('[data-test="upload-document-self-assessment"]').exists()).toBe(true), { timeout: 10_000 });
    expect(w.get('[data-test="upload-document-self-assessment"]').text()).toBe('去上传自评报告');
    await w.get('[data-test="upload-document-self-assessment"]').trigger('click');
    await vi.waitFor(() => expect(admin.router.currentRoute.value.name).toBe('campaign-documents'), { timeout: 10_000 });
    expect(admin.router.currentRoute.value.query).toEqual({ campaign: 'c1', document: 'self-assessment' });
  });

  it('offers no link once the transition is allowed', async () => {
    const { w } = await mountAdminAt('/campaigns/workflow?campaign=c1', answers(true));
    await vi.waitFor(() => expect(w.find('[data-test="campaign-action-submit-for-accreditation"]').exists()).toBe(true), { timeout: 10_000 });
    expect(w.find('[data-test="upload-document-self-assessment"]').exists()).toBe(false);
  });
});
