/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "mutation Login($input: LoginInput!) {\n  login(input: $input) {\n    expiresAt\n    user {\n      ...CurrentUserFields\n    }\n  }\n}": typeof types.LoginDocument,
    "mutation Logout {\n  logout\n}": typeof types.LogoutDocument,
    "query Me {\n  me {\n    ...CurrentUserFields\n  }\n}\n\nfragment CurrentUserFields on User {\n  id\n  username\n  displayName\n  roles\n  organisationName\n  department {\n    id\n    name\n  }\n}": typeof types.MeDocument,
    "query CampaignElectiveGroups($campaignId: ID!) {\n  campaignElectiveGroups(campaignId: $campaignId) {\n    ...ElectiveGroupFields\n  }\n}\n\nfragment ElectiveGroupFields on ElectiveGroup {\n  indicatorId\n  code\n  title\n  min\n  max\n  counting\n  description\n  decided\n  options {\n    indicatorId\n    code\n    title\n    chosen\n    chosenBy\n    chosenAt\n  }\n}": typeof types.CampaignElectiveGroupsDocument,
    "query CampaignPlan($id: ID!) {\n  campaign(id: $id) {\n    id\n    name\n    taskPhaseKey\n    phases {\n      key\n      name\n      startsOn\n      endsOn\n    }\n  }\n  campaignPlanChanges(campaignId: $id) {\n    batchId\n    at\n    actorName\n    reason\n    subjectType\n    subjectLabel\n    field\n    oldValue\n    newValue\n  }\n}": typeof types.CampaignPlanDocument,
    "query CampaignTemplateChoices {\n  campaignTemplateChoices {\n    id\n    key\n    version\n    name\n    source\n    ownerId\n  }\n}": typeof types.CampaignTemplateChoicesDocument,
    "mutation ChooseElectiveOptions($input: ChooseElectiveOptionsInput!) {\n  chooseElectiveOptions(input: $input) {\n    tasksCreated\n    tasksCancelled\n    group {\n      ...ElectiveGroupFields\n    }\n  }\n}": typeof types.ChooseElectiveOptionsDocument,
    "query PreviewCampaignSetUp($input: SetUpCampaignInput!) {\n  previewCampaignSetUp(input: $input) {\n    templateId\n    templateKey\n    templateVersion\n    templateName\n    phases {\n      key\n      name\n      startsOn\n      endsOn\n    }\n    taskPhaseKey\n    defaultDueOn\n    taskCount\n    departmentCount\n    ruleCount\n    rulesWithoutTasks\n    dueDates {\n      dueOn\n      tasks\n    }\n    tasks {\n      ruleCode\n      ruleText\n      indicatorCode\n      departmentId\n      departmentName\n      role\n      dueOn\n    }\n  }\n}": typeof types.PreviewCampaignSetUpDocument,
    "mutation ReplanCampaign($input: ReplanCampaignInput!) {\n  replanCampaign(input: $input) {\n    batchId\n    phaseChanges\n    taskChanges\n  }\n}": typeof types.ReplanCampaignDocument,
    "mutation SetUpCampaign($input: SetUpCampaignInput!) {\n  setUpCampaign(input: $input) {\n    campaignId\n    created\n    tasks\n  }\n}": typeof types.SetUpCampaignDocument,
    "mutation StartNewCycle($input: StartNewCycleInput!) {\n  startNewCycle(input: $input) {\n    campaignId\n    tasks\n    carriedEvidence\n    notCarried\n  }\n}": typeof types.StartNewCycleDocument,
    "query CampaignIndicatorTree($id: ID!) {\n  campaign(id: $id) {\n    id\n    name\n    state\n    totalScore\n    phases {\n      ...CampaignPhaseFields\n      steps {\n        ...CampaignPhaseFields\n      }\n    }\n    indicators {\n      ...IndicatorNodeFields\n      children {\n        ...IndicatorNodeFields\n      }\n    }\n  }\n}\n\nfragment CampaignPhaseFields on CampaignPhase {\n  key\n  name\n  startsOn\n  endsOn\n  description\n}\n\nfragment IndicatorNodeFields on Indicator {\n  id\n  code\n  title\n  maxScore\n  level\n  requirements {\n    id\n    code\n    text\n  }\n  scoringRules {\n    id\n    code\n    text\n    points\n    kind\n    params\n    note\n    responsibleUnits {\n      name\n      isGroup\n      role\n    }\n  }\n}": typeof types.CampaignIndicatorTreeDocument,
    "query CampaignList {\n  campaigns {\n    id\n    name\n    state\n    totalScore\n  }\n}": typeof types.CampaignListDocument,
    "query CampaignDashboard($campaignId: ID!) {\n  campaignDashboard(campaignId: $campaignId) {\n    today\n    progress\n    totalTasks\n    doneTasks\n    byState {\n      state\n      label\n      count\n    }\n    byIndicator {\n      code\n      title\n      maxScore\n      total\n      done\n      submitted\n      overdue\n      progress\n    }\n    byDepartment {\n      departmentId\n      name\n      kind\n      rank\n      total\n      done\n      submitted\n      returned\n      overdue\n      progress\n    }\n    overdueTasks {\n      taskId\n      ruleCode\n      ruleText\n      points\n      departmentName\n      dueOn\n      daysUntilDue\n      deadlineStatus\n      state\n      stateLabel\n    }\n  }\n}": typeof types.CampaignDashboardDocument,
    "query CampaignScores($campaignId: ID!) {\n  campaignScores(campaignId: $campaignId) {\n    campaignId\n    projected {\n      points\n      maxTotal\n      uncapped\n      capped\n      complete\n      rules\n      scoredRules\n      vetoed\n      vetoedBy\n    }\n    pointsAtRisk {\n      ruleId\n      ruleCode\n      ruleText\n      indicatorCode\n      points\n      lateTasks\n      returnedTasks\n      departments\n      veto\n    }\n  }\n}": typeof types.CampaignScoresDocument,
    "mutation RemindDepartment($campaignId: ID!, $departmentId: ID!) {\n  remindDepartment(campaignId: $campaignId, departmentId: $departmentId)\n}": typeof types.RemindDepartmentDocument,
    "mutation RemindTask($taskId: ID!) {\n  remindTask(taskId: $taskId)\n}": typeof types.RemindTaskDocument,
    "query ReminderPreview {\n  reminderPreview {\n    day\n    tasks\n    overdue\n    departments\n  }\n}": typeof types.ReminderPreviewDocument,
    "mutation RunReminderScan {\n  runReminderScan {\n    day\n    tasksReminded\n    departments\n    delivered\n    failed\n    skipped\n  }\n}": typeof types.RunReminderScanDocument,
    "mutation CreateDepartment($input: DepartmentInput!) {\n  createDepartment(input: $input) {\n    ...DepartmentFields\n  }\n}": typeof types.CreateDepartmentDocument,
    "mutation CreateDepartmentGroup($input: CreateDepartmentGroupInput!) {\n  createDepartmentGroup(input: $input) {\n    id\n    name\n    description\n    members {\n      id\n      name\n    }\n  }\n}": typeof types.CreateDepartmentGroupDocument,
    "mutation CreateDepartmentKind($input: CreateDepartmentKindInput!) {\n  createDepartmentKind(input: $input) {\n    ...DepartmentKindFields\n  }\n}": typeof types.CreateDepartmentKindDocument,
    "mutation DeleteDepartmentGroup($input: DeleteDepartmentGroupInput!) {\n  deleteDepartmentGroup(input: $input)\n}": typeof types.DeleteDepartmentGroupDocument,
    "mutation DeleteDepartmentKind($input: DeleteDepartmentKindInput!) {\n  deleteDepartmentKind(input: $input)\n}": typeof types.DeleteDepartmentKindDocument,
    "query DepartmentGroups {\n  departmentGroups {\n    id\n    name\n    description\n    source\n    members {\n      id\n      name\n    }\n  }\n}": typeof types.DepartmentGroupsDocument,
    "query DepartmentKinds {\n  departmentKinds {\n    ...DepartmentKindFields\n  }\n}\n\nfragment DepartmentKindFields on DepartmentKind {\n  id\n  key\n  label\n  ownerName\n  editable\n}": typeof types.DepartmentKindsDocument,
    "query Departments {\n  departments {\n    ...DepartmentFields\n  }\n}\n\nfragment DepartmentFields on Department {\n  id\n  name\n  fullName\n  kind\n  tags\n}": typeof types.DepartmentsDocument,
    "mutation SetGroupMembers($input: SetGroupMembersInput!) {\n  setGroupMembers(input: $input) {\n    id\n    members {\n      id\n      name\n    }\n  }\n}": typeof types.SetGroupMembersDocument,
    "mutation UpdateDepartment($input: UpdateDepartmentInput!) {\n  updateDepartment(input: $input) {\n    ...DepartmentFields\n  }\n}": typeof types.UpdateDepartmentDocument,
    "mutation UpdateDepartmentGroup($input: UpdateDepartmentGroupInput!) {\n  updateDepartmentGroup(input: $input) {\n    id\n    name\n    description\n  }\n}": typeof types.UpdateDepartmentGroupDocument,
    "mutation UpdateDepartmentKind($input: UpdateDepartmentKindInput!) {\n  updateDepartmentKind(input: $input) {\n    ...DepartmentKindFields\n  }\n}": typeof types.UpdateDepartmentKindDocument,
    "mutation DeleteEvidence($input: DeleteEvidenceInput!) {\n  deleteEvidence(input: $input) {\n    ...EvidenceFields\n  }\n}": typeof types.DeleteEvidenceDocument,
    "mutation ReplaceEvidence($input: ReplaceEvidenceInput!) {\n  replaceEvidence(input: $input) {\n    ...EvidenceFields\n  }\n}": typeof types.ReplaceEvidenceDocument,
    "mutation RestoreEvidence($input: RestoreEvidenceInput!) {\n  restoreEvidence(input: $input) {\n    ...EvidenceFields\n  }\n}": typeof types.RestoreEvidenceDocument,
    "query TaskEvidence($taskId: ID!, $includeDeleted: Boolean) {\n  taskEvidence(taskId: $taskId, includeDeleted: $includeDeleted) {\n    ...EvidenceFields\n  }\n}\n\nfragment EvidenceFields on Evidence {\n  id\n  taskId\n  requirementCode\n  revision\n  currentVersion\n  createdAt\n  createdBy\n  updatedAt\n  deletedAt\n  deletedBy\n  carriedFrom {\n    campaignId\n    campaignName\n  }\n  current {\n    ...EvidenceVersionFields\n  }\n  versions {\n    ...EvidenceVersionFields\n  }\n}\n\nfragment EvidenceVersionFields on EvidenceVersion {\n  id\n  number\n  kind\n  kindLabel\n  description\n  refersTo\n  createdAt\n  createdBy\n  previewUrl\n  downloadUrl\n  file {\n    id\n    originalName\n    mediaType\n    size\n    uploadedAt\n    uploadedBy\n  }\n}": typeof types.TaskEvidenceDocument,
    "query EvidencePackageInfo($campaignId: ID!) {\n  evidencePackageInfo(campaignId: $campaignId) {\n    files\n    indicators\n    bytes\n    url\n    fileName\n  }\n}": typeof types.EvidencePackageInfoDocument,
    "mutation ImportIndicatorTable($input: ImportIndicatorTableInput!) {\n  importIndicatorTable(input: $input) {\n    created\n    systemId\n    key\n    name\n    version\n    indicatorCount\n    requirementCount\n    ruleCount\n    warnings {\n      ...TableProblemFields\n    }\n  }\n}": typeof types.ImportIndicatorTableDocument,
    "fragment TableProblemFields on TableProblem {\n  sheet\n  row\n  column\n  field\n  code\n  message\n  severity\n}\n\nmutation PreviewIndicatorTable($input: IndicatorTableFileInput!) {\n  previewIndicatorTable(input: $input) {\n    ok\n    name\n    key\n    sheet\n    layout\n    totalScore\n    indicatorCount\n    requirementCount\n    ruleCount\n    indicators {\n      code\n      level\n      title\n      maxScore\n      requirements\n      rules\n    }\n    problems {\n      ...TableProblemFields\n    }\n    unknownUnits {\n      name\n      cells\n      suggestions {\n        kind\n        name\n        score\n      }\n    }\n  }\n}": typeof types.TableProblemFieldsFragmentDoc,
    "mutation MarkNotificationsRead($ids: [ID!]) {\n  markNotificationsRead(ids: $ids)\n}": typeof types.MarkNotificationsReadDocument,
    "query Notifications($first: Int) {\n  unreadNotificationCount\n  notifications(first: $first) {\n    totalCount\n    edges {\n      node {\n        id\n        title\n        body\n        entityType\n        entityId\n        createdAt\n        read\n      }\n    }\n  }\n}": typeof types.NotificationsDocument,
    "mutation CreateOrganisation($input: CreateOrganisationInput!) {\n  createOrganisation(input: $input) {\n    ...OrganisationFields\n  }\n}": typeof types.CreateOrganisationDocument,
    "mutation MoveOrganisation($input: MoveOrganisationInput!) {\n  moveOrganisation(input: $input) {\n    ...OrganisationFields\n  }\n}": typeof types.MoveOrganisationDocument,
    "query MyOrganisation {\n  myOrganisation {\n    id\n    name\n    shortName\n    levelLabel\n    ancestors {\n      id\n      shortName\n    }\n  }\n}": typeof types.MyOrganisationDocument,
    "query Organisation($id: ID!) {\n  organisation(id: $id) {\n    ...OrganisationFields\n  }\n}": typeof types.OrganisationDocument,
    "query Organisations($filter: OrganisationFilterInput, $first: Int, $after: String) {\n  organisations(filter: $filter, first: $first, after: $after) {\n    totalCount\n    edges {\n      node {\n        ...OrganisationFields\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}\n\nfragment OrganisationFields on Organisation {\n  id\n  code\n  name\n  shortName\n  level\n  levelLabel\n  parentId\n  depth\n  disabled\n  childCount\n  ancestors {\n    id\n    shortName\n  }\n}": typeof types.OrganisationsDocument,
    "mutation RenameOrganisation($input: RenameOrganisationInput!) {\n  renameOrganisation(input: $input) {\n    ...OrganisationFields\n  }\n}": typeof types.RenameOrganisationDocument,
    "mutation SetOrganisationDisabled($input: SetOrganisationDisabledInput!) {\n  setOrganisationDisabled(input: $input) {\n    ...OrganisationFields\n  }\n}": typeof types.SetOrganisationDisabledDocument,
    "query ScoreHistory($campaignId: ID!, $ruleId: ID!) {\n  scoreHistory(campaignId: $campaignId, ruleId: $ruleId) {\n    ...RuleScoreFields\n  }\n}": typeof types.ScoreHistoryDocument,
    "mutation ScoreRule($input: ScoreRuleInput!) {\n  scoreRule(input: $input) {\n    changed\n    score {\n      ...RuleScoreFields\n    }\n    totals {\n      ...ScoreTotalsFields\n    }\n  }\n}": typeof types.ScoreRuleDocument,
    "fragment ScoreTotalsFields on ScoreTotals {\n  points\n  maxTotal\n  uncapped\n  capped\n  complete\n  rules\n  scoredRules\n  vetoed\n  vetoedBy\n}\n\nfragment RuleScoreFields on RuleScore {\n  id\n  ruleId\n  source\n  input\n  points\n  vetoed\n  explanation\n  comment\n  scoredBy\n  scoredAt\n  supersededAt\n}\n\nquery ScoreSheet($campaignId: ID!) {\n  campaign(id: $campaignId) {\n    id\n    state\n    stateLabel\n  }\n  campaignScores(campaignId: $campaignId) {\n    campaignId\n    campaignState\n    selfScoringOpen\n    expertScoringOpen\n    self {\n      ...ScoreTotalsFields\n    }\n    expert {\n      ...ScoreTotalsFields\n    }\n    projected {\n      ...ScoreTotalsFields\n    }\n    indicators {\n      indicatorId\n      code\n      parentCode\n      level\n      title\n      maxScore\n      self\n      selfCapped\n      expert\n      expertCapped\n      projected\n      vetoed\n      rules {\n        ruleId\n        code\n        text\n        kind\n        params\n        maxPoints\n        tasks\n        approvedTasks\n        lateTasks\n        returnedTasks\n        projected\n        difference\n        self {\n          ...RuleScoreFields\n        }\n        expert {\n          ...RuleScoreFields\n        }\n      }\n    }\n    pointsAtRisk {\n      ruleId\n      ruleCode\n      ruleText\n      indicatorCode\n      points\n      lateTasks\n      returnedTasks\n      departments\n      veto\n    }\n  }\n}": typeof types.ScoreTotalsFieldsFragmentDoc,
    "query TaskTable($campaignId: ID!, $first: Int, $after: String) {\n  tasks(campaignId: $campaignId, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      node {\n        id\n        state\n        stateLabel\n        role\n        dueOn\n        deadlineStatus\n        daysUntilDue\n        department {\n          id\n          name\n        }\n        scoringRule {\n          id\n          code\n          text\n          points\n          kind\n          indicator {\n            id\n            code\n            title\n            requirements {\n              id\n              code\n            }\n          }\n          responsibleUnits {\n            name\n            role\n            isGroup\n          }\n        }\n      }\n    }\n  }\n}": typeof types.TaskTableDocument,
    "query TaskWorkList($campaignId: ID!, $state: String, $first: Int, $after: String) {\n  tasks(campaignId: $campaignId, state: $state, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      node {\n        ...TaskWorkFields\n      }\n    }\n  }\n}\n\nfragment TaskWorkFields on Task {\n  id\n  state\n  stateLabel\n  role\n  dueOn\n  version\n  deadlineStatus\n  daysUntilDue\n  department {\n    id\n    name\n  }\n  scoringRule {\n    id\n    code\n    text\n    points\n    kind\n    note\n    indicator {\n      id\n      code\n      title\n      requirements {\n        id\n        code\n        text\n      }\n    }\n    responsibleUnits {\n      name\n      role\n      isGroup\n    }\n  }\n}": typeof types.TaskWorkListDocument,
    "mutation AssignUserDepartment($input: AssignUserDepartmentInput!) {\n  assignUserDepartment(input: $input) {\n    ...UserAccountFields\n  }\n}": typeof types.AssignUserDepartmentDocument,
    "mutation CreateUser($input: CreateUserInput!) {\n  createUser(input: $input) {\n    ...UserAccountFields\n  }\n}": typeof types.CreateUserDocument,
    "mutation ResetUserPassword($input: ResetUserPasswordInput!) {\n  resetUserPassword(input: $input) {\n    ...UserAccountFields\n  }\n}": typeof types.ResetUserPasswordDocument,
    "mutation SetUserDisabled($input: SetUserDisabledInput!) {\n  setUserDisabled(input: $input) {\n    ...UserAccountFields\n  }\n}": typeof types.SetUserDisabledDocument,
    "mutation SetUserRoles($input: SetUserRolesInput!) {\n  setUserRoles(input: $input) {\n    ...UserAccountFields\n  }\n}": typeof types.SetUserRolesDocument,
    "mutation UnlockUser($input: UnlockUserInput!) {\n  unlockUser(input: $input) {\n    ...UserAccountFields\n  }\n}": typeof types.UnlockUserDocument,
    "query Users {\n  users {\n    ...UserAccountFields\n  }\n}\n\nfragment UserAccountFields on User {\n  id\n  username\n  displayName\n  email\n  roles\n  disabled\n  lockedUntil\n  lastLoginAt\n  organisationName\n  organisationId\n  department {\n    id\n    name\n  }\n}": typeof types.UsersDocument,
    "query AvailableTransitions($entityType: String!, $id: ID!) {\n  availableTransitions(entityType: $entityType, id: $id) {\n    event\n    label\n    allowed\n    available\n    to\n    toLabel\n    code\n    reasons\n  }\n}": typeof types.AvailableTransitionsDocument,
    "query CampaignWorkflow($id: ID!) {\n  campaign(id: $id) {\n    id\n    name\n    state\n    stateLabel\n    version\n    workflow\n    phases {\n      key\n      name\n      startsOn\n      endsOn\n    }\n    documents {\n      id\n      kind\n      title\n      recordedAt\n    }\n  }\n}": typeof types.CampaignWorkflowDocument,
    "mutation Transition($input: TransitionInput!) {\n  transition(input: $input) {\n    entityType\n    id\n    state\n    stateLabel\n    version\n    entry {\n      ...TransitionLogFields\n    }\n    task {\n      id\n      state\n      stateLabel\n      version\n      deadlineStatus\n      daysUntilDue\n    }\n    campaign {\n      id\n      state\n      stateLabel\n      version\n    }\n  }\n}": typeof types.TransitionDocument,
    "query TransitionHistory($entityType: String!, $id: ID!) {\n  transitionHistory(entityType: $entityType, id: $id) {\n    ...TransitionLogFields\n  }\n}\n\nfragment TransitionLogFields on TransitionLogEntry {\n  id\n  event\n  eventLabel\n  from\n  fromLabel\n  to\n  toLabel\n  actorName\n  actorRoles\n  comment\n  at\n  definitionVersion\n}": typeof types.TransitionHistoryDocument,
    "mutation UploadWorkflowDefinition($input: UploadWorkflowDefinitionInput!) {\n  uploadWorkflowDefinition(input: $input) {\n    ...WorkflowDefinitionFields\n  }\n}": typeof types.UploadWorkflowDefinitionDocument,
    "query WorkflowDefinition($key: String!, $version: Int) {\n  workflowDefinition(key: $key, version: $version) {\n    ...WorkflowDefinitionFields\n  }\n}": typeof types.WorkflowDefinitionDocument,
    "query WorkflowDefinitions {\n  workflowDefinitions {\n    ...WorkflowDefinitionFields\n  }\n}\n\nfragment WorkflowDefinitionFields on WorkflowDefinition {\n  id\n  key\n  version\n  name\n  entityType\n  fileName\n  checksum\n  createdAt\n  source\n  ownerId\n  ownerName\n  shareWithDescendants\n  graph {\n    nodes {\n      id\n      label\n      parent\n      initial\n      final\n    }\n    edges {\n      id\n      from\n      to\n      event\n      label\n    }\n  }\n}": typeof types.WorkflowDefinitionsDocument,
};
const documents: Documents = {
    "mutation Login($input: LoginInput!) {\n  login(input: $input) {\n    expiresAt\n    user {\n      ...CurrentUserFields\n    }\n  }\n}": types.LoginDocument,
    "mutation Logout {\n  logout\n}": types.LogoutDocument,
    "query Me {\n  me {\n    ...CurrentUserFields\n  }\n}\n\nfragment CurrentUserFields on User {\n  id\n  username\n  displayName\n  roles\n  organisationName\n  department {\n    id\n    name\n  }\n}": types.MeDocument,
    "query CampaignElectiveGroups($campaignId: ID!) {\n  campaignElectiveGroups(campaignId: $campaignId) {\n    ...ElectiveGroupFields\n  }\n}\n\nfragment ElectiveGroupFields on ElectiveGroup {\n  indicatorId\n  code\n  title\n  min\n  max\n  counting\n  description\n  decided\n  options {\n    indicatorId\n    code\n    title\n    chosen\n    chosenBy\n    chosenAt\n  }\n}": types.CampaignElectiveGroupsDocument,
    "query CampaignPlan($id: ID!) {\n  campaign(id: $id) {\n    id\n    name\n    taskPhaseKey\n    phases {\n      key\n      name\n      startsOn\n      endsOn\n    }\n  }\n  campaignPlanChanges(campaignId: $id) {\n    batchId\n    at\n    actorName\n    reason\n    subjectType\n    subjectLabel\n    field\n    oldValue\n    newValue\n  }\n}": types.CampaignPlanDocument,
    "query CampaignTemplateChoices {\n  campaignTemplateChoices {\n    id\n    key\n    version\n    name\n    source\n    ownerId\n  }\n}": types.CampaignTemplateChoicesDocument,
    "mutation ChooseElectiveOptions($input: ChooseElectiveOptionsInput!) {\n  chooseElectiveOptions(input: $input) {\n    tasksCreated\n    tasksCancelled\n    group {\n      ...ElectiveGroupFields\n    }\n  }\n}": types.ChooseElectiveOptionsDocument,
    "query PreviewCampaignSetUp($input: SetUpCampaignInput!) {\n  previewCampaignSetUp(input: $input) {\n    templateId\n    templateKey\n    templateVersion\n    templateName\n    phases {\n      key\n      name\n      startsOn\n      endsOn\n    }\n    taskPhaseKey\n    defaultDueOn\n    taskCount\n    departmentCount\n    ruleCount\n    rulesWithoutTasks\n    dueDates {\n      dueOn\n      tasks\n    }\n    tasks {\n      ruleCode\n      ruleText\n      indicatorCode\n      departmentId\n      departmentName\n      role\n      dueOn\n    }\n  }\n}": types.PreviewCampaignSetUpDocument,
    "mutation ReplanCampaign($input: ReplanCampaignInput!) {\n  replanCampaign(input: $input) {\n    batchId\n    phaseChanges\n    taskChanges\n  }\n}": types.ReplanCampaignDocument,
    "mutation SetUpCampaign($input: SetUpCampaignInput!) {\n  setUpCampaign(input: $input) {\n    campaignId\n    created\n    tasks\n  }\n}": types.SetUpCampaignDocument,
    "mutation StartNewCycle($input: StartNewCycleInput!) {\n  startNewCycle(input: $input) {\n    campaignId\n    tasks\n    carriedEvidence\n    notCarried\n  }\n}": types.StartNewCycleDocument,
    "query CampaignIndicatorTree($id: ID!) {\n  campaign(id: $id) {\n    id\n    name\n    state\n    totalScore\n    phases {\n      ...CampaignPhaseFields\n      steps {\n        ...CampaignPhaseFields\n      }\n    }\n    indicators {\n      ...IndicatorNodeFields\n      children {\n        ...IndicatorNodeFields\n      }\n    }\n  }\n}\n\nfragment CampaignPhaseFields on CampaignPhase {\n  key\n  name\n  startsOn\n  endsOn\n  description\n}\n\nfragment IndicatorNodeFields on Indicator {\n  id\n  code\n  title\n  maxScore\n  level\n  requirements {\n    id\n    code\n    text\n  }\n  scoringRules {\n    id\n    code\n    text\n    points\n    kind\n    params\n    note\n    responsibleUnits {\n      name\n      isGroup\n      role\n    }\n  }\n}": types.CampaignIndicatorTreeDocument,
    "query CampaignList {\n  campaigns {\n    id\n    name\n    state\n    totalScore\n  }\n}": types.CampaignListDocument,
    "query CampaignDashboard($campaignId: ID!) {\n  campaignDashboard(campaignId: $campaignId) {\n    today\n    progress\n    totalTasks\n    doneTasks\n    byState {\n      state\n      label\n      count\n    }\n    byIndicator {\n      code\n      title\n      maxScore\n      total\n      done\n      submitted\n      overdue\n      progress\n    }\n    byDepartment {\n      departmentId\n      name\n      kind\n      rank\n      total\n      done\n      submitted\n      returned\n      overdue\n      progress\n    }\n    overdueTasks {\n      taskId\n      ruleCode\n      ruleText\n      points\n      departmentName\n      dueOn\n      daysUntilDue\n      deadlineStatus\n      state\n      stateLabel\n    }\n  }\n}": types.CampaignDashboardDocument,
    "query CampaignScores($campaignId: ID!) {\n  campaignScores(campaignId: $campaignId) {\n    campaignId\n    projected {\n      points\n      maxTotal\n      uncapped\n      capped\n      complete\n      rules\n      scoredRules\n      vetoed\n      vetoedBy\n    }\n    pointsAtRisk {\n      ruleId\n      ruleCode\n      ruleText\n      indicatorCode\n      points\n      lateTasks\n      returnedTasks\n      departments\n      veto\n    }\n  }\n}": types.CampaignScoresDocument,
    "mutation RemindDepartment($campaignId: ID!, $departmentId: ID!) {\n  remindDepartment(campaignId: $campaignId, departmentId: $departmentId)\n}": types.RemindDepartmentDocument,
    "mutation RemindTask($taskId: ID!) {\n  remindTask(taskId: $taskId)\n}": types.RemindTaskDocument,
    "query ReminderPreview {\n  reminderPreview {\n    day\n    tasks\n    overdue\n    departments\n  }\n}": types.ReminderPreviewDocument,
    "mutation RunReminderScan {\n  runReminderScan {\n    day\n    tasksReminded\n    departments\n    delivered\n    failed\n    skipped\n  }\n}": types.RunReminderScanDocument,
    "mutation CreateDepartment($input: DepartmentInput!) {\n  createDepartment(input: $input) {\n    ...DepartmentFields\n  }\n}": types.CreateDepartmentDocument,
    "mutation CreateDepartmentGroup($input: CreateDepartmentGroupInput!) {\n  createDepartmentGroup(input: $input) {\n    id\n    name\n    description\n    members {\n      id\n      name\n    }\n  }\n}": types.CreateDepartmentGroupDocument,
    "mutation CreateDepartmentKind($input: CreateDepartmentKindInput!) {\n  createDepartmentKind(input: $input) {\n    ...DepartmentKindFields\n  }\n}": types.CreateDepartmentKindDocument,
    "mutation DeleteDepartmentGroup($input: DeleteDepartmentGroupInput!) {\n  deleteDepartmentGroup(input: $input)\n}": types.DeleteDepartmentGroupDocument,
    "mutation DeleteDepartmentKind($input: DeleteDepartmentKindInput!) {\n  deleteDepartmentKind(input: $input)\n}": types.DeleteDepartmentKindDocument,
    "query DepartmentGroups {\n  departmentGroups {\n    id\n    name\n    description\n    source\n    members {\n      id\n      name\n    }\n  }\n}": types.DepartmentGroupsDocument,
    "query DepartmentKinds {\n  departmentKinds {\n    ...DepartmentKindFields\n  }\n}\n\nfragment DepartmentKindFields on DepartmentKind {\n  id\n  key\n  label\n  ownerName\n  editable\n}": types.DepartmentKindsDocument,
    "query Departments {\n  departments {\n    ...DepartmentFields\n  }\n}\n\nfragment DepartmentFields on Department {\n  id\n  name\n  fullName\n  kind\n  tags\n}": types.DepartmentsDocument,
    "mutation SetGroupMembers($input: SetGroupMembersInput!) {\n  setGroupMembers(input: $input) {\n    id\n    members {\n      id\n      name\n    }\n  }\n}": types.SetGroupMembersDocument,
    "mutation UpdateDepartment($input: UpdateDepartmentInput!) {\n  updateDepartment(input: $input) {\n    ...DepartmentFields\n  }\n}": types.UpdateDepartmentDocument,
    "mutation UpdateDepartmentGroup($input: UpdateDepartmentGroupInput!) {\n  updateDepartmentGroup(input: $input) {\n    id\n    name\n    description\n  }\n}": types.UpdateDepartmentGroupDocument,
    "mutation UpdateDepartmentKind($input: UpdateDepartmentKindInput!) {\n  updateDepartmentKind(input: $input) {\n    ...DepartmentKindFields\n  }\n}": types.UpdateDepartmentKindDocument,
    "mutation DeleteEvidence($input: DeleteEvidenceInput!) {\n  deleteEvidence(input: $input) {\n    ...EvidenceFields\n  }\n}": types.DeleteEvidenceDocument,
    "mutation ReplaceEvidence($input: ReplaceEvidenceInput!) {\n  replaceEvidence(input: $input) {\n    ...EvidenceFields\n  }\n}": types.ReplaceEvidenceDocument,
    "mutation RestoreEvidence($input: RestoreEvidenceInput!) {\n  restoreEvidence(input: $input) {\n    ...EvidenceFields\n  }\n}": types.RestoreEvidenceDocument,
    "query TaskEvidence($taskId: ID!, $includeDeleted: Boolean) {\n  taskEvidence(taskId: $taskId, includeDeleted: $includeDeleted) {\n    ...EvidenceFields\n  }\n}\n\nfragment EvidenceFields on Evidence {\n  id\n  taskId\n  requirementCode\n  revision\n  currentVersion\n  createdAt\n  createdBy\n  updatedAt\n  deletedAt\n  deletedBy\n  carriedFrom {\n    campaignId\n    campaignName\n  }\n  current {\n    ...EvidenceVersionFields\n  }\n  versions {\n    ...EvidenceVersionFields\n  }\n}\n\nfragment EvidenceVersionFields on EvidenceVersion {\n  id\n  number\n  kind\n  kindLabel\n  description\n  refersTo\n  createdAt\n  createdBy\n  previewUrl\n  downloadUrl\n  file {\n    id\n    originalName\n    mediaType\n    size\n    uploadedAt\n    uploadedBy\n  }\n}": types.TaskEvidenceDocument,
    "query EvidencePackageInfo($campaignId: ID!) {\n  evidencePackageInfo(campaignId: $campaignId) {\n    files\n    indicators\n    bytes\n    url\n    fileName\n  }\n}": types.EvidencePackageInfoDocument,
    "mutation ImportIndicatorTable($input: ImportIndicatorTableInput!) {\n  importIndicatorTable(input: $input) {\n    created\n    systemId\n    key\n    name\n    version\n    indicatorCount\n    requirementCount\n    ruleCount\n    warnings {\n      ...TableProblemFields\n    }\n  }\n}": types.ImportIndicatorTableDocument,
    "fragment TableProblemFields on TableProblem {\n  sheet\n  row\n  column\n  field\n  code\n  message\n  severity\n}\n\nmutation PreviewIndicatorTable($input: IndicatorTableFileInput!) {\n  previewIndicatorTable(input: $input) {\n    ok\n    name\n    key\n    sheet\n    layout\n    totalScore\n    indicatorCount\n    requirementCount\n    ruleCount\n    indicators {\n      code\n      level\n      title\n      maxScore\n      requirements\n      rules\n    }\n    problems {\n      ...TableProblemFields\n    }\n    unknownUnits {\n      name\n      cells\n      suggestions {\n        kind\n        name\n        score\n      }\n    }\n  }\n}": types.TableProblemFieldsFragmentDoc,
    "mutation MarkNotificationsRead($ids: [ID!]) {\n  markNotificationsRead(ids: $ids)\n}": types.MarkNotificationsReadDocument,
    "query Notifications($first: Int) {\n  unreadNotificationCount\n  notifications(first: $first) {\n    totalCount\n    edges {\n      node {\n        id\n        title\n        body\n        entityType\n        entityId\n        createdAt\n        read\n      }\n    }\n  }\n}": types.NotificationsDocument,
    "mutation CreateOrganisation($input: CreateOrganisationInput!) {\n  createOrganisation(input: $input) {\n    ...OrganisationFields\n  }\n}": types.CreateOrganisationDocument,
    "mutation MoveOrganisation($input: MoveOrganisationInput!) {\n  moveOrganisation(input: $input) {\n    ...OrganisationFields\n  }\n}": types.MoveOrganisationDocument,
    "query MyOrganisation {\n  myOrganisation {\n    id\n    name\n    shortName\n    levelLabel\n    ancestors {\n      id\n      shortName\n    }\n  }\n}": types.MyOrganisationDocument,
    "query Organisation($id: ID!) {\n  organisation(id: $id) {\n    ...OrganisationFields\n  }\n}": types.OrganisationDocument,
    "query Organisations($filter: OrganisationFilterInput, $first: Int, $after: String) {\n  organisations(filter: $filter, first: $first, after: $after) {\n    totalCount\n    edges {\n      node {\n        ...OrganisationFields\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}\n\nfragment OrganisationFields on Organisation {\n  id\n  code\n  name\n  shortName\n  level\n  levelLabel\n  parentId\n  depth\n  disabled\n  childCount\n  ancestors {\n    id\n    shortName\n  }\n}": types.OrganisationsDocument,
    "mutation RenameOrganisation($input: RenameOrganisationInput!) {\n  renameOrganisation(input: $input) {\n    ...OrganisationFields\n  }\n}": types.RenameOrganisationDocument,
    "mutation SetOrganisationDisabled($input: SetOrganisationDisabledInput!) {\n  setOrganisationDisabled(input: $input) {\n    ...OrganisationFields\n  }\n}": types.SetOrganisationDisabledDocument,
    "query ScoreHistory($campaignId: ID!, $ruleId: ID!) {\n  scoreHistory(campaignId: $campaignId, ruleId: $ruleId) {\n    ...RuleScoreFields\n  }\n}": types.ScoreHistoryDocument,
    "mutation ScoreRule($input: ScoreRuleInput!) {\n  scoreRule(input: $input) {\n    changed\n    score {\n      ...RuleScoreFields\n    }\n    totals {\n      ...ScoreTotalsFields\n    }\n  }\n}": types.ScoreRuleDocument,
    "fragment ScoreTotalsFields on ScoreTotals {\n  points\n  maxTotal\n  uncapped\n  capped\n  complete\n  rules\n  scoredRules\n  vetoed\n  vetoedBy\n}\n\nfragment RuleScoreFields on RuleScore {\n  id\n  ruleId\n  source\n  input\n  points\n  vetoed\n  explanation\n  comment\n  scoredBy\n  scoredAt\n  supersededAt\n}\n\nquery ScoreSheet($campaignId: ID!) {\n  campaign(id: $campaignId) {\n    id\n    state\n    stateLabel\n  }\n  campaignScores(campaignId: $campaignId) {\n    campaignId\n    campaignState\n    selfScoringOpen\n    expertScoringOpen\n    self {\n      ...ScoreTotalsFields\n    }\n    expert {\n      ...ScoreTotalsFields\n    }\n    projected {\n      ...ScoreTotalsFields\n    }\n    indicators {\n      indicatorId\n      code\n      parentCode\n      level\n      title\n      maxScore\n      self\n      selfCapped\n      expert\n      expertCapped\n      projected\n      vetoed\n      rules {\n        ruleId\n        code\n        text\n        kind\n        params\n        maxPoints\n        tasks\n        approvedTasks\n        lateTasks\n        returnedTasks\n        projected\n        difference\n        self {\n          ...RuleScoreFields\n        }\n        expert {\n          ...RuleScoreFields\n        }\n      }\n    }\n    pointsAtRisk {\n      ruleId\n      ruleCode\n      ruleText\n      indicatorCode\n      points\n      lateTasks\n      returnedTasks\n      departments\n      veto\n    }\n  }\n}": types.ScoreTotalsFieldsFragmentDoc,
    "query TaskTable($campaignId: ID!, $first: Int, $after: String) {\n  tasks(campaignId: $campaignId, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      node {\n        id\n        state\n        stateLabel\n        role\n        dueOn\n        deadlineStatus\n        daysUntilDue\n        department {\n          id\n          name\n        }\n        scoringRule {\n          id\n          code\n          text\n          points\n          kind\n          indicator {\n            id\n            code\n            title\n            requirements {\n              id\n              code\n            }\n          }\n          responsibleUnits {\n            name\n            role\n            isGroup\n          }\n        }\n      }\n    }\n  }\n}": types.TaskTableDocument,
    "query TaskWorkList($campaignId: ID!, $state: String, $first: Int, $after: String) {\n  tasks(campaignId: $campaignId, state: $state, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      node {\n        ...TaskWorkFields\n      }\n    }\n  }\n}\n\nfragment TaskWorkFields on Task {\n  id\n  state\n  stateLabel\n  role\n  dueOn\n  version\n  deadlineStatus\n  daysUntilDue\n  department {\n    id\n    name\n  }\n  scoringRule {\n    id\n    code\n    text\n    points\n    kind\n    note\n    indicator {\n      id\n      code\n      title\n      requirements {\n        id\n        code\n        text\n      }\n    }\n    responsibleUnits {\n      name\n      role\n      isGroup\n    }\n  }\n}": types.TaskWorkListDocument,
    "mutation AssignUserDepartment($input: AssignUserDepartmentInput!) {\n  assignUserDepartment(input: $input) {\n    ...UserAccountFields\n  }\n}": types.AssignUserDepartmentDocument,
    "mutation CreateUser($input: CreateUserInput!) {\n  createUser(input: $input) {\n    ...UserAccountFields\n  }\n}": types.CreateUserDocument,
    "mutation ResetUserPassword($input: ResetUserPasswordInput!) {\n  resetUserPassword(input: $input) {\n    ...UserAccountFields\n  }\n}": types.ResetUserPasswordDocument,
    "mutation SetUserDisabled($input: SetUserDisabledInput!) {\n  setUserDisabled(input: $input) {\n    ...UserAccountFields\n  }\n}": types.SetUserDisabledDocument,
    "mutation SetUserRoles($input: SetUserRolesInput!) {\n  setUserRoles(input: $input) {\n    ...UserAccountFields\n  }\n}": types.SetUserRolesDocument,
    "mutation UnlockUser($input: UnlockUserInput!) {\n  unlockUser(input: $input) {\n    ...UserAccountFields\n  }\n}": types.UnlockUserDocument,
    "query Users {\n  users {\n    ...UserAccountFields\n  }\n}\n\nfragment UserAccountFields on User {\n  id\n  username\n  displayName\n  email\n  roles\n  disabled\n  lockedUntil\n  lastLoginAt\n  organisationName\n  organisationId\n  department {\n    id\n    name\n  }\n}": types.UsersDocument,
    "query AvailableTransitions($entityType: String!, $id: ID!) {\n  availableTransitions(entityType: $entityType, id: $id) {\n    event\n    label\n    allowed\n    available\n    to\n    toLabel\n    code\n    reasons\n  }\n}": types.AvailableTransitionsDocument,
    "query CampaignWorkflow($id: ID!) {\n  campaign(id: $id) {\n    id\n    name\n    state\n    stateLabel\n    version\n    workflow\n    phases {\n      key\n      name\n      startsOn\n      endsOn\n    }\n    documents {\n      id\n      kind\n      title\n      recordedAt\n    }\n  }\n}": types.CampaignWorkflowDocument,
    "mutation Transition($input: TransitionInput!) {\n  transition(input: $input) {\n    entityType\n    id\n    state\n    stateLabel\n    version\n    entry {\n      ...TransitionLogFields\n    }\n    task {\n      id\n      state\n      stateLabel\n      version\n      deadlineStatus\n      daysUntilDue\n    }\n    campaign {\n      id\n      state\n      stateLabel\n      version\n    }\n  }\n}": types.TransitionDocument,
    "query TransitionHistory($entityType: String!, $id: ID!) {\n  transitionHistory(entityType: $entityType, id: $id) {\n    ...TransitionLogFields\n  }\n}\n\nfragment TransitionLogFields on TransitionLogEntry {\n  id\n  event\n  eventLabel\n  from\n  fromLabel\n  to\n  toLabel\n  actorName\n  actorRoles\n  comment\n  at\n  definitionVersion\n}": types.TransitionHistoryDocument,
    "mutation UploadWorkflowDefinition($input: UploadWorkflowDefinitionInput!) {\n  uploadWorkflowDefinition(input: $input) {\n    ...WorkflowDefinitionFields\n  }\n}": types.UploadWorkflowDefinitionDocument,
    "query WorkflowDefinition($key: String!, $version: Int) {\n  workflowDefinition(key: $key, version: $version) {\n    ...WorkflowDefinitionFields\n  }\n}": types.WorkflowDefinitionDocument,
    "query WorkflowDefinitions {\n  workflowDefinitions {\n    ...WorkflowDefinitionFields\n  }\n}\n\nfragment WorkflowDefinitionFields on WorkflowDefinition {\n  id\n  key\n  version\n  name\n  entityType\n  fileName\n  checksum\n  createdAt\n  source\n  ownerId\n  ownerName\n  shareWithDescendants\n  graph {\n    nodes {\n      id\n      label\n      parent\n      initial\n      final\n    }\n    edges {\n      id\n      from\n      to\n      event\n      label\n    }\n  }\n}": types.WorkflowDefinitionsDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation Login($input: LoginInput!) {\n  login(input: $input) {\n    expiresAt\n    user {\n      ...CurrentUserFields\n    }\n  }\n}"): (typeof documents)["mutation Login($input: LoginInput!) {\n  login(input: $input) {\n    expiresAt\n    user {\n      ...CurrentUserFields\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation Logout {\n  logout\n}"): (typeof documents)["mutation Logout {\n  logout\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Me {\n  me {\n    ...CurrentUserFields\n  }\n}\n\nfragment CurrentUserFields on User {\n  id\n  username\n  displayName\n  roles\n  organisationName\n  department {\n    id\n    name\n  }\n}"): (typeof documents)["query Me {\n  me {\n    ...CurrentUserFields\n  }\n}\n\nfragment CurrentUserFields on User {\n  id\n  username\n  displayName\n  roles\n  organisationName\n  department {\n    id\n    name\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CampaignElectiveGroups($campaignId: ID!) {\n  campaignElectiveGroups(campaignId: $campaignId) {\n    ...ElectiveGroupFields\n  }\n}\n\nfragment ElectiveGroupFields on ElectiveGroup {\n  indicatorId\n  code\n  title\n  min\n  max\n  counting\n  description\n  decided\n  options {\n    indicatorId\n    code\n    title\n    chosen\n    chosenBy\n    chosenAt\n  }\n}"): (typeof documents)["query CampaignElectiveGroups($campaignId: ID!) {\n  campaignElectiveGroups(campaignId: $campaignId) {\n    ...ElectiveGroupFields\n  }\n}\n\nfragment ElectiveGroupFields on ElectiveGroup {\n  indicatorId\n  code\n  title\n  min\n  max\n  counting\n  description\n  decided\n  options {\n    indicatorId\n    code\n    title\n    chosen\n    chosenBy\n    chosenAt\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CampaignPlan($id: ID!) {\n  campaign(id: $id) {\n    id\n    name\n    taskPhaseKey\n    phases {\n      key\n      name\n      startsOn\n      endsOn\n    }\n  }\n  campaignPlanChanges(campaignId: $id) {\n    batchId\n    at\n    actorName\n    reason\n    subjectType\n    subjectLabel\n    field\n    oldValue\n    newValue\n  }\n}"): (typeof documents)["query CampaignPlan($id: ID!) {\n  campaign(id: $id) {\n    id\n    name\n    taskPhaseKey\n    phases {\n      key\n      name\n      startsOn\n      endsOn\n    }\n  }\n  campaignPlanChanges(campaignId: $id) {\n    batchId\n    at\n    actorName\n    reason\n    subjectType\n    subjectLabel\n    field\n    oldValue\n    newValue\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CampaignTemplateChoices {\n  campaignTemplateChoices {\n    id\n    key\n    version\n    name\n    source\n    ownerId\n  }\n}"): (typeof documents)["query CampaignTemplateChoices {\n  campaignTemplateChoices {\n    id\n    key\n    version\n    name\n    source\n    ownerId\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ChooseElectiveOptions($input: ChooseElectiveOptionsInput!) {\n  chooseElectiveOptions(input: $input) {\n    tasksCreated\n    tasksCancelled\n    group {\n      ...ElectiveGroupFields\n    }\n  }\n}"): (typeof documents)["mutation ChooseElectiveOptions($input: ChooseElectiveOptionsInput!) {\n  chooseElectiveOptions(input: $input) {\n    tasksCreated\n    tasksCancelled\n    group {\n      ...ElectiveGroupFields\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PreviewCampaignSetUp($input: SetUpCampaignInput!) {\n  previewCampaignSetUp(input: $input) {\n    templateId\n    templateKey\n    templateVersion\n    templateName\n    phases {\n      key\n      name\n      startsOn\n      endsOn\n    }\n    taskPhaseKey\n    defaultDueOn\n    taskCount\n    departmentCount\n    ruleCount\n    rulesWithoutTasks\n    dueDates {\n      dueOn\n      tasks\n    }\n    tasks {\n      ruleCode\n      ruleText\n      indicatorCode\n      departmentId\n      departmentName\n      role\n      dueOn\n    }\n  }\n}"): (typeof documents)["query PreviewCampaignSetUp($input: SetUpCampaignInput!) {\n  previewCampaignSetUp(input: $input) {\n    templateId\n    templateKey\n    templateVersion\n    templateName\n    phases {\n      key\n      name\n      startsOn\n      endsOn\n    }\n    taskPhaseKey\n    defaultDueOn\n    taskCount\n    departmentCount\n    ruleCount\n    rulesWithoutTasks\n    dueDates {\n      dueOn\n      tasks\n    }\n    tasks {\n      ruleCode\n      ruleText\n      indicatorCode\n      departmentId\n      departmentName\n      role\n      dueOn\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ReplanCampaign($input: ReplanCampaignInput!) {\n  replanCampaign(input: $input) {\n    batchId\n    phaseChanges\n    taskChanges\n  }\n}"): (typeof documents)["mutation ReplanCampaign($input: ReplanCampaignInput!) {\n  replanCampaign(input: $input) {\n    batchId\n    phaseChanges\n    taskChanges\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SetUpCampaign($input: SetUpCampaignInput!) {\n  setUpCampaign(input: $input) {\n    campaignId\n    created\n    tasks\n  }\n}"): (typeof documents)["mutation SetUpCampaign($input: SetUpCampaignInput!) {\n  setUpCampaign(input: $input) {\n    campaignId\n    created\n    tasks\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation StartNewCycle($input: StartNewCycleInput!) {\n  startNewCycle(input: $input) {\n    campaignId\n    tasks\n    carriedEvidence\n    notCarried\n  }\n}"): (typeof documents)["mutation StartNewCycle($input: StartNewCycleInput!) {\n  startNewCycle(input: $input) {\n    campaignId\n    tasks\n    carriedEvidence\n    notCarried\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CampaignIndicatorTree($id: ID!) {\n  campaign(id: $id) {\n    id\n    name\n    state\n    totalScore\n    phases {\n      ...CampaignPhaseFields\n      steps {\n        ...CampaignPhaseFields\n      }\n    }\n    indicators {\n      ...IndicatorNodeFields\n      children {\n        ...IndicatorNodeFields\n      }\n    }\n  }\n}\n\nfragment CampaignPhaseFields on CampaignPhase {\n  key\n  name\n  startsOn\n  endsOn\n  description\n}\n\nfragment IndicatorNodeFields on Indicator {\n  id\n  code\n  title\n  maxScore\n  level\n  requirements {\n    id\n    code\n    text\n  }\n  scoringRules {\n    id\n    code\n    text\n    points\n    kind\n    params\n    note\n    responsibleUnits {\n      name\n      isGroup\n      role\n    }\n  }\n}"): (typeof documents)["query CampaignIndicatorTree($id: ID!) {\n  campaign(id: $id) {\n    id\n    name\n    state\n    totalScore\n    phases {\n      ...CampaignPhaseFields\n      steps {\n        ...CampaignPhaseFields\n      }\n    }\n    indicators {\n      ...IndicatorNodeFields\n      children {\n        ...IndicatorNodeFields\n      }\n    }\n  }\n}\n\nfragment CampaignPhaseFields on CampaignPhase {\n  key\n  name\n  startsOn\n  endsOn\n  description\n}\n\nfragment IndicatorNodeFields on Indicator {\n  id\n  code\n  title\n  maxScore\n  level\n  requirements {\n    id\n    code\n    text\n  }\n  scoringRules {\n    id\n    code\n    text\n    points\n    kind\n    params\n    note\n    responsibleUnits {\n      name\n      isGroup\n      role\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CampaignList {\n  campaigns {\n    id\n    name\n    state\n    totalScore\n  }\n}"): (typeof documents)["query CampaignList {\n  campaigns {\n    id\n    name\n    state\n    totalScore\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CampaignDashboard($campaignId: ID!) {\n  campaignDashboard(campaignId: $campaignId) {\n    today\n    progress\n    totalTasks\n    doneTasks\n    byState {\n      state\n      label\n      count\n    }\n    byIndicator {\n      code\n      title\n      maxScore\n      total\n      done\n      submitted\n      overdue\n      progress\n    }\n    byDepartment {\n      departmentId\n      name\n      kind\n      rank\n      total\n      done\n      submitted\n      returned\n      overdue\n      progress\n    }\n    overdueTasks {\n      taskId\n      ruleCode\n      ruleText\n      points\n      departmentName\n      dueOn\n      daysUntilDue\n      deadlineStatus\n      state\n      stateLabel\n    }\n  }\n}"): (typeof documents)["query CampaignDashboard($campaignId: ID!) {\n  campaignDashboard(campaignId: $campaignId) {\n    today\n    progress\n    totalTasks\n    doneTasks\n    byState {\n      state\n      label\n      count\n    }\n    byIndicator {\n      code\n      title\n      maxScore\n      total\n      done\n      submitted\n      overdue\n      progress\n    }\n    byDepartment {\n      departmentId\n      name\n      kind\n      rank\n      total\n      done\n      submitted\n      returned\n      overdue\n      progress\n    }\n    overdueTasks {\n      taskId\n      ruleCode\n      ruleText\n      points\n      departmentName\n      dueOn\n      daysUntilDue\n      deadlineStatus\n      state\n      stateLabel\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CampaignScores($campaignId: ID!) {\n  campaignScores(campaignId: $campaignId) {\n    campaignId\n    projected {\n      points\n      maxTotal\n      uncapped\n      capped\n      complete\n      rules\n      scoredRules\n      vetoed\n      vetoedBy\n    }\n    pointsAtRisk {\n      ruleId\n      ruleCode\n      ruleText\n      indicatorCode\n      points\n      lateTasks\n      returnedTasks\n      departments\n      veto\n    }\n  }\n}"): (typeof documents)["query CampaignScores($campaignId: ID!) {\n  campaignScores(campaignId: $campaignId) {\n    campaignId\n    projected {\n      points\n      maxTotal\n      uncapped\n      capped\n      complete\n      rules\n      scoredRules\n      vetoed\n      vetoedBy\n    }\n    pointsAtRisk {\n      ruleId\n      ruleCode\n      ruleText\n      indicatorCode\n      points\n      lateTasks\n      returnedTasks\n      departments\n      veto\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RemindDepartment($campaignId: ID!, $departmentId: ID!) {\n  remindDepartment(campaignId: $campaignId, departmentId: $departmentId)\n}"): (typeof documents)["mutation RemindDepartment($campaignId: ID!, $departmentId: ID!) {\n  remindDepartment(campaignId: $campaignId, departmentId: $departmentId)\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RemindTask($taskId: ID!) {\n  remindTask(taskId: $taskId)\n}"): (typeof documents)["mutation RemindTask($taskId: ID!) {\n  remindTask(taskId: $taskId)\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ReminderPreview {\n  reminderPreview {\n    day\n    tasks\n    overdue\n    departments\n  }\n}"): (typeof documents)["query ReminderPreview {\n  reminderPreview {\n    day\n    tasks\n    overdue\n    departments\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RunReminderScan {\n  runReminderScan {\n    day\n    tasksReminded\n    departments\n    delivered\n    failed\n    skipped\n  }\n}"): (typeof documents)["mutation RunReminderScan {\n  runReminderScan {\n    day\n    tasksReminded\n    departments\n    delivered\n    failed\n    skipped\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateDepartment($input: DepartmentInput!) {\n  createDepartment(input: $input) {\n    ...DepartmentFields\n  }\n}"): (typeof documents)["mutation CreateDepartment($input: DepartmentInput!) {\n  createDepartment(input: $input) {\n    ...DepartmentFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateDepartmentGroup($input: CreateDepartmentGroupInput!) {\n  createDepartmentGroup(input: $input) {\n    id\n    name\n    description\n    members {\n      id\n      name\n    }\n  }\n}"): (typeof documents)["mutation CreateDepartmentGroup($input: CreateDepartmentGroupInput!) {\n  createDepartmentGroup(input: $input) {\n    id\n    name\n    description\n    members {\n      id\n      name\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateDepartmentKind($input: CreateDepartmentKindInput!) {\n  createDepartmentKind(input: $input) {\n    ...DepartmentKindFields\n  }\n}"): (typeof documents)["mutation CreateDepartmentKind($input: CreateDepartmentKindInput!) {\n  createDepartmentKind(input: $input) {\n    ...DepartmentKindFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DeleteDepartmentGroup($input: DeleteDepartmentGroupInput!) {\n  deleteDepartmentGroup(input: $input)\n}"): (typeof documents)["mutation DeleteDepartmentGroup($input: DeleteDepartmentGroupInput!) {\n  deleteDepartmentGroup(input: $input)\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DeleteDepartmentKind($input: DeleteDepartmentKindInput!) {\n  deleteDepartmentKind(input: $input)\n}"): (typeof documents)["mutation DeleteDepartmentKind($input: DeleteDepartmentKindInput!) {\n  deleteDepartmentKind(input: $input)\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DepartmentGroups {\n  departmentGroups {\n    id\n    name\n    description\n    source\n    members {\n      id\n      name\n    }\n  }\n}"): (typeof documents)["query DepartmentGroups {\n  departmentGroups {\n    id\n    name\n    description\n    source\n    members {\n      id\n      name\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DepartmentKinds {\n  departmentKinds {\n    ...DepartmentKindFields\n  }\n}\n\nfragment DepartmentKindFields on DepartmentKind {\n  id\n  key\n  label\n  ownerName\n  editable\n}"): (typeof documents)["query DepartmentKinds {\n  departmentKinds {\n    ...DepartmentKindFields\n  }\n}\n\nfragment DepartmentKindFields on DepartmentKind {\n  id\n  key\n  label\n  ownerName\n  editable\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Departments {\n  departments {\n    ...DepartmentFields\n  }\n}\n\nfragment DepartmentFields on Department {\n  id\n  name\n  fullName\n  kind\n  tags\n}"): (typeof documents)["query Departments {\n  departments {\n    ...DepartmentFields\n  }\n}\n\nfragment DepartmentFields on Department {\n  id\n  name\n  fullName\n  kind\n  tags\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SetGroupMembers($input: SetGroupMembersInput!) {\n  setGroupMembers(input: $input) {\n    id\n    members {\n      id\n      name\n    }\n  }\n}"): (typeof documents)["mutation SetGroupMembers($input: SetGroupMembersInput!) {\n  setGroupMembers(input: $input) {\n    id\n    members {\n      id\n      name\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateDepartment($input: UpdateDepartmentInput!) {\n  updateDepartment(input: $input) {\n    ...DepartmentFields\n  }\n}"): (typeof documents)["mutation UpdateDepartment($input: UpdateDepartmentInput!) {\n  updateDepartment(input: $input) {\n    ...DepartmentFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateDepartmentGroup($input: UpdateDepartmentGroupInput!) {\n  updateDepartmentGroup(input: $input) {\n    id\n    name\n    description\n  }\n}"): (typeof documents)["mutation UpdateDepartmentGroup($input: UpdateDepartmentGroupInput!) {\n  updateDepartmentGroup(input: $input) {\n    id\n    name\n    description\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateDepartmentKind($input: UpdateDepartmentKindInput!) {\n  updateDepartmentKind(input: $input) {\n    ...DepartmentKindFields\n  }\n}"): (typeof documents)["mutation UpdateDepartmentKind($input: UpdateDepartmentKindInput!) {\n  updateDepartmentKind(input: $input) {\n    ...DepartmentKindFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DeleteEvidence($input: DeleteEvidenceInput!) {\n  deleteEvidence(input: $input) {\n    ...EvidenceFields\n  }\n}"): (typeof documents)["mutation DeleteEvidence($input: DeleteEvidenceInput!) {\n  deleteEvidence(input: $input) {\n    ...EvidenceFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ReplaceEvidence($input: ReplaceEvidenceInput!) {\n  replaceEvidence(input: $input) {\n    ...EvidenceFields\n  }\n}"): (typeof documents)["mutation ReplaceEvidence($input: ReplaceEvidenceInput!) {\n  replaceEvidence(input: $input) {\n    ...EvidenceFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RestoreEvidence($input: RestoreEvidenceInput!) {\n  restoreEvidence(input: $input) {\n    ...EvidenceFields\n  }\n}"): (typeof documents)["mutation RestoreEvidence($input: RestoreEvidenceInput!) {\n  restoreEvidence(input: $input) {\n    ...EvidenceFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TaskEvidence($taskId: ID!, $includeDeleted: Boolean) {\n  taskEvidence(taskId: $taskId, includeDeleted: $includeDeleted) {\n    ...EvidenceFields\n  }\n}\n\nfragment EvidenceFields on Evidence {\n  id\n  taskId\n  requirementCode\n  revision\n  currentVersion\n  createdAt\n  createdBy\n  updatedAt\n  deletedAt\n  deletedBy\n  carriedFrom {\n    campaignId\n    campaignName\n  }\n  current {\n    ...EvidenceVersionFields\n  }\n  versions {\n    ...EvidenceVersionFields\n  }\n}\n\nfragment EvidenceVersionFields on EvidenceVersion {\n  id\n  number\n  kind\n  kindLabel\n  description\n  refersTo\n  createdAt\n  createdBy\n  previewUrl\n  downloadUrl\n  file {\n    id\n    originalName\n    mediaType\n    size\n    uploadedAt\n    uploadedBy\n  }\n}"): (typeof documents)["query TaskEvidence($taskId: ID!, $includeDeleted: Boolean) {\n  taskEvidence(taskId: $taskId, includeDeleted: $includeDeleted) {\n    ...EvidenceFields\n  }\n}\n\nfragment EvidenceFields on Evidence {\n  id\n  taskId\n  requirementCode\n  revision\n  currentVersion\n  createdAt\n  createdBy\n  updatedAt\n  deletedAt\n  deletedBy\n  carriedFrom {\n    campaignId\n    campaignName\n  }\n  current {\n    ...EvidenceVersionFields\n  }\n  versions {\n    ...EvidenceVersionFields\n  }\n}\n\nfragment EvidenceVersionFields on EvidenceVersion {\n  id\n  number\n  kind\n  kindLabel\n  description\n  refersTo\n  createdAt\n  createdBy\n  previewUrl\n  downloadUrl\n  file {\n    id\n    originalName\n    mediaType\n    size\n    uploadedAt\n    uploadedBy\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query EvidencePackageInfo($campaignId: ID!) {\n  evidencePackageInfo(campaignId: $campaignId) {\n    files\n    indicators\n    bytes\n    url\n    fileName\n  }\n}"): (typeof documents)["query EvidencePackageInfo($campaignId: ID!) {\n  evidencePackageInfo(campaignId: $campaignId) {\n    files\n    indicators\n    bytes\n    url\n    fileName\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ImportIndicatorTable($input: ImportIndicatorTableInput!) {\n  importIndicatorTable(input: $input) {\n    created\n    systemId\n    key\n    name\n    version\n    indicatorCount\n    requirementCount\n    ruleCount\n    warnings {\n      ...TableProblemFields\n    }\n  }\n}"): (typeof documents)["mutation ImportIndicatorTable($input: ImportIndicatorTableInput!) {\n  importIndicatorTable(input: $input) {\n    created\n    systemId\n    key\n    name\n    version\n    indicatorCount\n    requirementCount\n    ruleCount\n    warnings {\n      ...TableProblemFields\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment TableProblemFields on TableProblem {\n  sheet\n  row\n  column\n  field\n  code\n  message\n  severity\n}\n\nmutation PreviewIndicatorTable($input: IndicatorTableFileInput!) {\n  previewIndicatorTable(input: $input) {\n    ok\n    name\n    key\n    sheet\n    layout\n    totalScore\n    indicatorCount\n    requirementCount\n    ruleCount\n    indicators {\n      code\n      level\n      title\n      maxScore\n      requirements\n      rules\n    }\n    problems {\n      ...TableProblemFields\n    }\n    unknownUnits {\n      name\n      cells\n      suggestions {\n        kind\n        name\n        score\n      }\n    }\n  }\n}"): (typeof documents)["fragment TableProblemFields on TableProblem {\n  sheet\n  row\n  column\n  field\n  code\n  message\n  severity\n}\n\nmutation PreviewIndicatorTable($input: IndicatorTableFileInput!) {\n  previewIndicatorTable(input: $input) {\n    ok\n    name\n    key\n    sheet\n    layout\n    totalScore\n    indicatorCount\n    requirementCount\n    ruleCount\n    indicators {\n      code\n      level\n      title\n      maxScore\n      requirements\n      rules\n    }\n    problems {\n      ...TableProblemFields\n    }\n    unknownUnits {\n      name\n      cells\n      suggestions {\n        kind\n        name\n        score\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MarkNotificationsRead($ids: [ID!]) {\n  markNotificationsRead(ids: $ids)\n}"): (typeof documents)["mutation MarkNotificationsRead($ids: [ID!]) {\n  markNotificationsRead(ids: $ids)\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Notifications($first: Int) {\n  unreadNotificationCount\n  notifications(first: $first) {\n    totalCount\n    edges {\n      node {\n        id\n        title\n        body\n        entityType\n        entityId\n        createdAt\n        read\n      }\n    }\n  }\n}"): (typeof documents)["query Notifications($first: Int) {\n  unreadNotificationCount\n  notifications(first: $first) {\n    totalCount\n    edges {\n      node {\n        id\n        title\n        body\n        entityType\n        entityId\n        createdAt\n        read\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateOrganisation($input: CreateOrganisationInput!) {\n  createOrganisation(input: $input) {\n    ...OrganisationFields\n  }\n}"): (typeof documents)["mutation CreateOrganisation($input: CreateOrganisationInput!) {\n  createOrganisation(input: $input) {\n    ...OrganisationFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MoveOrganisation($input: MoveOrganisationInput!) {\n  moveOrganisation(input: $input) {\n    ...OrganisationFields\n  }\n}"): (typeof documents)["mutation MoveOrganisation($input: MoveOrganisationInput!) {\n  moveOrganisation(input: $input) {\n    ...OrganisationFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MyOrganisation {\n  myOrganisation {\n    id\n    name\n    shortName\n    levelLabel\n    ancestors {\n      id\n      shortName\n    }\n  }\n}"): (typeof documents)["query MyOrganisation {\n  myOrganisation {\n    id\n    name\n    shortName\n    levelLabel\n    ancestors {\n      id\n      shortName\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Organisation($id: ID!) {\n  organisation(id: $id) {\n    ...OrganisationFields\n  }\n}"): (typeof documents)["query Organisation($id: ID!) {\n  organisation(id: $id) {\n    ...OrganisationFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Organisations($filter: OrganisationFilterInput, $first: Int, $after: String) {\n  organisations(filter: $filter, first: $first, after: $after) {\n    totalCount\n    edges {\n      node {\n        ...OrganisationFields\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}\n\nfragment OrganisationFields on Organisation {\n  id\n  code\n  name\n  shortName\n  level\n  levelLabel\n  parentId\n  depth\n  disabled\n  childCount\n  ancestors {\n    id\n    shortName\n  }\n}"): (typeof documents)["query Organisations($filter: OrganisationFilterInput, $first: Int, $after: String) {\n  organisations(filter: $filter, first: $first, after: $after) {\n    totalCount\n    edges {\n      node {\n        ...OrganisationFields\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}\n\nfragment OrganisationFields on Organisation {\n  id\n  code\n  name\n  shortName\n  level\n  levelLabel\n  parentId\n  depth\n  disabled\n  childCount\n  ancestors {\n    id\n    shortName\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RenameOrganisation($input: RenameOrganisationInput!) {\n  renameOrganisation(input: $input) {\n    ...OrganisationFields\n  }\n}"): (typeof documents)["mutation RenameOrganisation($input: RenameOrganisationInput!) {\n  renameOrganisation(input: $input) {\n    ...OrganisationFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SetOrganisationDisabled($input: SetOrganisationDisabledInput!) {\n  setOrganisationDisabled(input: $input) {\n    ...OrganisationFields\n  }\n}"): (typeof documents)["mutation SetOrganisationDisabled($input: SetOrganisationDisabledInput!) {\n  setOrganisationDisabled(input: $input) {\n    ...OrganisationFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ScoreHistory($campaignId: ID!, $ruleId: ID!) {\n  scoreHistory(campaignId: $campaignId, ruleId: $ruleId) {\n    ...RuleScoreFields\n  }\n}"): (typeof documents)["query ScoreHistory($campaignId: ID!, $ruleId: ID!) {\n  scoreHistory(campaignId: $campaignId, ruleId: $ruleId) {\n    ...RuleScoreFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ScoreRule($input: ScoreRuleInput!) {\n  scoreRule(input: $input) {\n    changed\n    score {\n      ...RuleScoreFields\n    }\n    totals {\n      ...ScoreTotalsFields\n    }\n  }\n}"): (typeof documents)["mutation ScoreRule($input: ScoreRuleInput!) {\n  scoreRule(input: $input) {\n    changed\n    score {\n      ...RuleScoreFields\n    }\n    totals {\n      ...ScoreTotalsFields\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment ScoreTotalsFields on ScoreTotals {\n  points\n  maxTotal\n  uncapped\n  capped\n  complete\n  rules\n  scoredRules\n  vetoed\n  vetoedBy\n}\n\nfragment RuleScoreFields on RuleScore {\n  id\n  ruleId\n  source\n  input\n  points\n  vetoed\n  explanation\n  comment\n  scoredBy\n  scoredAt\n  supersededAt\n}\n\nquery ScoreSheet($campaignId: ID!) {\n  campaign(id: $campaignId) {\n    id\n    state\n    stateLabel\n  }\n  campaignScores(campaignId: $campaignId) {\n    campaignId\n    campaignState\n    selfScoringOpen\n    expertScoringOpen\n    self {\n      ...ScoreTotalsFields\n    }\n    expert {\n      ...ScoreTotalsFields\n    }\n    projected {\n      ...ScoreTotalsFields\n    }\n    indicators {\n      indicatorId\n      code\n      parentCode\n      level\n      title\n      maxScore\n      self\n      selfCapped\n      expert\n      expertCapped\n      projected\n      vetoed\n      rules {\n        ruleId\n        code\n        text\n        kind\n        params\n        maxPoints\n        tasks\n        approvedTasks\n        lateTasks\n        returnedTasks\n        projected\n        difference\n        self {\n          ...RuleScoreFields\n        }\n        expert {\n          ...RuleScoreFields\n        }\n      }\n    }\n    pointsAtRisk {\n      ruleId\n      ruleCode\n      ruleText\n      indicatorCode\n      points\n      lateTasks\n      returnedTasks\n      departments\n      veto\n    }\n  }\n}"): (typeof documents)["fragment ScoreTotalsFields on ScoreTotals {\n  points\n  maxTotal\n  uncapped\n  capped\n  complete\n  rules\n  scoredRules\n  vetoed\n  vetoedBy\n}\n\nfragment RuleScoreFields on RuleScore {\n  id\n  ruleId\n  source\n  input\n  points\n  vetoed\n  explanation\n  comment\n  scoredBy\n  scoredAt\n  supersededAt\n}\n\nquery ScoreSheet($campaignId: ID!) {\n  campaign(id: $campaignId) {\n    id\n    state\n    stateLabel\n  }\n  campaignScores(campaignId: $campaignId) {\n    campaignId\n    campaignState\n    selfScoringOpen\n    expertScoringOpen\n    self {\n      ...ScoreTotalsFields\n    }\n    expert {\n      ...ScoreTotalsFields\n    }\n    projected {\n      ...ScoreTotalsFields\n    }\n    indicators {\n      indicatorId\n      code\n      parentCode\n      level\n      title\n      maxScore\n      self\n      selfCapped\n      expert\n      expertCapped\n      projected\n      vetoed\n      rules {\n        ruleId\n        code\n        text\n        kind\n        params\n        maxPoints\n        tasks\n        approvedTasks\n        lateTasks\n        returnedTasks\n        projected\n        difference\n        self {\n          ...RuleScoreFields\n        }\n        expert {\n          ...RuleScoreFields\n        }\n      }\n    }\n    pointsAtRisk {\n      ruleId\n      ruleCode\n      ruleText\n      indicatorCode\n      points\n      lateTasks\n      returnedTasks\n      departments\n      veto\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TaskTable($campaignId: ID!, $first: Int, $after: String) {\n  tasks(campaignId: $campaignId, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      node {\n        id\n        state\n        stateLabel\n        role\n        dueOn\n        deadlineStatus\n        daysUntilDue\n        department {\n          id\n          name\n        }\n        scoringRule {\n          id\n          code\n          text\n          points\n          kind\n          indicator {\n            id\n            code\n            title\n            requirements {\n              id\n              code\n            }\n          }\n          responsibleUnits {\n            name\n            role\n            isGroup\n          }\n        }\n      }\n    }\n  }\n}"): (typeof documents)["query TaskTable($campaignId: ID!, $first: Int, $after: String) {\n  tasks(campaignId: $campaignId, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      node {\n        id\n        state\n        stateLabel\n        role\n        dueOn\n        deadlineStatus\n        daysUntilDue\n        department {\n          id\n          name\n        }\n        scoringRule {\n          id\n          code\n          text\n          points\n          kind\n          indicator {\n            id\n            code\n            title\n            requirements {\n              id\n              code\n            }\n          }\n          responsibleUnits {\n            name\n            role\n            isGroup\n          }\n        }\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TaskWorkList($campaignId: ID!, $state: String, $first: Int, $after: String) {\n  tasks(campaignId: $campaignId, state: $state, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      node {\n        ...TaskWorkFields\n      }\n    }\n  }\n}\n\nfragment TaskWorkFields on Task {\n  id\n  state\n  stateLabel\n  role\n  dueOn\n  version\n  deadlineStatus\n  daysUntilDue\n  department {\n    id\n    name\n  }\n  scoringRule {\n    id\n    code\n    text\n    points\n    kind\n    note\n    indicator {\n      id\n      code\n      title\n      requirements {\n        id\n        code\n        text\n      }\n    }\n    responsibleUnits {\n      name\n      role\n      isGroup\n    }\n  }\n}"): (typeof documents)["query TaskWorkList($campaignId: ID!, $state: String, $first: Int, $after: String) {\n  tasks(campaignId: $campaignId, state: $state, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      node {\n        ...TaskWorkFields\n      }\n    }\n  }\n}\n\nfragment TaskWorkFields on Task {\n  id\n  state\n  stateLabel\n  role\n  dueOn\n  version\n  deadlineStatus\n  daysUntilDue\n  department {\n    id\n    name\n  }\n  scoringRule {\n    id\n    code\n    text\n    points\n    kind\n    note\n    indicator {\n      id\n      code\n      title\n      requirements {\n        id\n        code\n        text\n      }\n    }\n    responsibleUnits {\n      name\n      role\n      isGroup\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AssignUserDepartment($input: AssignUserDepartmentInput!) {\n  assignUserDepartment(input: $input) {\n    ...UserAccountFields\n  }\n}"): (typeof documents)["mutation AssignUserDepartment($input: AssignUserDepartmentInput!) {\n  assignUserDepartment(input: $input) {\n    ...UserAccountFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateUser($input: CreateUserInput!) {\n  createUser(input: $input) {\n    ...UserAccountFields\n  }\n}"): (typeof documents)["mutation CreateUser($input: CreateUserInput!) {\n  createUser(input: $input) {\n    ...UserAccountFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ResetUserPassword($input: ResetUserPasswordInput!) {\n  resetUserPassword(input: $input) {\n    ...UserAccountFields\n  }\n}"): (typeof documents)["mutation ResetUserPassword($input: ResetUserPasswordInput!) {\n  resetUserPassword(input: $input) {\n    ...UserAccountFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SetUserDisabled($input: SetUserDisabledInput!) {\n  setUserDisabled(input: $input) {\n    ...UserAccountFields\n  }\n}"): (typeof documents)["mutation SetUserDisabled($input: SetUserDisabledInput!) {\n  setUserDisabled(input: $input) {\n    ...UserAccountFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SetUserRoles($input: SetUserRolesInput!) {\n  setUserRoles(input: $input) {\n    ...UserAccountFields\n  }\n}"): (typeof documents)["mutation SetUserRoles($input: SetUserRolesInput!) {\n  setUserRoles(input: $input) {\n    ...UserAccountFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UnlockUser($input: UnlockUserInput!) {\n  unlockUser(input: $input) {\n    ...UserAccountFields\n  }\n}"): (typeof documents)["mutation UnlockUser($input: UnlockUserInput!) {\n  unlockUser(input: $input) {\n    ...UserAccountFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Users {\n  users {\n    ...UserAccountFields\n  }\n}\n\nfragment UserAccountFields on User {\n  id\n  username\n  displayName\n  email\n  roles\n  disabled\n  lockedUntil\n  lastLoginAt\n  organisationName\n  organisationId\n  department {\n    id\n    name\n  }\n}"): (typeof documents)["query Users {\n  users {\n    ...UserAccountFields\n  }\n}\n\nfragment UserAccountFields on User {\n  id\n  username\n  displayName\n  email\n  roles\n  disabled\n  lockedUntil\n  lastLoginAt\n  organisationName\n  organisationId\n  department {\n    id\n    name\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AvailableTransitions($entityType: String!, $id: ID!) {\n  availableTransitions(entityType: $entityType, id: $id) {\n    event\n    label\n    allowed\n    available\n    to\n    toLabel\n    code\n    reasons\n  }\n}"): (typeof documents)["query AvailableTransitions($entityType: String!, $id: ID!) {\n  availableTransitions(entityType: $entityType, id: $id) {\n    event\n    label\n    allowed\n    available\n    to\n    toLabel\n    code\n    reasons\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CampaignWorkflow($id: ID!) {\n  campaign(id: $id) {\n    id\n    name\n    state\n    stateLabel\n    version\n    workflow\n    phases {\n      key\n      name\n      startsOn\n      endsOn\n    }\n    documents {\n      id\n      kind\n      title\n      recordedAt\n    }\n  }\n}"): (typeof documents)["query CampaignWorkflow($id: ID!) {\n  campaign(id: $id) {\n    id\n    name\n    state\n    stateLabel\n    version\n    workflow\n    phases {\n      key\n      name\n      startsOn\n      endsOn\n    }\n    documents {\n      id\n      kind\n      title\n      recordedAt\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation Transition($input: TransitionInput!) {\n  transition(input: $input) {\n    entityType\n    id\n    state\n    stateLabel\n    version\n    entry {\n      ...TransitionLogFields\n    }\n    task {\n      id\n      state\n      stateLabel\n      version\n      deadlineStatus\n      daysUntilDue\n    }\n    campaign {\n      id\n      state\n      stateLabel\n      version\n    }\n  }\n}"): (typeof documents)["mutation Transition($input: TransitionInput!) {\n  transition(input: $input) {\n    entityType\n    id\n    state\n    stateLabel\n    version\n    entry {\n      ...TransitionLogFields\n    }\n    task {\n      id\n      state\n      stateLabel\n      version\n      deadlineStatus\n      daysUntilDue\n    }\n    campaign {\n      id\n      state\n      stateLabel\n      version\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TransitionHistory($entityType: String!, $id: ID!) {\n  transitionHistory(entityType: $entityType, id: $id) {\n    ...TransitionLogFields\n  }\n}\n\nfragment TransitionLogFields on TransitionLogEntry {\n  id\n  event\n  eventLabel\n  from\n  fromLabel\n  to\n  toLabel\n  actorName\n  actorRoles\n  comment\n  at\n  definitionVersion\n}"): (typeof documents)["query TransitionHistory($entityType: String!, $id: ID!) {\n  transitionHistory(entityType: $entityType, id: $id) {\n    ...TransitionLogFields\n  }\n}\n\nfragment TransitionLogFields on TransitionLogEntry {\n  id\n  event\n  eventLabel\n  from\n  fromLabel\n  to\n  toLabel\n  actorName\n  actorRoles\n  comment\n  at\n  definitionVersion\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UploadWorkflowDefinition($input: UploadWorkflowDefinitionInput!) {\n  uploadWorkflowDefinition(input: $input) {\n    ...WorkflowDefinitionFields\n  }\n}"): (typeof documents)["mutation UploadWorkflowDefinition($input: UploadWorkflowDefinitionInput!) {\n  uploadWorkflowDefinition(input: $input) {\n    ...WorkflowDefinitionFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query WorkflowDefinition($key: String!, $version: Int) {\n  workflowDefinition(key: $key, version: $version) {\n    ...WorkflowDefinitionFields\n  }\n}"): (typeof documents)["query WorkflowDefinition($key: String!, $version: Int) {\n  workflowDefinition(key: $key, version: $version) {\n    ...WorkflowDefinitionFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query WorkflowDefinitions {\n  workflowDefinitions {\n    ...WorkflowDefinitionFields\n  }\n}\n\nfragment WorkflowDefinitionFields on WorkflowDefinition {\n  id\n  key\n  version\n  name\n  entityType\n  fileName\n  checksum\n  createdAt\n  source\n  ownerId\n  ownerName\n  shareWithDescendants\n  graph {\n    nodes {\n      id\n      label\n      parent\n      initial\n      final\n    }\n    edges {\n      id\n      from\n      to\n      event\n      label\n    }\n  }\n}"): (typeof documents)["query WorkflowDefinitions {\n  workflowDefinitions {\n    ...WorkflowDefinitionFields\n  }\n}\n\nfragment WorkflowDefinitionFields on WorkflowDefinition {\n  id\n  key\n  version\n  name\n  entityType\n  fileName\n  checksum\n  createdAt\n  source\n  ownerId\n  ownerName\n  shareWithDescendants\n  graph {\n    nodes {\n      id\n      label\n      parent\n      initial\n      final\n    }\n    edges {\n      id\n      from\n      to\n      event\n      label\n    }\n  }\n}"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;