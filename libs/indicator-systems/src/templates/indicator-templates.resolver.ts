import { Args, Context, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { requireActor } from '@accredit/api-kit';
import type { ElectiveCounting } from '@accredit/scoring';
import {
  IndicatorTemplateCheckModel,
  IndicatorTemplateFileModel,
  IndicatorTemplateModel,
  IndicatorTemplateTreeInput,
  IndicatorTemplateTreeModel,
  SaveIndicatorTemplateResultModel,
} from './indicator-template.model';
import { type EditedTree, IndicatorTemplatesService } from './indicator-templates.service';
import { toRuleParams } from './to-rule-params';
import { toCheckModel, toTemplateModel, toTreeModel, toProblemModel, toVersionModel } from './to-template-models';

/** The input as the pure tree takes it (GraphQL's nullable fields, typed). */
function edited(input: IndicatorTemplateTreeInput): EditedTree {
  return {
    templateId: input.templateId,
    name: input.name,
    totalScore: input.totalScore ?? null,
    scoringMode: input.scoringMode ?? null,
    verdicts: input.verdicts
      ? {
          options: input.verdicts.options.map((option) => ({ label: option.label, ...(option.value === null || option.value === undefined ? {} : { value: option.value }) })),
          ...(input.verdicts.rollUp ? { rollUp: input.verdicts.rollUp as 'worst' | 'mean' } : {}),
        }
      : null,
    nodes: input.nodes.map((node) => ({
      ...node,
      elective: node.elective
        ? { min: node.elective.min, max: node.elective.max, counting: node.elective.counting as ElectiveCounting, ...(node.elective.best ? { best: node.elective.best } : {}) }
        : null,
      rules: (node.rules ?? []).map((rule) => ({ ...rule, scoring: toRuleParams(rule.scoring), units: rule.units ?? [] })),
    })),
  };
}

@Resolver()
export class IndicatorTemplatesResolver {
  constructor(private readonly service: IndicatorTemplatesService) {}

  @Query(() => [IndicatorTemplateModel], { description: '本单位可用的指标体系模板（本单位的、上级共享的、平台的），各含版本、来源文件、保存时间和保存人' })
  async indicatorTemplates(@Context() context: object): Promise<IndicatorTemplateModel[]> {
    return (await this.service.list(requireActor(context))).map(toTemplateModel);
  }

  @Query(() => IndicatorTemplateTreeModel, { description: '一个模板版本的完整指标体系树（各层级、分值、权重、选做、判定等级、评分规则及责任单位）' })
  async indicatorTemplateVersion(@Args('id', { type: () => ID, description: '模板版本编号' }) id: string, @Context() context: object): Promise<IndicatorTemplateTreeModel> {
    return toTreeModel(await this.service.version(requireActor(context), id));
  }

  @Query(() => IndicatorTemplateFileModel, { description: '导出模板版本为指标体系表（.xlsx），可原样再导入为同一棵树' })
  async exportIndicatorTemplate(@Args('id', { type: () => ID, description: '模板版本编号' }) id: string, @Context() context: object): Promise<IndicatorTemplateFileModel> {
    const file = await this.service.exportVersion(requireActor(context), id);
    return Object.assign(new IndicatorTemplateFileModel(), { fileName: file.fileName, contentBase64: file.content.toString('base64') });
  }

  @Mutation(() => IndicatorTemplateCheckModel, { description: '检查编辑后的指标体系树，返回与导入相同的问题列表（含位置）；不保存' })
  async checkIndicatorTemplate(@Args('input') input: IndicatorTemplateTreeInput, @Context() context: object): Promise<IndicatorTemplateCheckModel> {
    return toCheckModel(await this.service.check(requireActor(context), edited(input)));
  }

  @Mutation(() => SaveIndicatorTemplateResultModel, { description: '把编辑后的整棵树存为模板的新版本（已有版本不变）；有问题时返回 VALIDATION 及每个问题的位置' })
  async saveIndicatorTemplateVersion(@Args('input') input: IndicatorTemplateTreeInput, @Context() context: object): Promise<SaveIndicatorTemplateResultModel> {
    const actor = requireActor(context);
    const saved = await this.service.save(actor, edited(input));
    return Object.assign(new SaveIndicatorTemplateResultModel(), {
      template: toVersionModel({ system: saved.system, own: true, ownerName: null }),
      created: saved.created,
      warnings: saved.warnings.map(toProblemModel),
    });
  }
}
