import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { type OrganisationModel, toOrganisationModel } from '@accredit/organisations';
import type { WorkflowDefinitionRecord } from './workflow-definition.entity';
import { WorkflowSubjectTypeEnum } from './workflow-enums';
import { type SubjectType, isSubjectType } from './workflow-subject';

@ObjectType('WorkflowGraphNode', { description: '状态图的节点' })
export class WorkflowGraphNodeModel {
  @Field({ description: '状态键（流程定义中声明，故为文字）' })
  id!: string;

  @Field()
  label!: string;

  @Field(() => String, {
    nullable: true,
    description: '父状态，子步骤才有（流程定义中的状态，故为文字）',
  })
  parent!: string | null;

  @Field()
  initial!: boolean;

  @Field()
  final!: boolean;

  @Field({ description: '处于此状态时可以修改佐证材料（流程定义的 evidenceEditable）' })
  evidenceEditable!: boolean;

  @Field({ description: '此状态表示已提交、等待审核（流程定义的 reviewQueue）' })
  reviewQueue!: boolean;
}

@ObjectType('WorkflowGraphEdge', { description: '状态图的边（一个流转）' })
export class WorkflowGraphEdgeModel {
  @Field({ description: '流转的标识（由流程定义生成，故为文字）' })
  id!: string;

  @Field({ description: '原状态（流程定义中的状态，故为文字）' })
  from!: string;

  @Field({ description: '新状态（流程定义中的状态，故为文字）' })
  to!: string;

  @Field({ description: '事件名（流程定义中声明，故为文字）' })
  event!: string;

  @Field()
  label!: string;

  @Field({ description: '执行时必须填写意见' })
  needsComment!: boolean;

  @Field(() => String, { nullable: true, description: '执行前的确认提示语' })
  confirm!: string | null;
}

@ObjectType('WorkflowGraph', { description: '流程的状态图' })
export class WorkflowGraphModel {
  @Field(() => [WorkflowGraphNodeModel])
  nodes!: WorkflowGraphNodeModel[];

  @Field(() => [WorkflowGraphEdgeModel])
  edges!: WorkflowGraphEdgeModel[];
}

/**
 * A stored definition as its row says: cheap enough to link from every campaign of a list. The
 * state graph and the owner are resolved fields (WorkflowDefinitionFieldsResolver), computed only
 * when selected; the source is a few kilobytes already on the row, sent only when selected.
 */
@ObjectType('WorkflowDefinition', { description: '一个流程定义版本' })
export class WorkflowDefinitionModel {
  @Field(() => ID)
  id!: string;

  @Field({ description: '流程键，如 campaign、task（流程定义文件中声明，故为文字）' })
  key!: string;

  @Field(() => Int)
  version!: number;

  @Field({ description: '流程名称' })
  name!: string;

  @Field(() => WorkflowSubjectTypeEnum, {
    description: '驱动的对象类型（登记时只接受运行时能驱动的类型）',
  })
  entityType!: SubjectType;

  @Field({ description: 'sha256 校验和' })
  checksum!: string;

  @Field({ description: '文件名' })
  fileName!: string;

  @Field({ description: '登记时间' })
  createdAt!: Date;

  @Field({ description: 'YAML 原文' })
  source!: string;

  @Field(() => ID, {
    nullable: true,
    description: '所属单位编号；为空表示平台默认（系统管理员维护，所有单位可用）；单位本身请读 owner',
  })
  ownerId!: string | null;

  @Field({ description: '是否供所属单位的下级单位使用（下级没有自己的版本时）' })
  shareWithDescendants!: boolean;

  /** Not in the schema: the owner when the request has read it already (the caller's own organisation), so `owner` costs no statement. */
  knownOwner?: OrganisationModel;
}

export function toWorkflowDefinitionModel(record: WorkflowDefinitionRecord): WorkflowDefinitionModel {
  // Every stored record passed assertSubjectType on its way in; another value is a fault.
  if (!isSubjectType(record.entityType)) throw new Error(`workflow definition ${record.id} drives unknown entity type ${record.entityType}`);
  return Object.assign(new WorkflowDefinitionModel(), {
    id: record.id,
    key: record.key,
    version: record.version,
    name: record.name,
    entityType: record.entityType,
    checksum: record.checksum,
    fileName: record.fileName,
    createdAt: record.createdAt,
    source: record.source,
    // The reference's id, not a read of the organisation.
    ownerId: record.owner?.id ?? null,
    knownOwner: record.owner?.isInitialized() ? toOrganisationModel(record.owner.unwrap()) : undefined,
    shareWithDescendants: record.shareWithDescendants,
  });
}
