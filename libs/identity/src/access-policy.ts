import type { CampaignView, Role } from '@accredit/api-kit';

/**
 * Who may call each GraphQL operation: the one table of access rules. An operation missing
 * here is refused for everyone (and the access-matrix suite fails), so a new operation cannot
 * ship without a rule. Which rows a permitted caller then sees is decided by query scoping
 * in the services (organisation, and department for liaisons).
 */
export type AccessRule = { public: true } | { authenticated: true } | { roles: readonly Role[]; campaignView?: CampaignView };

const READERS: readonly Role[] = ['office_admin', 'liaison', 'supervisor', 'expert'];
const DIRECTORY_READERS: readonly Role[] = [...READERS, 'system_admin'];
const USER_ADMINS: readonly Role[] = ['office_admin', 'system_admin'];
/** Who may add, replace and delete evidence (supervisors and experts only read). */
const EVIDENCE_EDITORS: readonly Role[] = ['office_admin', 'liaison'];

export const ACCESS_POLICY: Readonly<Record<string, AccessRule>> = {
  // identity
  'Mutation.login': { public: true },
  'Mutation.logout': { authenticated: true },
  'Mutation.changePassword': { authenticated: true },
  'Query.me': { authenticated: true },
  // user administration
  'Query.users': { roles: USER_ADMINS },
  'Query.grantableRoles': { roles: USER_ADMINS },
  'Mutation.createUser': { roles: USER_ADMINS },
  'Mutation.setUserDisabled': { roles: USER_ADMINS },
  'Mutation.resetUserPassword': { roles: USER_ADMINS },
  'Mutation.assignUserDepartment': { roles: USER_ADMINS },
  'Mutation.setUserRoles': { roles: USER_ADMINS },
  'Mutation.unlockUser': { roles: USER_ADMINS },
  // the organisation tree: the system admin keeps it; office admins read their own subtree;
  // everyone reads their own organisation and its ancestors (names for the header)
  'Query.organisations': { roles: USER_ADMINS },
  'Query.organisation': { roles: USER_ADMINS },
  'Query.myOrganisation': { authenticated: true },
  'Mutation.createOrganisation': { roles: ['system_admin'] },
  'Mutation.renameOrganisation': { roles: ['system_admin'] },
  'Mutation.moveOrganisation': { roles: ['system_admin'] },
  'Mutation.setOrganisationDisabled': { roles: ['system_admin'] },
  // organisation directory
  'Query.departments': { roles: DIRECTORY_READERS },
  'Query.departmentGroups': { roles: DIRECTORY_READERS },
  'Mutation.createDepartment': { roles: ['office_admin'] },
  'Mutation.updateDepartment': { roles: ['office_admin'] },
  'Mutation.setGroupMembers': { roles: ['office_admin'] },
  'Mutation.createDepartmentGroup': { roles: ['office_admin'] },
  'Mutation.updateDepartmentGroup': { roles: ['office_admin'] },
  'Mutation.deleteDepartmentGroup': { roles: ['office_admin'] },
  // department kinds: an office admin keeps their organisation's own, the platform admin the platform's
  'Query.departmentKinds': { roles: DIRECTORY_READERS },
  'Mutation.createDepartmentKind': { roles: USER_ADMINS },
  'Mutation.updateDepartmentKind': { roles: USER_ADMINS },
  'Mutation.deleteDepartmentKind': { roles: USER_ADMINS },
  // campaigns and tasks
  // campaignView: also a holder of a workflow-declared role whose definition grants that view,
  // for the campaigns they are assigned in only (the services scope the rows)
  'Query.campaigns': { roles: READERS, campaignView: 'campaign' },
  'Query.campaign': { roles: READERS, campaignView: 'campaign' },
  'Query.tasks': { roles: READERS, campaignView: 'tasks' },
  'Query.notifications': { authenticated: true },
  'Query.unreadNotificationCount': { authenticated: true },
  'Mutation.markNotificationsRead': { authenticated: true },
  // campaign set-up and documents
  'Mutation.setUpCampaign': { roles: ['office_admin', 'system_admin'] },
  'Query.previewCampaignSetUp': { roles: ['office_admin'] },
  'Query.campaignTemplateChoices': { roles: ['office_admin'] },
  'Mutation.replanCampaign': { roles: ['office_admin'] },
  'Query.campaignPlanChanges': { roles: ['office_admin'] },
  'Mutation.startNewCycle': { roles: ['office_admin'] },
  'Query.campaignElectiveGroups': { roles: ['office_admin', 'supervisor', 'expert', 'liaison'] },
  'Mutation.chooseElectiveOptions': { roles: ['office_admin'] },
  'Mutation.recordCampaignDocument': { roles: ['office_admin'] },
  // participants: an office applies for its organisation or invites those below it; which
  // participants a reader sees is participantPlace's rule (owner all, participant itself, offices above)
  'Query.campaignParticipants': { roles: ['office_admin', 'supervisor', 'expert'] },
  'Query.campaignsOpenForApplication': { roles: ['office_admin'] },
  // the same participants summed per province (who has not filed yet), same scoping
  'Query.participantsByRegion': { roles: ['office_admin', 'supervisor', 'expert'] },
  // quota figures (已推荐 / 名额) of the participant workflow, for the provinces of the participants one sees
  'Query.participantQuotas': { roles: ['office_admin', 'supervisor', 'expert'] },
  'Mutation.applyToCampaign': { roles: ['office_admin'] },
  'Mutation.inviteParticipants': { roles: ['office_admin'] },
  // objections during publicity (公示期异议): anyone logged in files one (the workflow's state and
  // phase decide when); the owner's office answers; readers of the participant see them
  'Mutation.fileObjection': { authenticated: true },
  'Mutation.answerObjection': { roles: ['office_admin', 'system_admin'] },
  'Query.participantObjections': { roles: ['office_admin', 'supervisor', 'expert', 'system_admin'] },
  'Query.campaignObjections': { roles: ['office_admin', 'supervisor', 'expert', 'system_admin'] },
  // who is in publicity, every campaign: as open as filing (and as the public publicity page)
  'Query.publicisedParticipants': { authenticated: true },
  // workflows: reading is open to readers; who may fire an event is the definition's own rule
  'Query.availableTransitions': { roles: READERS, campaignView: 'history' },
  'Query.transitionHistory': { roles: READERS, campaignView: 'history' },
  // roles a campaign's workflow declares (检查组成员 …), assigned per campaign by its office
  'Query.campaignRoleAssignments': { roles: ['office_admin'] },
  'Mutation.assignCampaignRole': { roles: ['office_admin'] },
  'Mutation.revokeCampaignRole': { roles: ['office_admin'] },
  // Who may fire which event is the workflow definition's own rule (roles per transition),
  // so a new workflow can give an event to any role, including roles it declares itself.
  'Mutation.transition': { authenticated: true },
  // The batch applies the same rule to each task (a refused one is reported, not fired).
  'Mutation.transitionTasks': { authenticated: true },
  // … and to each participant (催报全部未报送: the definition gives remind to the owner's office).
  'Mutation.transitionParticipants': { authenticated: true },
  'Query.workflowDefinitions': { roles: [...READERS, 'system_admin'] },
  'Query.workflowDefinition': { roles: [...READERS, 'system_admin'] },
  // an office admin uploads their organisation's own definitions; a platform admin the platform's defaults
  'Mutation.uploadWorkflowDefinition': { roles: ['office_admin', 'system_admin'] },
  // reminders: supervisors chase the timeline too
  'Mutation.runReminderScan': { roles: ['office_admin', 'supervisor'] },
  'Query.reminderPreview': { roles: ['office_admin', 'supervisor'] },
  'Mutation.remindTask': { roles: ['office_admin', 'supervisor'] },
  'Mutation.remindDepartment': { roles: ['office_admin', 'supervisor'] },
  'Query.campaignDashboard': { roles: ['office_admin', 'supervisor', 'expert'] },
  // evidence (rows: the organisation's; a liaison's own department; changes only while the task allows)
  'Query.taskEvidence': { roles: READERS },
  'Query.evidenceByRequirement': { roles: READERS },
  'Mutation.replaceEvidence': { roles: EVIDENCE_EDITORS },
  'Mutation.deleteEvidence': { roles: EVIDENCE_EDITORS },
  'Mutation.restoreEvidence': { roles: ['office_admin'] },
  // scores: the office self-assesses, experts score at accreditation (the service checks which
  // source each may give and when); liaisons see their tasks, not the campaign's scores
  'Mutation.scoreRule': { roles: ['office_admin', 'expert'] },
  'Query.evidencePackageInfo': { roles: ['office_admin', 'supervisor', 'expert'] },
  'Query.campaignScores': { roles: ['office_admin', 'supervisor', 'expert'] },
  'Query.scoreHistory': { roles: ['office_admin', 'supervisor', 'expert'] },
  // indicator tables: import (preview saves nothing) is the office's
  'Mutation.previewIndicatorTable': { roles: ['office_admin'] },
  'Mutation.importIndicatorTable': { roles: ['office_admin'] },
  // indicator templates: the office lists, views, checks and saves new versions; a platform admin the platform's
  'Query.indicatorTemplates': { roles: ['office_admin', 'system_admin'] },
  'Query.indicatorTemplateVersion': { roles: ['office_admin', 'system_admin'] },
  'Query.exportIndicatorTemplate': { roles: ['office_admin', 'system_admin'] },
  'Mutation.checkIndicatorTemplate': { roles: ['office_admin', 'system_admin'] },
  'Mutation.saveIndicatorTemplateVersion': { roles: ['office_admin', 'system_admin'] },
  // the audit log: an office admin reads their organisation's rows, a platform system admin all
  'Query.auditEvents': { roles: USER_ADMINS },
  // forms (issue 12): readers see an organisation's forms as they see its participation (itself, the
  // offices above it, the campaign owner); who writes which box is the form's role at its stage
  // (form-filling/form-roles.ts): the filler's office, the province above, the owner's experts and office
  'Query.campaignForms': { roles: [...READERS, 'system_admin'] },
  'Query.filledForm': { roles: [...READERS, 'system_admin'] },
  'Query.formDefinitions': { roles: [...READERS, 'system_admin'] },
  'Mutation.saveFormDraft': { roles: ['office_admin', 'liaison', 'expert'] },
  'Mutation.submitForm': { roles: ['office_admin', 'liaison'] },
  'Mutation.signOffForm': { roles: ['office_admin', 'liaison', 'expert'] },
  'Mutation.reopenForm': { roles: ['office_admin', 'expert'] },
  'Mutation.setCampaignForms': { roles: ['office_admin'] },
  'Mutation.uploadFormDefinition': { roles: ['office_admin', 'system_admin'] },
  // selections (遴选): the owner's office reads every group's, a group's office (a province) its own and chooses
  'Query.formSelections': { roles: [...READERS, 'system_admin'] },
  'Mutation.selectForm': { roles: ['office_admin'] },
  'Mutation.unselectForm': { roles: ['office_admin'] },
  // figures tied to the indicator system: whoever reads the task (the service applies the task table's rule)
  'Query.formFiguresFor': { roles: [...READERS, 'system_admin'] },
};

/**
 * The same table for plain HTTP routes ('HTTP <METHOD> <route path>' as the router declares it;
 * HEAD follows GET). A route missing here is refused for everyone, and the evidence suite checks
 * that every route the API serves has a rule. Kept apart from ACCESS_POLICY, whose keys are the
 * schema's operations (the access-matrix suite compares the two).
 */
export const HTTP_ACCESS_POLICY: Readonly<Record<string, AccessRule>> = {
  // for load balancers: the process answers; its database answers
  'HTTP GET /healthz': { public: true },
  'HTTP GET /readyz': { public: true },
  'HTTP POST /api/evidence/upload': { roles: EVIDENCE_EDITORS },
  // resumable uploads (tus): only their creator reaches one (HEAD follows GET)
  'HTTP POST /api/evidence/uploads': { roles: EVIDENCE_EDITORS },
  'HTTP GET /api/evidence/uploads/:uploadId': { roles: EVIDENCE_EDITORS },
  'HTTP PATCH /api/evidence/uploads/:uploadId': { roles: EVIDENCE_EDITORS },
  'HTTP DELETE /api/evidence/uploads/:uploadId': { roles: EVIDENCE_EDITORS },
  'HTTP GET /api/evidence/:evidenceId/download': { roles: READERS },
  'HTTP GET /api/evidence/:evidenceId/preview': { roles: READERS },
  // a campaign document's file (检查报告 …), through the evidence storage; the campaign's own office
  'HTTP POST /api/campaign-documents': { roles: ['office_admin'] },
  'HTTP POST /api/campaign-documents/:documentId/file': { roles: ['office_admin'] },
  'HTTP GET /api/campaign-documents/:documentId/file': { roles: READERS },
  // exports of a campaign's documents (the office, supervisors and experts; not liaisons)
  'HTTP GET /api/campaigns/:campaignId/export/task-table.xlsx': { roles: ['office_admin', 'supervisor', 'expert'] },
  'HTTP GET /api/campaigns/:campaignId/export/self-assessment.docx': { roles: ['office_admin', 'supervisor', 'expert'] },
  'HTTP GET /api/campaigns/:campaignId/export/evidence-package.zip': { roles: ['office_admin', 'supervisor', 'expert'] },
  // 报送情况: the units not filed yet (the owner's office sees all, a province's office those below it)
  'HTTP GET /api/campaigns/:campaignId/export/not-filed.xlsx': { roles: ['office_admin'] },
  // the same indicator-table preview and import as GraphQL, for files too large for a GraphQL request
  'HTTP POST /api/indicator-tables/preview': { roles: ['office_admin'] },
  'HTTP POST /api/indicator-tables/import': { roles: ['office_admin'] },
  // forms (issue 12): seal images and attachments through the evidence storage, by those who fill or
  // sign the organisation's forms; downloads and exports for those who may read them (the services decide)
  'HTTP POST /api/forms/files': { roles: ['office_admin', 'liaison', 'expert'] },
  'HTTP GET /api/forms/files/:fileId': { roles: [...READERS, 'system_admin'] },
  'HTTP DELETE /api/forms/files/:fileId': { roles: ['office_admin', 'liaison', 'expert'] },
  'HTTP GET /api/forms/:formId/export.docx': { roles: [...READERS, 'system_admin'] },
  'HTTP GET /api/campaigns/:campaignId/forms/:definitionKey/export.xlsx': { roles: ['office_admin', 'supervisor', 'expert', 'system_admin'] },
  // the published named list of a national batch (命名名单): public, no login; which campaigns have
  // one is their participant workflow's word (states with publicList)
  'HTTP GET /api/public/campaigns/:campaignId/named': { public: true },
  'HTTP GET /api/public/campaigns/:campaignId/named.xlsx': { public: true },
  'HTTP GET /api/public/campaigns/:campaignId/publicity': { public: true },
  // change events for open screens: what each session hears is narrowed by live-audience.ts
  'HTTP GET /api/live': { authenticated: true },
};

export function ruleFor(operation: string): AccessRule | undefined {
  return operation.startsWith('HTTP ') ? HTTP_ACCESS_POLICY[operation] : ACCESS_POLICY[operation];
}
