import { Field, ID, InputType, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ConnectionType, JsonScalar, DateTimeScalar } from '@accredit/api-kit';
import { AUDIT_ACTIONS, AUDIT_ACTION_LABELS, type AuditAction } from './audit-action';
import { AUDIT_ENTITY_TYPES, AUDIT_ENTITY_TYPE_LABELS, type AuditEntityType } from './audit-entity-type';

export const AuditActionEnum = Object.fromEntries(AUDIT_ACTIONS.map((action) => [action, action])) as { [A in AuditAction]: A };
registerEnumType(AuditActionEnum, {
  name: 'AuditAction',
  description: '审计日志记录的操作',
  valuesMap: Object.fromEntries(AUDIT_ACTIONS.map((action) => [action, { description: AUDIT_ACTION_LABELS[action] }])),
});

export const AuditEntityTypeEnum = Object.fromEntries(AUDIT_ENTITY_TYPES.map((type) => [type, type])) as { [T in AuditEntityType]: T };
registerEnumType(AuditEntityTypeEnum, {
  name: 'AuditEntityType',
  description: '审计日志记录的操作对象类型',
  valuesMap: Object.fromEntries(AUDIT_ENTITY_TYPES.map((type) => [type, { description: AUDIT_ENTITY_TYPE_LABELS[type] }])),
});

@ObjectType('AuditEvent', { description: '审计日志的一条记录（只追加、哈希链接，不能修改或删除）' })
export class AuditEventModel {
  @Field(() => ID, { description: '序号（从 1 连续递增，即记录顺序）' })
  id!: string;

  @Field(() => DateTimeScalar, { description: '时间' })
  at!: Date;

  @Field(() => AuditActionEnum, { description: '操作' })
  action!: AuditAction;

  @Field({ description: '操作的中文名称' })
  actionLabel!: string;

  @Field(() => ID, { nullable: true, description: '操作人编号；为空表示系统自身（启动、初始化），或登录失败时用户名不存在；操作人本身请读 actor' })
  actorId!: string | null;

  @Field(() => String, { nullable: true, description: '操作人登录名（登录失败时为输入的用户名）' })
  actorUsername!: string | null;

  @Field(() => String, { nullable: true, description: '操作人姓名' })
  actorName!: string | null;

  @Field(() => ID, { nullable: true, description: '所属单位编号；单位本身请读 organisation' })
  organisationId!: string | null;

  @Field(() => AuditEntityTypeEnum, { nullable: true, description: '操作对象类型；登录失败等没有对象时为空' })
  entityType!: string | null;

  @Field(() => String, { nullable: true, description: '操作对象编号' })
  entityId!: string | null;

  @Field(() => JsonScalar, { description: '详情，内容随 action 而不同（如状态的变化、文件的 sha256、评分）：每种审计动作记录自己的详情，故为开放的 JSON' })
  details!: Record<string, unknown>;

  @Field({ description: '前一条记录的哈希（第一条为 64 个 0）' })
  prevHash!: string;

  @Field({ description: '本条记录的哈希：sha256（内容 + 前一条的哈希）' })
  hash!: string;
}

export const AuditEventConnection = ConnectionType(AuditEventModel, 'AuditEvent');

@InputType({ description: '审计日志的筛选条件（都不填则为全部）' })
export class AuditEventFilter {
  @Field(() => [AuditActionEnum], { nullable: true, description: '只看这些操作' })
  actions?: AuditAction[] | null;

  @Field(() => ID, { nullable: true, description: '只看这个人的操作（用户编号）' })
  actorId?: string | null;

  @Field(() => String, { nullable: true, description: '只看这个登录名（含登录失败时输入的用户名）' })
  actorUsername?: string | null;

  @Field(() => AuditEntityTypeEnum, { nullable: true, description: '操作对象类型' })
  entityType?: string | null;

  @Field(() => String, { nullable: true, description: '操作对象编号' })
  entityId?: string | null;

  @Field(() => DateTimeScalar, { nullable: true, description: '从此时起（含）' })
  from?: Date | null;

  @Field(() => DateTimeScalar, { nullable: true, description: '到此时前（不含）' })
  to?: Date | null;
}
