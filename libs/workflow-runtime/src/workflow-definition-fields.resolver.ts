import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { OrganisationModel, OrganisationTreeService, organisationLoader, toOrganisationModel } from '@accredit/organisations';
import { toGraph } from '@accredit/workflow-engine';
import { WorkflowDefinitionModel, WorkflowGraphModel } from './workflow-definition.model';
import { WorkflowDefinitionsService } from './workflow-definitions.service';

/**
 * The parts of a definition that cost something, resolved only when selected: a list of
 * campaigns linking their definitions parses nothing and reads no organisation unless asked.
 */
@Resolver(() => WorkflowDefinitionModel)
export class WorkflowDefinitionFieldsResolver {
  constructor(
    private readonly definitions: WorkflowDefinitionsService,
    private readonly tree: OrganisationTreeService,
  ) {}

  @ResolveField(() => WorkflowGraphModel, { description: '状态图（解析流程定义得到，选中时才计算）' })
  graph(@Parent() definition: WorkflowDefinitionModel): WorkflowGraphModel {
    // parse is cached per stored record: a version never changes.
    const graph = toGraph(this.definitions.parse(definition));
    return {
      nodes: graph.nodes.map((node) => ({ ...node, parent: node.parent ?? null })),
      edges: graph.edges.map((edge) => ({ ...edge, confirm: edge.confirm ?? null })),
    };
  }

  @ResolveField(() => OrganisationModel, { nullable: true, description: '所属单位；为空表示平台默认（系统管理员维护，所有单位可用）' })
  async owner(@Parent() definition: WorkflowDefinitionModel, @Context() context: object): Promise<OrganisationModel | null> {
    return this.ownerOf(definition, context);
  }

  @ResolveField(() => String, { nullable: true, description: '所属单位名称；为空表示平台默认' })
  async ownerName(@Parent() definition: WorkflowDefinitionModel, @Context() context: object): Promise<string | null> {
    return (await this.ownerOf(definition, context))?.name ?? null;
  }

  /** Read already with the definition (the caller's own organisation: no statement), else one batch per request. */
  private async ownerOf(definition: WorkflowDefinitionModel, context: object): Promise<OrganisationModel | null> {
    if (!definition.ownerId) return null;
    return definition.knownOwner ?? toOrganisationModel(await organisationLoader(context, this.tree).load(definition.ownerId));
  }
}
