import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { campaignLinkResolver } from '@accredit/campaigns';
import { indicatorLinkResolver } from '@accredit/indicator-systems';
import { OrganisationModel, OrganisationTreeService, organisationLoader, toOrganisationModel } from '@accredit/organisations';
import { pinnedWorkflowsResolver } from '@accredit/workflow-runtime';
import { StartNewCycleResult } from './campaign-cycle.resolver';
import { CampaignSetUpPreviewModel, CampaignTemplateChoiceModel } from './campaign-designer.model';
import { ElectiveGroupModel, ElectiveOptionModel } from './campaign-electives.resolver';
import { SetUpCampaignResult } from './campaign-setup.resolver';

// What setting up a campaign names: the caller's own organisation's campaign, the indicators of
// the template it uses, the organisation that shares a template (its own or an ancestor, which
// Organisation.ancestors shows anyway) and the workflows the preview picked (ones the caller's
// organisation may use, as workflowDefinitions lists them). Every one is the caller's to read, so
// the links check nothing of their own; each is batched per request.

const SetUpCampaignResultLinks = campaignLinkResolver(SetUpCampaignResult, (result) => result.campaignId, { description: '设置（或已存在、未做修改）的创建工作' });
const StartNewCycleResultLinks = campaignLinkResolver(StartNewCycleResult, (result) => result.campaignId, { description: '新一轮的创建工作' });
const CampaignSetUpPreviewLinks = campaignLinkResolver(CampaignSetUpPreviewModel, (preview) => preview.existingCampaignId, {
  name: 'existingCampaign',
  nullable: true,
  description: 'YAML 模板对应的创建工作已存在时为它：设置不做任何修改，也不生成任务',
});

const CampaignSetUpPreviewWorkflows = pinnedWorkflowsResolver(CampaignSetUpPreviewModel, {
  workflowDefinition: '将使用的创建工作流程（所选的，或未选时本单位默认的）',
  taskWorkflowDefinition: '将使用的任务流程（所选的，或未选时本单位默认的）',
});

@Resolver(() => CampaignTemplateChoiceModel)
export class CampaignTemplateChoiceLinks {
  constructor(private readonly tree: OrganisationTreeService) {}

  @ResolveField(() => OrganisationModel, { nullable: true, description: '所属单位（本单位或共享它的上级）；平台的为空' })
  async owner(@Parent() choice: CampaignTemplateChoiceModel, @Context() context: object): Promise<OrganisationModel | null> {
    if (!choice.ownerId) return null;
    return toOrganisationModel(await organisationLoader(context, this.tree).load(choice.ownerId));
  }
}

export const SET_UP_LINKS = [
  SetUpCampaignResultLinks,
  StartNewCycleResultLinks,
  CampaignSetUpPreviewLinks,
  CampaignSetUpPreviewWorkflows,
  CampaignTemplateChoiceLinks,
  indicatorLinkResolver(ElectiveGroupModel),
  indicatorLinkResolver(ElectiveOptionModel),
];
