import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { type Connection, requireActor } from '@accredit/api-kit';
import {
  CreateOrganisationInput,
  MoveOrganisationInput,
  OrganisationConnection,
  OrganisationModel,
  OrganisationsArgs,
  RenameOrganisationInput,
  SetOrganisationDisabledInput,
} from './organisation.model';
import { organisationAncestorsLoader, organisationChildCountLoader, organisationLoader } from './organisation-loaders';
import { OrganisationTreeCommands } from './organisation-tree-commands.service';
import { OrganisationTreeService } from './organisation-tree.service';
import { toOrganisationModel } from './to-organisation-model';

@Resolver(() => OrganisationModel)
export class OrganisationTreeResolver {
  constructor(
    private readonly tree: OrganisationTreeService,
    private readonly commands: OrganisationTreeCommands,
  ) {}

  @Query(() => OrganisationConnection, { description: '组织机构列表（按代码排序、分页；系统管理员：全部；办公室管理员：本单位及下级）' })
  async organisations(@Args() args: OrganisationsArgs, @Context() context: object): Promise<Connection<OrganisationModel>> {
    const page = await this.tree.page(requireActor(context), args.filter, args.first, args.after);
    return { ...page, edges: page.edges.map((edge) => ({ cursor: edge.cursor, node: toOrganisationModel(edge.node) })) };
  }

  @Query(() => OrganisationModel, { description: '一个组织机构（本单位及下级；系统管理员：任意）' })
  async organisation(@Args('id', { type: () => ID }) id: string, @Context() context: object): Promise<OrganisationModel> {
    return toOrganisationModel(await this.tree.get(requireActor(context), id));
  }

  @Query(() => OrganisationModel, { nullable: true, description: '当前用户所属的单位（含上级，用于页头和面包屑）；平台系统管理员为空' })
  async myOrganisation(@Context() context: object): Promise<OrganisationModel | null> {
    const own = await this.tree.own(requireActor(context));
    return own ? toOrganisationModel(own) : null;
  }

  @ResolveField(() => [OrganisationModel], { description: '全部上级单位，从全国开始（不含本单位）' })
  async ancestors(@Parent() organisation: OrganisationModel, @Context() context: object): Promise<OrganisationModel[]> {
    return (await organisationAncestorsLoader(context, this.tree).load(organisation.path)).map(toOrganisationModel);
  }

  @ResolveField(() => OrganisationModel, { nullable: true, description: '上级单位（全国为空）；与 ancestors 一样，能读本单位就能读到它' })
  async parent(@Parent() organisation: OrganisationModel, @Context() context: object): Promise<OrganisationModel | null> {
    if (!organisation.parentId) return null;
    return toOrganisationModel(await organisationLoader(context, this.tree).load(organisation.parentId));
  }

  @ResolveField(() => Int, { description: '直接下级单位数' })
  async childCount(@Parent() organisation: OrganisationModel, @Context() context: object): Promise<number> {
    return organisationChildCountLoader(context, this.tree).load(organisation.id);
  }

  @Mutation(() => OrganisationModel, { description: '新建组织机构（层级须低于上级）' })
  async createOrganisation(@Args('input') input: CreateOrganisationInput, @Context() context: object): Promise<OrganisationModel> {
    return toOrganisationModel(await this.commands.create(requireActor(context), input));
  }

  @Mutation(() => OrganisationModel, { description: '修改组织机构的名称和简称' })
  async renameOrganisation(@Args('input') input: RenameOrganisationInput, @Context() context: object): Promise<OrganisationModel> {
    return toOrganisationModel(await this.commands.rename(requireActor(context), input.id, input.name, input.shortName));
  }

  @Mutation(() => OrganisationModel, { description: '把组织机构连同全部下级移到另一个上级之下（不能移到它自己的下级）' })
  async moveOrganisation(@Args('input') input: MoveOrganisationInput, @Context() context: object): Promise<OrganisationModel> {
    return toOrganisationModel(await this.commands.move(requireActor(context), input.id, input.parentId));
  }

  @Mutation(() => OrganisationModel, { description: '停用（先停用其全部下级）或启用组织机构；停用后其用户不能登录' })
  async setOrganisationDisabled(@Args('input') input: SetOrganisationDisabledInput, @Context() context: object): Promise<OrganisationModel> {
    return toOrganisationModel(await this.commands.setDisabled(requireActor(context), input.id, input.disabled));
  }
}
