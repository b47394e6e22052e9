import { Args, Context, Field, ID, InputType, Int, Mutation, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { requireActor } from '@accredit/api-kit';
import { CampaignElectivesService, type ElectiveGroupState } from './campaign-electives.service';
import { ElectiveCountingEnum } from '@accredit/indicator-systems';

@ObjectType('ElectiveOption', { description: '选做组的一个可选项（下级指标）' })
export class ElectiveOptionModel {
  @Field(() => ID, { description: '指标编号（id）；指标本身请读 indicator' })
  indicatorId!: string;

  @Field({ description: '指标编号（指标体系中的编号，故为文字）' })
  code!: string;

  @Field({ description: '指标名称' })
  title!: string;

  @Field({ description: '是否已选；尚未选择时全部为否（各项都有任务）' })
  chosen!: boolean;

  @Field(() => String, { nullable: true, description: '选择人' })
  chosenBy!: string | null;

  @Field(() => Date, { nullable: true, description: '选择时间' })
  chosenAt!: Date | null;
}

@ObjectType('ElectiveGroup', { description: '创建工作中的一个选做组及其选择' })
export class ElectiveGroupModel {
  @Field(() => ID, { description: '选做组所在指标的编号（id）；指标本身请读 indicator' })
  indicatorId!: string;

  @Field({ description: '指标编号（指标体系中的编号，故为文字）' })
  code!: string;

  @Field({ description: '指标名称' })
  title!: string;

  @Field(() => Int, { description: '至少选几项' })
  min!: number;

  @Field(() => Int, { description: '最多选几项' })
  max!: number;

  @Field(() => ElectiveCountingEnum, { description: '未选项如何计分' })
  counting!: string;

  @Field({ description: '规则说明（任选2项 …）' })
  description!: string;

  @Field({ description: '是否已作出选择' })
  decided!: boolean;

  @Field(() => [ElectiveOptionModel], { description: '可选项' })
  options!: ElectiveOptionModel[];
}

@InputType({ description: '为一个选做组选择选项' })
export class ChooseElectiveOptionsInput {
  @Field(() => ID, { description: '创建工作' })
  campaignId!: string;

  @Field(() => ID, { description: '选做组所在指标 id' })
  groupIndicatorId!: string;

  @Field(() => [ID], { description: '选中的下级指标 id（min 到 max 项）' })
  optionIndicatorIds!: string[];
}

@ObjectType('ChooseElectiveOptionsResult', { description: '选择结果：任务随之增减' })
export class ChooseElectiveOptionsResult {
  @Field(() => ElectiveGroupModel, { description: '选择后的选做组' })
  group!: ElectiveGroupModel;

  @Field(() => Int, { description: '新生成的任务数' })
  tasksCreated!: number;

  @Field(() => Int, { description: '取消（删除）的任务数' })
  tasksCancelled!: number;
}

export function toElectiveGroupModel(state: ElectiveGroupState): ElectiveGroupModel {
  const chosen = new Map(state.chosen.map((choice) => [choice.option.id, choice]));
  return Object.assign(new ElectiveGroupModel(), {
    indicatorId: state.group.id,
    code: state.group.code,
    title: state.group.title,
    min: state.rule.min,
    max: state.rule.max,
    counting: state.rule.counting,
    description: state.description,
    decided: chosen.size > 0,
    options: state.options.map((option) =>
      Object.assign(new ElectiveOptionModel(), {
        indicatorId: option.id,
        code: option.code,
        title: option.title,
        chosen: chosen.has(option.id),
        chosenBy: chosen.get(option.id)?.chosenByName ?? null,
        chosenAt: chosen.get(option.id)?.chosenAt ?? null,
      }),
    ),
  });
}

@Resolver()
export class CampaignElectivesResolver {
  constructor(private readonly electives: CampaignElectivesService) {}

  @Query(() => [ElectiveGroupModel], { description: '创建工作的选做组及已作的选择' })
  async campaignElectiveGroups(@Args('campaignId', { type: () => ID }) campaignId: string, @Context() context: object): Promise<ElectiveGroupModel[]> {
    return (await this.electives.groups(requireActor(context), campaignId)).map(toElectiveGroupModel);
  }

  @Mutation(() => ChooseElectiveOptionsResult, { description: '选择选做组的选项（min 到 max 项）：记录选择人和时间，只为选中的项保留任务' })
  async chooseElectiveOptions(@Args('input') input: ChooseElectiveOptionsInput, @Context() context: object): Promise<ChooseElectiveOptionsResult> {
    const outcome = await this.electives.choose(requireActor(context), input);
    return Object.assign(new ChooseElectiveOptionsResult(), { group: toElectiveGroupModel(outcome.state), tasksCreated: outcome.tasksCreated, tasksCancelled: outcome.tasksCancelled });
  }
}
