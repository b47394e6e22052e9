import { ArgsType, Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ConnectionType, PageArgs } from '@accredit/api-kit';
import { ORGANISATION_LEVELS, ORGANISATION_LEVEL_LABELS, type OrganisationLevel } from './tree/organisation-level';

/** The GraphQL enum mirrors the closed list of levels. */
export const OrganisationLevelEnum = Object.fromEntries(ORGANISATION_LEVELS.map((level) => [level, level])) as { [K in OrganisationLevel]: K };
registerEnumType(OrganisationLevelEnum, {
  name: 'OrganisationLevel',
  description: '组织层级：national 全国、province 省级、city 市级、county 县级（区）',
  valuesMap: Object.fromEntries(ORGANISATION_LEVELS.map((level) => [level, { description: ORGANISATION_LEVEL_LABELS[level] }])),
});

@ObjectType('Organisation', { description: '组织机构：全国、省、市、县（区）；每个单位有自己的部门、用户、模板和流程' })
export class OrganisationModel {
  @Field(() => ID, { description: '编号' })
  id!: string;

  @Field({ description: '行政区划代码，全国为 000000（组织机构的数据，故为文字）' })
  code!: string;

  @Field({ description: '名称，如「重庆市沙坪坝区」' })
  name!: string;

  @Field({ description: '简称，如「沙坪坝区」' })
  shortName!: string;

  @Field(() => OrganisationLevelEnum, { description: '层级' })
  level!: OrganisationLevel;

  @Field({ description: '层级名称：全国、省级、市级、县级' })
  levelLabel!: string;

  @Field(() => ID, { nullable: true, description: '上级单位编号（全国为空）；要名称等请读 parent' })
  parentId!: string | null;

  @Field(() => Int, { description: '在树中的深度（全国为 0）' })
  depth!: number;

  @Field({ description: '是否已停用（停用后其用户不能登录，不能再新建内容）' })
  disabled!: boolean;

  /** Ids from the root down to this one; not exposed (ancestors gives names). */
  path!: string;
}

export const OrganisationConnection = ConnectionType(OrganisationModel, 'Organisation');

@InputType({ description: '组织机构筛选' })
export class OrganisationFilterInput {
  @Field(() => ID, { nullable: true, description: '只列此单位的直接下级' })
  parentId?: string | null;

  @Field(() => ID, { nullable: true, description: '只列此单位及其全部下级' })
  underId?: string | null;

  @Field(() => OrganisationLevelEnum, { nullable: true, description: '只列此层级' })
  level?: OrganisationLevel | null;

  @Field(() => String, { nullable: true, description: '名称、简称或代码包含的文字' })
  search?: string | null;

  @Field(() => Boolean, { nullable: true, description: '是否包括已停用的单位（默认包括）' })
  includeDisabled?: boolean | null;
}

@ArgsType()
export class OrganisationsArgs extends PageArgs {
  @Field(() => OrganisationFilterInput, { nullable: true, description: '筛选条件' })
  filter?: OrganisationFilterInput | null;
}

@InputType({ description: '新建组织机构' })
export class CreateOrganisationInput {
  @Field(() => ID, { description: '上级单位编号' })
  parentId!: string;

  @Field(() => OrganisationLevelEnum, { description: '层级（须低于上级）' })
  level!: OrganisationLevel;

  @Field({ description: '行政区划代码，6 位数字，全平台唯一（组织机构的数据，故为文字）' })
  code!: string;

  @Field({ description: '名称' })
  name!: string;

  @Field(() => String, { nullable: true, description: '简称（不填则同名称）' })
  shortName?: string | null;
}

@InputType({ description: '修改组织机构名称' })
export class RenameOrganisationInput {
  @Field(() => ID)
  id!: string;

  @Field({ description: '名称' })
  name!: string;

  @Field(() => String, { nullable: true, description: '简称（不填则同名称）' })
  shortName?: string | null;
}

@InputType({ description: '移动组织机构（连同全部下级）' })
export class MoveOrganisationInput {
  @Field(() => ID)
  id!: string;

  @Field(() => ID, { description: '新的上级单位编号（不能是它自己或它的下级）' })
  parentId!: string;
}

@InputType({ description: '停用或启用组织机构' })
export class SetOrganisationDisabledInput {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'true 停用，false 启用' })
  disabled!: boolean;
}
