import { Field, Float, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { ConnectionType, LocalDateScalar } from '@accredit/api-kit';
import { EvidenceKind } from '../evidence-kind';

@ObjectType('EvidenceFile', { description: '上传的文件（内容按 sha256 存放，同样内容只存一份）' })
export class EvidenceFileModel {
  @Field(() => ID, { description: '文件编号（上传接口返回的 fileId）' })
  id!: string;

  @Field({ description: '安全文件名（下载时使用）' })
  name!: string;

  @Field({ description: '上传时的原始文件名（用于显示）' })
  originalName!: string;

  @Field(() => Float, { description: '大小（字节）' })
  size!: number;

  @Field({ description: '内容的 SHA-256（十六进制）' })
  sha256!: string;

  @Field({ description: '按内容识别的媒体类型（MIME），如 application/pdf：互联网媒体类型的标准写法，下载和预览原样使用，故为文字' })
  mediaType!: string;

  @Field({ description: '上传时间' })
  uploadedAt!: Date;

  @Field({ description: '上传人姓名；读 uploadedByPerson' })
  uploadedBy!: string;

  /** For the uploadedByPerson link. */
  uploadedById!: string;
}

@ObjectType('EvidenceVersion', { description: '佐证材料的一个版本；替换会新增版本，旧版本保留' })
export class EvidenceVersionModel {
  @Field(() => ID, { description: '版本编号' })
  id!: string;

  @Field(() => Int, { description: '版本号：1、2、3……' })
  number!: number;

  @Field(() => EvidenceKind, { description: '材料类别' })
  kind!: EvidenceKind;

  @Field({ description: '材料类别（中文）' })
  kindLabel!: string;

  @Field(() => String, { nullable: true, description: '说明' })
  description!: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: '材料所指日期（如文件落款日期），不同于上传时间' })
  refersTo!: string | null;

  @Field(() => EvidenceFileModel, { description: '这个版本的文件' })
  file!: EvidenceFileModel;

  @Field({ description: '创建这个版本的时间' })
  createdAt!: Date;

  @Field({ description: '创建这个版本的人；读 createdByPerson' })
  createdBy!: string;

  /** For the createdByPerson link. */
  createdById!: string;

  @Field({ description: '下载地址（GET，需登录）' })
  downloadUrl!: string;

  @Field(() => String, { nullable: true, description: '在线预览地址（PDF 和图片；其他类型为空）' })
  previewUrl!: string | null;
}

@ObjectType('CarriedEvidenceSource', { description: '新一轮从上一轮带入的材料的来源' })
export class CarriedEvidenceSourceModel {
  @Field(() => ID, { description: '上一轮的材料编号；材料本身请读 evidence（读者不能读上一轮时为空）' })
  evidenceId!: string;

  @Field(() => ID, { description: '上一轮的创建工作编号；创建工作本身请读 campaign（读者不能读上一轮时为空）' })
  campaignId!: string;

  @Field({ description: '上一轮创建工作的名称' })
  campaignName!: string;
}

@ObjectType('Evidence', { description: '佐证材料：某任务针对某条佐证要求上传的一份材料，含全部版本' })
export class EvidenceModel {
  @Field(() => ID, { description: '材料编号（替换后不变）' })
  id!: string;

  @Field(() => ID, { description: '所属任务编号', deprecationReason: '请改用 task { id }' })
  taskId!: string;

  @Field({ description: '佐证要求编号，如 1-1（指标体系中的编号，故为文字）' })
  requirementCode!: string;

  @Field(() => Int, { description: '当前版本号' })
  currentVersion!: number;

  @Field(() => EvidenceVersionModel, { description: '当前版本' })
  current!: EvidenceVersionModel;

  @Field({ description: '首次上传时间' })
  createdAt!: Date;

  @Field({ description: '首次上传人；读 createdByPerson' })
  createdBy!: string;

  /** For the createdByPerson link. */
  createdById!: string;

  @Field({ description: '最后修改时间' })
  updatedAt!: Date;

  @Field(() => Date, { nullable: true, description: '删除时间；未删除为空' })
  deletedAt!: Date | null;

  @Field(() => String, { nullable: true, description: '删除人' })
  deletedBy!: string | null;

  @Field(() => Int, { description: '修订号（乐观锁：替换、删除、恢复时可传回 expectedRevision）' })
  revision!: number;
}

export const EvidenceConnection = ConnectionType(EvidenceModel, 'Evidence');

@InputType({ description: '用新上传的文件替换材料（先通过上传接口上传文件、取得 fileId）' })
export class ReplaceEvidenceInput {
  @Field(() => ID, { description: '材料编号' })
  evidenceId!: string;

  @Field(() => ID, { description: '上传接口返回的 fileId（须为同一任务上传的文件）' })
  fileId!: string;

  @Field(() => EvidenceKind, { nullable: true, description: '新版本的类别；不填沿用上一版本' })
  kind?: EvidenceKind | null;

  @Field(() => String, { nullable: true, description: '新版本的说明；不填沿用上一版本' })
  description?: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: '新版本的材料日期；不填沿用上一版本' })
  refersTo?: string | null;

  @Field(() => Int, { nullable: true, description: '读取时的修订号；不一致则返回 CONFLICT' })
  expectedRevision?: number | null;
}

@InputType({ description: '删除材料（可由办公室管理员恢复）' })
export class DeleteEvidenceInput {
  @Field(() => ID, { description: '材料编号' })
  evidenceId!: string;

  @Field(() => String, { nullable: true, description: '删除原因' })
  reason?: string | null;

  @Field(() => Int, { nullable: true, description: '读取时的修订号；不一致则返回 CONFLICT' })
  expectedRevision?: number | null;
}

@InputType({ description: '恢复已删除的材料' })
export class RestoreEvidenceInput {
  @Field(() => ID, { description: '材料编号' })
  evidenceId!: string;

  @Field(() => Int, { nullable: true, description: '读取时的修订号；不一致则返回 CONFLICT' })
  expectedRevision?: number | null;
}
