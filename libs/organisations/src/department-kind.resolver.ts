import { Args, Context, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { type Actor, requireActor } from '@accredit/api-kit';
import type { DepartmentKindRecord } from './department-kind.entity';
import { CreateDepartmentKindInput, DeleteDepartmentKindInput, DepartmentKindModel, UpdateDepartmentKindInput } from './department-kind.model';
import { DepartmentKindsService } from './department-kinds.service';

@Resolver(() => DepartmentKindModel)
export class DepartmentKindResolver {
  constructor(private readonly kinds: DepartmentKindsService) {}

  @Query(() => [DepartmentKindModel], { description: '本单位可用的部门类型：平台默认的、上级定义的和本单位定义的（平台系统管理员：平台默认的）' })
  async departmentKinds(@Context() context: object): Promise<DepartmentKindModel[]> {
    const actor = requireActor(context);
    return Promise.all((await this.kinds.usable(actor.organisationId)).map((kind) => this.toModel(actor, kind)));
  }

  @Mutation(() => DepartmentKindModel, { description: '新增部门类型' })
  async createDepartmentKind(@Args('input') input: CreateDepartmentKindInput, @Context() context: object): Promise<DepartmentKindModel> {
    const actor = requireActor(context);
    return this.toModel(actor, await this.kinds.create(actor, input.key, input.label));
  }

  @Mutation(() => DepartmentKindModel, { description: '修改部门类型名称（本单位定义的；平台默认的由平台系统管理员修改）' })
  async updateDepartmentKind(@Args('input') input: UpdateDepartmentKindInput, @Context() context: object): Promise<DepartmentKindModel> {
    const actor = requireActor(context);
    return this.toModel(actor, await this.kinds.update(actor, input.id, input.label));
  }

  @Mutation(() => ID, { description: '删除部门类型（仍有部门属于它时拒绝）；返回被删除的编号' })
  async deleteDepartmentKind(@Args('input') input: DeleteDepartmentKindInput, @Context() context: object): Promise<string> {
    return this.kinds.delete(requireActor(context), input.id);
  }

  private async toModel(actor: Actor, kind: DepartmentKindRecord): Promise<DepartmentKindModel> {
    const owner = kind.organisation ? await kind.organisation.load() : null;
    return Object.assign(new DepartmentKindModel(), { id: kind.id, key: kind.key, label: kind.label, ownerName: owner?.name ?? null, editable: this.kinds.canEdit(actor, kind) });
  }
}
