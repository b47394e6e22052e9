import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { type Connection, requestLoader, requireActor } from '@accredit/api-kit';
import { EvidenceCommands } from '../evidence-commands.service';
import { EvidenceQueries } from '../evidence-queries.service';
import { CarriedEvidenceSourceModel, EvidenceConnection, DeleteEvidenceInput, EvidenceModel, EvidenceVersionModel, ReplaceEvidenceInput, RestoreEvidenceInput } from './evidence.model';
import { toEvidenceVersionModel } from './to-evidence-model';
import { TaskModel, taskLoader } from '@accredit/tasks';
import { EntityManager } from '@mikro-orm/postgresql';

/** Evidence reads and changes. Files themselves go through /api/evidence (upload, download, preview). */
@Resolver(() => EvidenceModel)
export class EvidenceResolver {
  constructor(
    private readonly queries: EvidenceQueries,
    private readonly commands: EvidenceCommands,
    private readonly em: EntityManager,
  ) {}

  @Query(() => [EvidenceModel], { description: '某任务的佐证材料（当前版本，按佐证要求编号排列）' })
  taskEvidence(
    @Args('taskId', { type: () => ID, description: '任务编号' }) taskId: string,
    @Args('includeDeleted', { type: () => Boolean, nullable: true, description: '是否包含已删除的材料（可恢复）' }) includeDeleted: boolean | null,
    @Context() context: object,
  ): Promise<EvidenceModel[]> {
    return this.queries.forTask(requireActor(context), taskId, includeDeleted ?? false);
  }

  @Query(() => EvidenceConnection, { description: '办公室视图：某创建工作中某条佐证要求下各部门的材料，按任务分解表顺序分页' })
  evidenceByRequirement(
    @Args('campaignId', { type: () => ID, description: '创建工作编号' }) campaignId: string,
    @Args('requirementCode', { description: '佐证要求编号，如 1-1（指标体系中的编号，故为文字）' }) requirementCode: string,
    @Args('first', { type: () => Int, nullable: true, description: '每页条数，1–500，默认 50' }) first: number | null,
    @Args('after', { type: () => String, nullable: true, description: '从这个游标之后开始（上一页的 endCursor）' }) after: string | null,
    @Context() context: object,
  ): Promise<Connection<EvidenceModel>> {
    return this.queries.byRequirement(requireActor(context), campaignId, requirementCode, first, after);
  }

  @Mutation(() => EvidenceModel, { description: '用新上传的文件替换材料：新增一个版本，旧版本保留' })
  async replaceEvidence(@Args('input') input: ReplaceEvidenceInput, @Context() context: object): Promise<EvidenceModel> {
    const actor = requireActor(context);
    const evidence = await this.commands.replace(actor, input);
    return this.queries.one(actor, evidence.id);
  }

  @Mutation(() => EvidenceModel, { description: '删除材料（软删除：可由办公室管理员恢复）' })
  async deleteEvidence(@Args('input') input: DeleteEvidenceInput, @Context() context: object): Promise<EvidenceModel> {
    const actor = requireActor(context);
    const evidence = await this.commands.remove(actor, input.evidenceId, input.expectedRevision, input.reason);
    return this.queries.one(actor, evidence.id);
  }

  @Mutation(() => EvidenceModel, { description: '恢复已删除的材料（办公室管理员）' })
  async restoreEvidence(@Args('input') input: RestoreEvidenceInput, @Context() context: object): Promise<EvidenceModel> {
    const actor = requireActor(context);
    const evidence = await this.commands.restore(actor, input.evidenceId, input.expectedRevision);
    return this.queries.one(actor, evidence.id);
  }

  @ResolveField(() => [EvidenceVersionModel], { description: '全部版本，最新在前' })
  async versions(@Parent() evidence: EvidenceModel, @Context() context: object): Promise<EvidenceVersionModel[]> {
    const loader = requestLoader<string, EvidenceVersionModel[]>(context, 'evidence.versions', async (ids) =>
      (await this.queries.versionsOf(ids)).map((versions) => versions.map(toEvidenceVersionModel)),
    );
    return loader.load(evidence.id);
  }

  @ResolveField(() => TaskModel, { description: '所属任务' })
  async task(@Parent() evidence: EvidenceModel, @Context() context: object): Promise<TaskModel> {
    // The evidence was readable, so its task is: same organisation, same department.
    return taskLoader(context, this.em).load(evidence.taskId);
  }

  @ResolveField(() => CarriedEvidenceSourceModel, { nullable: true, description: '从上一轮创建工作带入时：来自哪一轮（内容与上一轮为同一文件，可替换）；本轮上传的为空' })
  async carriedFrom(@Parent() evidence: EvidenceModel, @Context() context: object): Promise<CarriedEvidenceSourceModel | null> {
    const loader = requestLoader<string, CarriedEvidenceSourceModel | null>(context, 'evidence.carriedFrom', async (ids) =>
      (await this.queries.carriedFromOf(ids)).map((source) => (source ? Object.assign(new CarriedEvidenceSourceModel(), source) : null)),
    );
    return loader.load(evidence.id);
  }
}
