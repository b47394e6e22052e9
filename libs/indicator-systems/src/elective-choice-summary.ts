import { Field, Int, ObjectType } from '@nestjs/graphql';
import { DateTimeScalar } from '@accredit/api-kit';
import { type ElectiveGroup, describeElectiveChoice } from '@accredit/scoring';

/**
 * How a campaign chose in one of its elective groups (选做), the same on the indicator tree, the
 * score sheet and the exports. Built from the recorded choices; what counts towards the maxima
 * is the scoring library's word.
 */
@ObjectType('ElectiveChoiceSummary', { description: '创建工作中一个选做组的选择情况（指标体系、评分和导出中显示）' })
export class ElectiveChoiceSummaryModel {
  @Field(() => Int, { description: '至少选几项' })
  min!: number;

  @Field(() => Int, { description: '最多选几项' })
  max!: number;

  @Field(() => Int, { description: '可选项数' })
  optionCount!: number;

  @Field({ description: '是否已作出选择；尚未选择时各项都有任务，都计入' })
  decided!: boolean;

  @Field(() => Int, { description: '已选项数（尚未选择时为 0）' })
  chosenCount!: number;

  @Field({ description: '选择情况的说明，如「选做：已选 2 项（任选2项）」' })
  text!: string;

  @Field(() => String, { nullable: true, description: '最近一次选择的选择人' })
  chosenBy!: string | null;

  @Field(() => DateTimeScalar, { nullable: true, description: '最近一次选择的时间' })
  chosenAt!: Date | null;
}

/** One recorded choice of an option, as the summary needs it. */
export interface RecordedElectiveChoice {
  chosenBy: string;
  chosenAt: Date;
}

/** The summary of a group from its definition, its number of options and the options chosen (none: not decided). */
export function toElectiveChoiceSummary(group: ElectiveGroup, optionCount: number, chosen: readonly RecordedElectiveChoice[]): ElectiveChoiceSummaryModel {
  const latest = [...chosen].sort((a, b) => b.chosenAt.getTime() - a.chosenAt.getTime())[0] ?? null;
  return Object.assign(new ElectiveChoiceSummaryModel(), {
    min: group.min,
    max: group.max,
    optionCount,
    decided: chosen.length > 0,
    chosenCount: chosen.length,
    text: describeElectiveChoice(group, chosen.length > 0 ? chosen.length : null),
    chosenBy: latest?.chosenBy ?? null,
    chosenAt: latest?.chosenAt ?? null,
  });
}
