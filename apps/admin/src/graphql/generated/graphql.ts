/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** 择一赋分：符合的选项 */
export type AlternativeScoreValueInput = {
  /** 符合的选项名称；都不符合时为空 */
  option?: string | null | undefined;
};

/** 择一赋分：符合哪个选项得哪个选项的分 */
export type AlternativeScoringInput = {
  /** 选项（至少两个，名称不重复） */
  options: Array<RuleOptionInput>;
};

/** 答复一条异议 */
export type AnswerObjectionInput = {
  /** 答复内容（不超过 2000 字） */
  answer: string;
  objectionId: string | number;
};

/** 本单位申报参与上级的创建工作 */
export type ApplyToCampaignInput = {
  /** 上级单位接受本层级申报的创建工作（见 campaignsOpenForApplication） */
  campaignId: string | number;
};

/** 分配用户所属部门 */
export type AssignUserDepartmentInput = {
  /** 部门编号；为空表示不属于任何部门 */
  departmentId?: string | number | null | undefined;
  userId: string | number;
};

/** 倒排工期：从目标认定日期往前排各阶段 */
export type BackScheduleInput = {
  /** 各阶段，按先后顺序 */
  phases: Array<PhaseDurationInput>;
  /** 目标认定日期：最后一个阶段在这天结束 */
  targetDate: string;
};

/** 创建工作中一种表单的遴选上限：每个某级单位最多遴选几份报送 */
export type CampaignFormSelectionInput = {
  /** 表单定义（须在 definitionIds 中） */
  definitionId: string | number;
  /** 每个单位最多遴选几份（1–100） */
  max: number;
  /** 按哪一级单位计算 */
  per: SelectionLevel;
};

/** 参与单位：它们走的流程和可以申报的层级 */
export type CampaignParticipationInput = {
  /** 可以申报的单位层级（province、city、county），须低于本单位；不给时只能由本单位邀请 */
  applicantLevel?: OrganisationLevel | null | undefined;
  /** 参与单位流程（流程定义 id，entityType 为 participant）；不给时用本单位默认的 participant 流程 */
  workflowDefinitionId?: string | number | null | undefined;
};

/** 一个有起止日期的阶段 */
export type CampaignPhasePlanInput = {
  /** 说明 */
  description?: string | null | undefined;
  /** 结束日期（含） */
  endsOn: string;
  /** 阶段键，如 preparation、creation、accreditation，创建工作内唯一（由计划定义，故为文字） */
  key: string;
  /** 阶段名称（筹备阶段 …） */
  name: string;
  /** 开始日期（含） */
  startsOn: string;
};

/** 在一个创建工作中指派或撤销一个流程角色 */
export type CampaignRoleInput = {
  campaignId: string | number;
  /** 流程声明的角色，如 inspector（流程自行声明，故为文字） */
  role: string;
  userId: string | number;
};

/** 按创建工作指派的流程角色可查看的内容 */
export type CampaignView =
  /** 创建工作及其文件 */
  | 'campaign'
  /** 流程状态与流转记录 */
  | 'history'
  /** 任务列表 */
  | 'tasks';

/** 带入上一轮的佐证材料：全部，或按佐证要求编号选择 */
export type CarryOverInput = {
  /** 带入全部（未删除的）材料 */
  all?: boolean | null | undefined;
  /** 只带入这些佐证要求（如 1-1、2-3）下的材料（指标体系中的编号，故为文字） */
  requirementCodes?: Array<string> | null | undefined;
};

/** 修改密码 */
export type ChangePasswordInput = {
  /** 当前密码 */
  currentPassword: string;
  /** 新密码：10 位以上，含大写、小写、数字、符号中的三类 */
  newPassword: string;
};

/** 为一个选做组选择选项 */
export type ChooseElectiveOptionsInput = {
  /** 创建工作 */
  campaignId: string | number;
  /** 选做组所在指标 id */
  groupIndicatorId: string | number;
  /** 选中的下级指标 id（min 到 max 项） */
  optionIndicatorIds: Array<string | number>;
};

/** 条件封顶：给分，以及封顶条件是否成立 */
export type ConditionalCapScoreValueInput = {
  /** 封顶条件成立（如「未处于前30%」），最多得封顶分 */
  conditionMet: boolean;
  /** 给的分数 */
  points: number;
};

/** 条件封顶：区间评分，条件成立时最多得封顶分 */
export type ConditionalCapScoringInput = {
  /** 条件成立时的封顶分 */
  cap: number;
  /** 封顶条件，如「未处于前30%」 */
  condition: string;
  /** 最高分 */
  max: number;
  /** 最低分 */
  min: number;
};

/** 新建部门组 */
export type CreateDepartmentGroupInput = {
  /** 成员部门（本单位的） */
  departmentIds: Array<string | number>;
  /** 说明 */
  description?: string | null | undefined;
  /** 组名，如「各涉农镇」 */
  name: string;
};

/** 新增部门类型（归本单位，本单位及下级可用；平台系统管理员新增的为平台默认） */
export type CreateDepartmentKindInput = {
  /** 类型键：小写字母、数字或短横线，如 development-zone（由本单位自定义，故为文字） */
  key: string;
  /** 名称，如「开发区管委会」 */
  label: string;
};

/** 新建组织机构 */
export type CreateOrganisationInput = {
  /** 行政区划代码，6 位数字，全平台唯一（组织机构的数据，故为文字） */
  code: string;
  /** 层级（须低于上级） */
  level: OrganisationLevel;
  /** 名称 */
  name: string;
  /** 上级单位编号 */
  parentId: string | number;
  /** 简称（不填则同名称） */
  shortName?: string | null | undefined;
};

/** 新建用户 */
export type CreateUserInput = {
  /** 所属部门（部门联络员必填） */
  departmentId?: string | number | null | undefined;
  /** 姓名 */
  displayName: string;
  /** 电子邮箱（用于到期提醒） */
  email?: string | null | undefined;
  /** 所属单位（全国、省、市或县/区，organisations 查询可得编号）；办公室管理员新建的用户属于本单位 */
  organisationId?: string | number | null | undefined;
  /** 初始密码 */
  password: string;
  /** 角色：内置角色或本单位可用流程声明的角色（故为文字） */
  roles: Array<string>;
  /** 登录名：字母、数字、点、下划线或短横线，3–64 位 */
  username: string;
};

/** 任务的到期状态 */
export type DeadlineStatus =
  /** 已完成 */
  | 'done'
  /** 即将到期（黄） */
  | 'due_soon'
  /** 正常 */
  | 'on_track'
  /** 已逾期（红） */
  | 'overdue';

/** 删除部门组（没有评分规则以它为责任单位时） */
export type DeleteDepartmentGroupInput = {
  id: string | number;
};

/** 删除部门类型（没有部门属于它时） */
export type DeleteDepartmentKindInput = {
  id: string | number;
};

/** 删除材料（可由办公室管理员恢复） */
export type DeleteEvidenceInput = {
  /** 材料编号 */
  evidenceId: string | number;
  /** 读取时的修订号；不一致则返回 CONFLICT */
  expectedRevision?: number | null | undefined;
  /** 删除原因 */
  reason?: string | null | undefined;
};

/** 部门信息 */
export type DepartmentInput = {
  /** 全称 */
  fullName?: string | null | undefined;
  /** 类型键，如 party、government、street（departmentKinds 中的键，各单位可自定义，故为文字） */
  kind: string;
  /** 名称（与任务分解表写法一致） */
  name: string;
  /** 标签，如「涉农」 */
  tags?: Array<string> | null | undefined;
};

/** 批量设置截止日期：某指标（含下级）、某部门或某条评分规则的全部任务 */
export type DueDateOverrideInput = {
  /** 截止日期 */
  dueOn: string;
  /** 范围：某指标、某部门或某条评分规则 */
  scope: DueDateScope;
  /** 按 scope：指标编号、部门 id 或评分规则编号（均为数据，故为文字） */
  target: string;
};

/** 批量设置截止日期的范围 */
export type DueDateScope =
  /** 某部门的全部任务；target 为部门编号 */
  | 'department'
  /** 某指标（含下级）的全部任务；target 为指标编号 */
  | 'indicator'
  /** 某条评分规则的全部任务；target 为评分规则编号 */
  | 'rule';

/** 选做组中未选项如何计分 */
export type ElectiveCounting =
  /** 取最好的 N 项计分 */
  | 'bestN'
  /** 未选项不计入满分，按所选项折算 */
  | 'normalise';

/** 选做组 */
export type ElectiveGroupInput = {
  /** bestN 时计分的项数 */
  best?: number | null | undefined;
  /** 未选项如何计分 */
  counting: ElectiveCounting;
  /** 最多选几项 */
  max: number;
  /** 至少选几项 */
  min: number;
};

/** 错误代码（与 GraphQL 错误的 extensions.code 相同） */
export type ErrorCode =
  /** 已被他人修改（版本号不一致） */
  | 'CONFLICT'
  /** 无权执行 */
  | 'FORBIDDEN'
  /** 内部错误 */
  | 'INTERNAL'
  /** 找不到对象 */
  | 'NOT_FOUND'
  /** 查询过大或过深 */
  | 'QUERY_TOO_COMPLEX'
  /** 服务暂时不可用 */
  | 'SERVICE_UNAVAILABLE'
  /** 超时 */
  | 'TIMEOUT'
  /** 请求过于频繁 */
  | 'TOO_MANY_REQUESTS'
  /** 当前状态或条件下不能执行此操作 */
  | 'TRANSITION_NOT_ALLOWED'
  /** 未登录或登录已过期 */
  | 'UNAUTHENTICATED'
  /** 输入不正确 */
  | 'VALIDATION';

/** 佐证材料类别 */
export type EvidenceKind =
  /** 新闻稿 */
  | 'NEWS_ARTICLE'
  /** 其他 */
  | 'OTHER'
  /** 图片 */
  | 'PHOTO'
  /** 截图 */
  | 'SCREENSHOT'
  /** 正式文件盖章版 */
  | 'SEALED_DOCUMENT';

/** 对公示中的参与单位提出异议 */
export type FileObjectionInput = {
  /** 异议内容（不超过 2000 字） */
  content: string;
  participantId: string | number;
};

/** 表单状态 */
export type FilledFormStatus =
  /** 草稿：填报单位还在填写 */
  | 'DRAFT'
  /** 已提交：填报单位的部分已定，待各方签署意见 */
  | 'SUBMITTED';

/** 固定分值：是否达到要求 */
export type FixedScoreValueInput = {
  /** 达到要求得全部分值，否则 0 分 */
  achieved: boolean;
};

/** 固定分值：达到要求得全部分值 */
export type FixedScoringInput = {
  /** 分值 */
  points: number;
};

/** 附件栏接受的文件种类（实际类型由文件内容判断） */
export type FormAttachmentKind =
  /** Word/WPS/OFD 文档 */
  | 'document'
  /** 图片 */
  | 'image'
  /** PDF */
  | 'pdf'
  /** 演示文稿 */
  | 'presentation'
  /** Excel 表格 */
  | 'spreadsheet'
  /** 视频 */
  | 'video';

/** 日期填到哪一级 */
export type FormDatePrecision =
  /** 到日：YYYY-MM-DD */
  | 'day'
  /** 到月（如出生年月）：YYYY-MM */
  | 'month';

/** 对表单的一次修改是什么 */
export type FormEditAction =
  /** 退回重填 */
  | 'REOPEN'
  /** 保存 */
  | 'SAVE'
  /** 签署意见栏 */
  | 'SIGN_OFF'
  /** 提交 */
  | 'SUBMIT';

/** 栏目类型 */
export type FormFieldType =
  /** 附件 */
  | 'attachment'
  /** 选择 */
  | 'choice'
  /** 日期 */
  | 'date'
  /** 数字 */
  | 'number'
  /** 签署栏：某一角色在流程某些环节填写的意见、签字、日期和签章 */
  | 'signOff'
  /** 表格（各列为栏目） */
  | 'table'
  /** 文字 */
  | 'text'
  /** 是否 */
  | 'yesNo';

/** 表单中一个栏目的值：栏目标识，与栏目类型对应的一项有值（恰好一项）；不填的栏目不要列出 */
export type FormFieldValueInput = {
  /** 选择栏：选中的选项标识（单选时一项） */
  choices?: Array<string> | null | undefined;
  /** 日期栏（到日） */
  date?: string | null | undefined;
  /** 附件栏：上传的文件 */
  files?: Array<FormFileRefInput> | null | undefined;
  /** 是否栏 */
  flag?: boolean | null | undefined;
  /** 栏目标识（表单定义中声明，故为文字）；表格行中为列的标识 */
  key: string;
  /** 日期栏（到月，如出生年月）：YYYY-MM */
  month?: string | null | undefined;
  /** 数字栏 */
  number?: number | null | undefined;
  /** 表格栏：每行为该行要填的单元格 */
  rows?: Array<Array<FormFieldValueInput>> | null | undefined;
  /** 签署栏 */
  signOff?: FormSignOffValueInput | null | undefined;
  /** 文字栏 */
  text?: string | null | undefined;
};

/** 表单中上传的文件：上传接口返回的 fileId、name、mediaType */
export type FormFileRefInput = {
  /** 文件（上传接口返回的 fileId） */
  fileId: string | number;
  /** 按内容识别的媒体类型（MIME），如 image/png：互联网媒体类型的标准写法，下载和预览原样使用，故为文字 */
  mediaType: string;
  /** 文件名 */
  name: string;
};

/** 签署栏中某一部分（签字人、签章）是否要求 */
export type FormPresence =
  /** 没有这一部分 */
  | 'none'
  /** 可选 */
  | 'optional'
  /** 必须 */
  | 'required';

/** 签署栏的内容：意见、签字人、日期、签章图片 */
export type FormSignOffValueInput = {
  /** 日期 */
  date?: string | null | undefined;
  /** 意见 */
  opinion?: string | null | undefined;
  /** 签章图片 */
  seal?: FormFileRefInput | null | undefined;
  /** 签字人 */
  signer?: string | null | undefined;
};

/** 单行文字须符合的格式 */
export type FormTextFormat =
  /** 电子邮箱 */
  | 'email'
  /** 电话号码 */
  | 'phone'
  /** 邮政编码 */
  | 'postcode';

/** 导入指标体系表，存为指标体系模板 */
export type ImportIndicatorTableInput = {
  /** 文件内容，Base64 编码 */
  contentBase64: string;
  /** 文件名（含扩展名 .xlsx 或 .csv） */
  fileName: string;
  /** 模板键，默认取文件名（由导入者确定，故为文字） */
  key?: string | null | undefined;
  /** 名称，默认取表头上方的标题或文件名 */
  name?: string | null | undefined;
  /** 未知责任单位的对应关系（预览中列出的 unknownUnits） */
  unitMapping?: Array<UnitMappingInput> | null | undefined;
  /** 责任单位是参与单位（下级单位）的部门，如全国标准中的「县科协」：不与本单位的部门核对，参与单位加入时按名称对应到它自己的部门 */
  unitsOfParticipants?: boolean | null | undefined;
  /** 版本号，默认：同一键下内容相同则沿用，否则为最新版本号加一 */
  version?: number | null | undefined;
};

/** 上传的指标体系表（.xlsx 或 .csv） */
export type IndicatorTableFileInput = {
  /** 文件内容，Base64 编码 */
  contentBase64: string;
  /** 文件名（含扩展名 .xlsx 或 .csv） */
  fileName: string;
  /** 责任单位是参与单位（下级单位）的部门，如全国标准中的「县科协」：不与本单位的部门核对，参与单位加入时按名称对应到它自己的部门 */
  unitsOfParticipants?: boolean | null | undefined;
};

/** 编辑后的整棵指标体系树 */
export type IndicatorTemplateTreeInput = {
  /** 名称 */
  name: string;
  /** 全部指标，平铺 */
  nodes: Array<TemplateNodeInput>;
  /** 计分方式；为空即按分值 */
  scoringMode?: ScoringMode | null | undefined;
  /** 在哪个模板版本上编辑（新版本沿用其标识和来源） */
  templateId: string | number;
  /** 总分；为空即不写明 */
  totalScore?: number | null | undefined;
  /** 判定等级；为空即 达标 / 基本达标 / 未达标 */
  verdicts?: VerdictScaleInput | null | undefined;
};

/** 邀请下级单位参与创建工作 */
export type InviteParticipantsInput = {
  /** 本单位的创建工作（设置时选择了“有参与单位”） */
  campaignId: string | number;
  /** 被邀请的下级单位（1 到 200 个） */
  organisationIds: Array<string | number>;
};

/** 登录 */
export type LoginInput = {
  /** 为接口客户端签发令牌（用 Authorization: Bearer 调用），而不是设置 Cookie */
  issueToken?: boolean | null | undefined;
  /** 密码 */
  password: string;
  /** 登录名 */
  username: string;
};

/** 把我的通知标为已读 */
export type MarkNotificationsReadInput = {
  /** 要标为已读的通知（只限发给我的，一次最多 500 条）；不给时全部标为已读 */
  ids?: Array<string | number> | null | undefined;
};

/** 移动组织机构（连同全部下级） */
export type MoveOrganisationInput = {
  id: string | number;
  /** 新的上级单位编号（不能是它自己或它的下级） */
  parentId: string | number;
};

/** 通知相关的对象类型 */
export type NotificationSubject =
  /** 创建工作 */
  | 'campaign'
  /** 部门（该部门的任务） */
  | 'department'
  /** 参与单位 */
  | 'participant'
  /** 任务 */
  | 'task';

/** 异议的状态 */
export type ObjectionState =
  /** 已答复 */
  | 'answered'
  /** 待答复 */
  | 'open';

/** 组织机构筛选 */
export type OrganisationFilterInput = {
  /** 是否包括已停用的单位（默认包括） */
  includeDisabled?: boolean | null | undefined;
  /** 只列此层级 */
  level?: OrganisationLevel | null | undefined;
  /** 只列此单位的直接下级 */
  parentId?: string | number | null | undefined;
  /** 名称、简称或代码包含的文字 */
  search?: string | null | undefined;
  /** 只列此单位及其全部下级 */
  underId?: string | number | null | undefined;
};

/** 组织层级：national 全国、province 省级、city 市级、county 县级（区） */
export type OrganisationLevel =
  /** 市级 */
  | 'city'
  /** 县级 */
  | 'county'
  /** 全国 */
  | 'national'
  /** 省级 */
  | 'province';

/** 参与单位如何加入 */
export type ParticipantJoin =
  /** 自行申报 */
  | 'application'
  /** 主办单位邀请 */
  | 'invitation'
  /** 主办单位本身 */
  | 'owner';

/** 一个参与单位及读取时的版本号 */
export type ParticipantVersionInput = {
  /** 读取时的版本号；已被他人修改时该项返回 CONFLICT */
  expectedVersion: number;
  id: string | number;
};

/** 按项计分：符合的项数 */
export type PerItemScoreValueInput = {
  /** 符合的项数 */
  items: number;
};

/** 按项计分：每项得分，累计封顶 */
export type PerItemScoringInput = {
  /** 封顶分 */
  cap: number;
  /** 每项分值 */
  each: number;
  /** 项目名称 */
  item?: string | null | undefined;
};

/** 一个阶段或阶段内工作步骤的新日期（只给要改的）；步骤须落在所属阶段之内 */
export type PhaseDatesInput = {
  /** 新的结束日期 */
  endsOn?: string | null | undefined;
  /** 阶段键（creation），或工作步骤的键（creation.evidence）（由模板或计划定义，故为文字） */
  key: string;
  /** 新的开始日期 */
  startsOn?: string | null | undefined;
};

/** 倒排工期用的阶段：名称和天数 */
export type PhaseDurationInput = {
  /** 天数（含首尾两天），至少 1 */
  days: number;
  /** 说明 */
  description?: string | null | undefined;
  /** 阶段键，创建工作内唯一（由计划定义，故为文字） */
  key: string;
  /** 阶段名称 */
  name: string;
};

/** 计划调整改动的日期 */
export type PlanChangeField =
  /** 截止日期（任务） */
  | 'dueOn'
  /** 结束日期（阶段） */
  | 'endsOn'
  /** 开始日期（阶段） */
  | 'startsOn';

/** 计划调整的对象 */
export type PlanChangeSubject =
  /** 阶段 */
  | 'phase'
  /** 任务 */
  | 'task';

/** 区间评分：在最低分与最高分之间给分 */
export type PointsScoreValueInput = {
  /** 给的分数 */
  points: number;
};

/** 问题的严重程度 */
export type ProblemSeverity =
  /** 须改正后才能保存或导入 */
  | 'error'
  /** 提醒，可以忽略 */
  | 'warning';

/** 区间评分：在最低分与最高分之间给分 */
export type RangeScoringInput = {
  /** 最高分 */
  max: number;
  /** 最低分 */
  min: number;
};

/** 分档赋分的排名方向 */
export type RankOrder =
  /** 越小越好 */
  | 'asc'
  /** 越大越好 */
  | 'desc';

/** 红黑榜 */
export type RankingBoard =
  /** 黑榜：有逾期任务的后 10 名 */
  | 'black'
  /** 红榜：排名分大于 0 的前 10 名 */
  | 'red';

/** 催办一个部门在一项创建工作中的全部未完成任务 */
export type RemindDepartmentInput = {
  /** 本单位的创建工作 */
  campaignId: string | number;
  /** 本单位的部门 */
  departmentId: string | number;
};

/** 催办一项任务 */
export type RemindTaskInput = {
  /** 本单位的一项未完成任务 */
  taskId: string | number;
};

/** 修改组织机构名称 */
export type RenameOrganisationInput = {
  id: string | number;
  /** 名称 */
  name: string;
  /** 简称（不填则同名称） */
  shortName?: string | null | undefined;
};

/** 用新上传的文件替换材料（先通过上传接口上传文件、取得 fileId） */
export type ReplaceEvidenceInput = {
  /** 新版本的说明；不填沿用上一版本 */
  description?: string | null | undefined;
  /** 材料编号 */
  evidenceId: string | number;
  /** 读取时的修订号；不一致则返回 CONFLICT */
  expectedRevision?: number | null | undefined;
  /** 上传接口返回的 fileId（须为同一任务上传的文件） */
  fileId: string | number;
  /** 新版本的类别；不填沿用上一版本 */
  kind?: EvidenceKind | null | undefined;
  /** 新版本的材料日期；不填沿用上一版本 */
  refersTo?: string | null | undefined;
};

/** 调整一项进行中的创建工作的计划：阶段日期、批量或单个任务截止日期，须填写原因 */
export type ReplanCampaignInput = {
  /** 创建工作 */
  campaignId: string | number;
  /** 批量截止日期：某指标（含下级）、某部门或某条评分规则的全部任务 */
  dueDates?: Array<DueDateOverrideInput> | null | undefined;
  /** 任务所在阶段的结束日期改变时，截止日期等于原结束日期的任务随之移动（默认是） */
  moveDefaultDueDates?: boolean | null | undefined;
  /** 阶段的新日期 */
  phases?: Array<PhaseDatesInput> | null | undefined;
  /** 调整原因（必填，记入计划变更记录） */
  reason: string;
  /** 单个任务的截止日期（优先于批量设置） */
  tasks?: Array<TaskDueDateInput> | null | undefined;
};

/** 重置用户密码（该用户的所有会话随之失效） */
export type ResetUserPasswordInput = {
  /** 新密码 */
  newPassword: string;
  userId: string | number;
};

/** 责任单位在一条评分规则中的角色 */
export type ResponsibleRole =
  /** 牵头 */
  | 'lead'
  /** 配合 */
  | 'support';

/** 恢复已删除的材料 */
export type RestoreEvidenceInput = {
  /** 材料编号 */
  evidenceId: string | number;
  /** 读取时的修订号；不一致则返回 CONFLICT */
  expectedRevision?: number | null | undefined;
};

/** 择一赋分的一个选项 */
export type RuleOptionInput = {
  /** 选项名称 */
  label: string;
  /** 分值 */
  points: number;
};

/** 评分内容：恰好给出与规则类型同名的一项 */
export type RuleScoreValueInput =
  {   /** alternative 择一赋分 */
  alternative: AlternativeScoreValueInput; conditionalCap?: never; fixed?: never; perItem?: never; range?: never; series?: never; tiered?: never; verdict?: never; veto?: never; }
  |  { alternative?: never;   /** conditionalCap 条件封顶 */
  conditionalCap: ConditionalCapScoreValueInput; fixed?: never; perItem?: never; range?: never; series?: never; tiered?: never; verdict?: never; veto?: never; }
  |  { alternative?: never; conditionalCap?: never;   /** fixed 固定分值 */
  fixed: FixedScoreValueInput; perItem?: never; range?: never; series?: never; tiered?: never; verdict?: never; veto?: never; }
  |  { alternative?: never; conditionalCap?: never; fixed?: never;   /** perItem 按项计分 */
  perItem: PerItemScoreValueInput; range?: never; series?: never; tiered?: never; verdict?: never; veto?: never; }
  |  { alternative?: never; conditionalCap?: never; fixed?: never; perItem?: never;   /** range 区间评分 */
  range: PointsScoreValueInput; series?: never; tiered?: never; verdict?: never; veto?: never; }
  |  { alternative?: never; conditionalCap?: never; fixed?: never; perItem?: never; range?: never;   /** series 逐年递增 */
  series: SeriesScoreValueInput; tiered?: never; verdict?: never; veto?: never; }
  |  { alternative?: never; conditionalCap?: never; fixed?: never; perItem?: never; range?: never; series?: never;   /** tiered 分档赋分 */
  tiered: TieredScoreValueInput; verdict?: never; veto?: never; }
  |  { alternative?: never; conditionalCap?: never; fixed?: never; perItem?: never; range?: never; series?: never; tiered?: never;   /** verdict 达标判定 */
  verdict: VerdictScoreValueInput; veto?: never; }
  |  { alternative?: never; conditionalCap?: never; fixed?: never; perItem?: never; range?: never; series?: never; tiered?: never; verdict?: never;   /** veto 一票否决 */
  veto: VetoScoreValueInput; };

/** 评分规则的计分方式：恰好给出一项，与规则类型同名，内含该类型的参数 */
export type RuleScoringInput =
  {   /** alternative 择一赋分 */
  alternative: AlternativeScoringInput; conditionalCap?: never; fixed?: never; perItem?: never; range?: never; series?: never; tiered?: never; verdict?: never; veto?: never; }
  |  { alternative?: never;   /** conditionalCap 条件封顶 */
  conditionalCap: ConditionalCapScoringInput; fixed?: never; perItem?: never; range?: never; series?: never; tiered?: never; verdict?: never; veto?: never; }
  |  { alternative?: never; conditionalCap?: never;   /** fixed 固定分值 */
  fixed: FixedScoringInput; perItem?: never; range?: never; series?: never; tiered?: never; verdict?: never; veto?: never; }
  |  { alternative?: never; conditionalCap?: never; fixed?: never;   /** perItem 按项计分（封顶） */
  perItem: PerItemScoringInput; range?: never; series?: never; tiered?: never; verdict?: never; veto?: never; }
  |  { alternative?: never; conditionalCap?: never; fixed?: never; perItem?: never;   /** range 区间评分 */
  range: RangeScoringInput; series?: never; tiered?: never; verdict?: never; veto?: never; }
  |  { alternative?: never; conditionalCap?: never; fixed?: never; perItem?: never; range?: never;   /** series 逐年递增 */
  series: SeriesScoringInput; tiered?: never; verdict?: never; veto?: never; }
  |  { alternative?: never; conditionalCap?: never; fixed?: never; perItem?: never; range?: never; series?: never;   /** tiered 分档赋分 */
  tiered: TieredScoringInput; verdict?: never; veto?: never; }
  |  { alternative?: never; conditionalCap?: never; fixed?: never; perItem?: never; range?: never; series?: never; tiered?: never;   /** verdict 达标判定（不计分，没有参数）：填 true */
  verdict: boolean; veto?: never; }
  |  { alternative?: never; conditionalCap?: never; fixed?: never; perItem?: never; range?: never; series?: never; tiered?: never; verdict?: never;   /** veto 一票否决 */
  veto: VetoScoringInput; };

/** 保存表单草稿 */
export type SaveFormDraftInput = {
  /** 创建工作 */
  campaignId: string | number;
  /** 表单定义 */
  definitionId: string | number;
  /** 读取时的版本号；首次保存为 0 */
  expectedVersion: number;
  /** 填报单位；默认为当前用户的单位 */
  organisationId?: string | number | null | undefined;
  /** 整份表单的内容（不填的栏目不列出）；只有当前用户可填写的栏目可以与已保存的不同 */
  values: Array<FormFieldValueInput>;
};

/** 分数区间 */
export type ScoreRangeInput = {
  /** 最高分 */
  max: number;
  /** 最低分 */
  min: number;
};

/** 对一条评分规则评分 */
export type ScoreRuleInput = {
  /** 创建工作编号 */
  campaignId: string | number;
  /** 评分理由（必填） */
  comment: string;
  /** 评分规则编号（本创建工作指标体系中的） */
  ruleId: string | number;
  /** self 自评（办公室管理员）/ expert 专家评分（评审专家，仅认定阶段） */
  source: ScoreSource;
  /** 评分内容：恰好给出与规则类型同名的一项，如 { fixed: { achieved: true } } */
  value: RuleScoreValueInput;
};

/** 评分来源 */
export type ScoreSource =
  /** 专家评分（认定阶段） */
  | 'expert'
  /** 自评（办公室管理员） */
  | 'self';

/** 计分方式 */
export type ScoringMode =
  /** 按分值计分 */
  | 'points'
  /** 不计分（达标判定） */
  | 'verdicts'
  /** 按权重计分 */
  | 'weights';

/** 评分规则类型 */
export type ScoringRuleKind =
  /** 择一赋分 */
  | 'alternative'
  /** 条件封顶 */
  | 'conditionalCap'
  /** 固定分值 */
  | 'fixed'
  /** 按项计分（封顶） */
  | 'perItem'
  /** 区间评分 */
  | 'range'
  /** 逐年递增 */
  | 'series'
  /** 分档赋分 */
  | 'tiered'
  /** 达标判定（不计分，判定达标、基本达标或未达标） */
  | 'verdict'
  /** 一票否决 */
  | 'veto';

/** 遴选一份已提交的表单 */
export type SelectFormInput = {
  /** 表单（须已提交，且由本单位遴选） */
  formId: string | number;
};

/** 遴选上限按哪一级单位计算（由填报单位在该级的上级单位遴选） */
export type SelectionLevel =
  /** 每个市级单位 */
  | 'CITY'
  /** 每个省级单位 */
  | 'PROVINCE';

/** 逐年递增：给出 met（是否逐年递增），或 values（各年数值，按规则的年份） */
export type SeriesScoreValueInput = {
  /** 是否逐年递增 */
  met?: boolean | null | undefined;
  /** 各年的数值，按规则的年份先后 */
  values?: Array<number> | null | undefined;
};

/** 逐年递增：各年逐年递增得分 */
export type SeriesScoringInput = {
  /** 递增的是什么，如「人均科普经费逐年递增」 */
  condition?: string | null | undefined;
  /** 分值 */
  points: number;
  /** 年份（至少两个） */
  years: Array<number>;
};

/** 设置创建工作要求填写的表单及其遴选上限 */
export type SetCampaignFormsInput = {
  /** 主办单位的创建工作 */
  campaignId: string | number;
  /** 要求填写的表单定义，按填写顺序；空表示不要求填写表单 */
  definitionIds: Array<string | number>;
  /** 遴选上限（如每省最多 5 份典型案例）；不给时没有表单需要遴选 */
  selections?: Array<CampaignFormSelectionInput> | null | undefined;
};

/** 设置部门组成员 */
export type SetGroupMembersInput = {
  /** 全部成员部门（替换原有成员） */
  departmentIds: Array<string | number>;
  groupId: string | number;
};

/** 停用或启用组织机构 */
export type SetOrganisationDisabledInput = {
  /** true 停用，false 启用 */
  disabled: boolean;
  id: string | number;
};

/** 从模板设置一项创建工作：完整的 YAML 模板（template），或已存储的指标体系模板（templateId，或 templateKey 和版本）加名称、流程和阶段 */
export type SetUpCampaignInput = {
  /** 倒排工期：目标认定日期和各阶段天数（与 phases 二选一） */
  backSchedule?: BackScheduleInput | null | undefined;
  /** 批量设置截止日期（按指标、部门或评分规则）；规则优先于指标，指标优先于部门 */
  dueDates?: Array<DueDateOverrideInput> | null | undefined;
  /** 要求填写的表单（表单标识，如 first-batch-application，按顺序；用本单位可用的最新版）；仅用于已存储的模板；新一轮不给时沿用上一轮的表单；之后可用 setCampaignForms 修改 */
  forms?: Array<string> | null | undefined;
  /** 创建工作的键，本单位内唯一；不给时由模板键和开始日期生成（由使用者确定，故为文字） */
  key?: string | null | undefined;
  /** 创建工作名称（用已存储模板时必填） */
  name?: string | null | undefined;
  /** 承担本单位工作的部门：没有责任单位的评分规则（本单位）成为该部门的牵头任务；不给时这些规则不生成任务（见预览的 rulesWithoutTasks） */
  officeDepartmentId?: string | number | null | undefined;
  /** 有参与单位（如全国示范县的申报）：本单位不生成任务，下级单位申报或受邀后各自按本指标体系开展；不给时本单位自己开展 */
  participation?: CampaignParticipationInput | null | undefined;
  /** 各阶段及起止日期（与 backSchedule 二选一） */
  phases?: Array<CampaignPhasePlanInput> | null | undefined;
  /** 任务所在阶段：任务默认在该阶段结束日截止；默认 creation，没有时为第一个阶段（阶段键，由模板或计划定义，故为文字） */
  taskPhaseKey?: string | null | undefined;
  /** 任务流程（流程定义 id，须为本单位可用）；不给时用本单位默认的 task 流程 */
  taskWorkflowDefinitionId?: string | number | null | undefined;
  /** 任务所用流程（最新版），默认 task（流程定义的键，故为文字） */
  taskWorkflowKey?: string | null | undefined;
  /** 创建工作模板（YAML，格式同 libs/campaign-setup/templates/shapingba-2021-2025.yaml）；给出时忽略下列已存储模板的字段 */
  template?: string | null | undefined;
  /** 已存储的指标体系模板（导入或编辑所得） */
  templateId?: string | number | null | undefined;
  /** 已存储模板的键，不给 templateId 时使用（导入或上传模板时确定，故为文字） */
  templateKey?: string | null | undefined;
  /** 已存储模板的版本；不给时用本单位可用的最新版 */
  templateVersion?: number | null | undefined;
  /** 创建工作流程（流程定义 id，须为本单位可用）；不给时用本单位默认的 campaign 流程 */
  workflowDefinitionId?: string | number | null | undefined;
  /** 创建工作所用流程（最新版），默认 campaign（流程定义的键，故为文字） */
  workflowKey?: string | null | undefined;
};

/** 停用或启用用户 */
export type SetUserDisabledInput = {
  /** true 停用，false 启用 */
  disabled: boolean;
  userId: string | number;
};

/** 设置用户角色 */
export type SetUserRolesInput = {
  /** 设置用户角色：内置角色或本单位可用流程声明的角色（故为文字） */
  roles: Array<string>;
  userId: string | number;
};

/** 签署表单中的一个意见栏 */
export type SignOffFormInput = {
  /** 日期；不给时为今天 */
  date?: string | null | undefined;
  /** 读取时的版本号 */
  expectedVersion: number;
  /** 签署栏的栏目标识，如 province_opinion */
  field: string;
  /** 表单 */
  formId: string | number;
  /** 意见 */
  opinion?: string | null | undefined;
  /** 签章图片 */
  seal?: FormFileRefInput | null | undefined;
  /** 签字人 */
  signer?: string | null | undefined;
};

/** 从一项创建工作开始新一轮（下一年度或重新申报）：与设置创建工作相同的名称、流程、阶段或倒排工期、截止日期和承担本单位工作的部门，另加上一轮和带入的材料 */
export type StartNewCycleInput = {
  /** 倒排工期：目标认定日期和各阶段天数（与 phases 二选一） */
  backSchedule?: BackScheduleInput | null | undefined;
  /** 带入上一轮的哪些佐证材料（按内容哈希关联，不复制文件）；不给时不带入 */
  carryOver?: CarryOverInput | null | undefined;
  /** 批量设置截止日期（按指标、部门或评分规则）；规则优先于指标，指标优先于部门 */
  dueDates?: Array<DueDateOverrideInput> | null | undefined;
  /** 要求填写的表单（表单标识，如 first-batch-application，按顺序；用本单位可用的最新版）；仅用于已存储的模板；新一轮不给时沿用上一轮的表单；之后可用 setCampaignForms 修改 */
  forms?: Array<string> | null | undefined;
  /** 上一轮的创建工作 */
  fromCampaignId: string | number;
  /** 创建工作的键，本单位内唯一；不给时由模板键和开始日期生成（由使用者确定，故为文字） */
  key?: string | null | undefined;
  /** 新一轮的名称 */
  name: string;
  /** 承担本单位工作的部门（没有责任单位的评分规则成为它的牵头任务）；不给时沿用上一轮的 */
  officeDepartmentId?: string | number | null | undefined;
  /** 有参与单位（如全国示范县的申报）：本单位不生成任务，下级单位申报或受邀后各自按本指标体系开展；不给时本单位自己开展 */
  participation?: CampaignParticipationInput | null | undefined;
  /** 各阶段及起止日期（与 backSchedule 二选一） */
  phases?: Array<CampaignPhasePlanInput> | null | undefined;
  /** 任务所在阶段：任务默认在该阶段结束日截止；默认 creation，没有时为第一个阶段（阶段键，由模板或计划定义，故为文字） */
  taskPhaseKey?: string | null | undefined;
  /** 任务流程（流程定义 id，须为本单位可用）；不给时用本单位默认的 task 流程 */
  taskWorkflowDefinitionId?: string | number | null | undefined;
  /** 所用模板：上一轮模板的同一版本或更新版本；不给时沿用上一轮的模板 */
  templateId?: string | number | null | undefined;
  /** 创建工作流程（流程定义 id，须为本单位可用）；不给时用本单位默认的 campaign 流程 */
  workflowDefinitionId?: string | number | null | undefined;
};

/** 提交表单 */
export type SubmitFormInput = {
  /** 读取时的版本号；有人在此后保存过时为 CONFLICT */
  expectedVersion: number;
  /** 表单 */
  formId: string | number;
};

/** 指标体系表的版式 */
export type TableLayout =
  /** 多级（A/B/C 级指标分列） */
  | 'multi_level'
  /** 按序号分级（1、1.1、1.1.1） */
  | 'numbered'
  /** 两级（任务分解表：指标、评分规则） */
  | 'two_level';

/** 指标体系表问题的代码（稳定，可据此处理） */
export type TableProblemCode =
  /** 列的对应关系有误 */
  | 'BAD_COLUMN_MAPPING'
  /** 选做组设置有误 */
  | 'BAD_ELECTIVE'
  /** 计分参数有误 */
  | 'BAD_PARAMS'
  /** 分值无法识别 */
  | 'BAD_POINTS'
  /** 计分方式有误 */
  | 'BAD_SCORING_MODE'
  /** 判定等级有误 */
  | 'BAD_VERDICTS'
  /** 权重有误 */
  | 'BAD_WEIGHT'
  /** 指标序号重复 */
  | 'DUPLICATE_CODE'
  /** 表中没有指标 */
  | 'EMPTY_TABLE'
  /** 缺少必需的列 */
  | 'MISSING_COLUMN'
  /** 缺少分值 */
  | 'MISSING_POINTS'
  /** 有责任单位但没有评分规则 */
  | 'MISSING_RULE'
  /** 缺少指标名称 */
  | 'MISSING_TITLE'
  /** 找不到指标体系表 */
  | 'NO_TABLE'
  /** 评分规则没有责任单位（作为本单位自己的工作） */
  | 'NO_UNITS'
  /** 层级缺少上级指标 */
  | 'ORPHAN_LEVEL'
  /** 规则分值与计分方式或规则文字中的最高分不一致 */
  | 'POINTS_MISMATCH'
  /** 评分规则不属于任何指标 */
  | 'RULE_WITHOUT_INDICATOR'
  /** 下级分值合计与上级不符 */
  | 'SUBTOTAL_MISMATCH'
  /** 表格行数超过上限 */
  | 'TOO_LARGE'
  /** 写明的总分与各指标分值合计不一致 */
  | 'TOTAL_MISMATCH'
  /** 总分不是 100 */
  | 'TOTAL_NOT_100'
  /** 引号未闭合（CSV） */
  | 'UNCLOSED_QUOTE'
  /** 无法识别的列 */
  | 'UNKNOWN_COLUMN'
  /** 本单位没有的责任单位 */
  | 'UNKNOWN_UNIT'
  /** 文件无法读取 */
  | 'UNREADABLE_FILE'
  /** 不支持的文件类型（须为 .xlsx 或 .csv） */
  | 'UNSUPPORTED_FILE'
  /** 未读取的工作表 */
  | 'UNUSED_SHEET'
  /** 权重合计不是 1（或 100%） */
  | 'WEIGHT_SUM';

/** 单个任务的新截止日期 */
export type TaskDueDateInput = {
  /** 新的截止日期 */
  dueOn: string;
  /** 任务 */
  taskId: string | number;
};

/** 任务排序 */
export type TaskOrder =
  /** 按部门（部门表顺序），部门内按表中顺序 */
  | 'DEPARTMENT'
  /** 截止日期最早的在前，同日按表中顺序 */
  | 'DUE_ON'
  /** 任务分解表顺序（默认） */
  | 'TABLE';

/** 任务状态的含义（由任务流程定义决定） */
export type TaskStateKind =
  /** 已完成（流程终态） */
  | 'done'
  /** 待办：尚未提交 */
  | 'open'
  /** 审核后退回整改（从审核队列带意见退回） */
  | 'returned'
  /** 已提交，等待审核（reviewQueue） */
  | 'submitted';

/** 一项任务及读取时的版本号 */
export type TaskVersionInput = {
  /** 读取时的版本号；已被他人修改时该项返回 CONFLICT */
  expectedVersion: number;
  id: string | number;
};

/** 指标（平铺，以 parentKey 指向上级） */
export type TemplateNodeInput = {
  /** 指标序号（指标体系中的编号，故为文字） */
  code: string;
  /** 选做组 */
  elective?: ElectiveGroupInput | null | undefined;
  /** 在本树中唯一的标识，可沿用查询结果中的 key，新指标任取（故为文字） */
  key: string;
  /** 分值；为空即其下合计 */
  maxScore?: number | null | undefined;
  /** 上级指标的 key（编辑时生成，故为文字）；顶层为空 */
  parentKey?: string | null | undefined;
  /** 考察内容 */
  requirements?: Array<TemplateRequirementInput> | null | undefined;
  /** 评分规则 */
  rules?: Array<TemplateRuleInput> | null | undefined;
  /** 本指标自己的计分方式（weights 或 verdicts）；为空即按分值或随上级 */
  scoringMode?: ScoringMode | null | undefined;
  /** 名称 */
  title: string;
  /** 权重 */
  weight?: number | null | undefined;
};

/** 考察内容 */
export type TemplateRequirementInput = {
  /** 编号，如「1-1」（指标体系中的编号，故为文字） */
  code: string;
  /** 原文 */
  text: string;
};

/** 评分规则 */
export type TemplateRuleInput = {
  /** 备注 */
  note?: string | null | undefined;
  /** 「本单位」：本单位自己的工作，不继承上一条规则的责任单位 */
  organisationOwned?: boolean | null | undefined;
  /** 最高可得分 */
  points: number;
  /** 计分方式：恰好一项，与规则类型同名 */
  scoring: RuleScoringInput;
  /** 评分规则原文 */
  text: string;
  /** 责任单位（恰有一个牵头）；为空即继承上一条规则的，没有上一条即本单位自己的工作 */
  units: Array<TemplateUnitInput>;
};

/** 责任单位及其角色 */
export type TemplateUnitInput = {
  /** 部门或部门组名称 */
  name: string;
  /** 牵头或配合（每条规则恰有一个牵头单位） */
  role: ResponsibleRole;
};

/** 分档赋分：给出 rank 与 of（排名），或只有一家申报时给出 points */
export type TieredScoreValueInput = {
  /** 参与排名的单位数 */
  of?: number | null | undefined;
  /** 只有一家申报时给的分数 */
  points?: number | null | undefined;
  /** 名次（1 为最好） */
  rank?: number | null | undefined;
};

/** 分档赋分：按排名在最低分与最高分之间分档 */
export type TieredScoringInput = {
  /** 排名依据，如「人均财政科普经费」 */
  basis?: string | null | undefined;
  /** 最高分 */
  max: number;
  /** 最低分 */
  min: number;
  /** 排名方向 */
  order?: RankOrder | null | undefined;
  /** 只有一家申报时的评分区间 */
  singleApplicant?: ScoreRangeInput | null | undefined;
  /** 档差；为空即 1 */
  step?: number | null | undefined;
};

/** 执行一个流转 */
export type TransitionInput = {
  /** 意见（退回等操作必填） */
  comment?: string | null | undefined;
  /** 对象类型 */
  entityType: WorkflowSubjectType;
  /** 事件名，如 submit、approve、return（流程定义中声明，故为文字） */
  event: string;
  /** 读取时的版本号；已被他人修改时返回 CONFLICT */
  expectedVersion: number;
  id: string | number;
};

/** 对多个参与单位执行同一流转（如催报全部未报送的县），每个单独处理 */
export type TransitionParticipantsInput = {
  /** 意见（需要意见的操作必填），对每个参与单位相同 */
  comment?: string | null | undefined;
  /** 事件名，如 remind（流程定义中声明，故为文字） */
  event: string;
  /** 参与单位及其版本号，一次最多 50 个 */
  participants: Array<ParticipantVersionInput>;
};

/** 操作不能执行的原因类别 */
export type TransitionRefusalCode =
  /** 当前角色不能执行 */
  | 'FORBIDDEN'
  /** 条件不满足 */
  | 'TRANSITION_NOT_ALLOWED';

/** 对多项任务执行同一流转（如批量通过、批量退回），每项任务单独处理 */
export type TransitionTasksInput = {
  /** 意见（退回等操作必填），对每项任务相同 */
  comment?: string | null | undefined;
  /** 事件名，如 approve、return（流程定义中声明，故为文字） */
  event: string;
  /** 任务及其版本号，一次最多 50 项 */
  tasks: Array<TaskVersionInput>;
};

/** 把表中的责任单位对应到本单位已有的部门或部门组 */
export type UnitMappingInput = {
  /** 表中写的名称 */
  from: string;
  /** 已有部门或部门组的名称 */
  to: string;
};

/** 建议对应的是部门还是部门组 */
export type UnitSuggestionKind =
  /** 部门 */
  | 'department'
  /** 部门组 */
  | 'group';

/** 解除登录锁定 */
export type UnlockUserInput = {
  userId: string | number;
};

/** 取消遴选一份表单 */
export type UnselectFormInput = {
  /** 表单 */
  formId: string | number;
};

/** 修改部门组的名称和说明 */
export type UpdateDepartmentGroupInput = {
  /** 说明 */
  description?: string | null | undefined;
  id: string | number;
  /** 组名 */
  name: string;
};

/** 修改部门 */
export type UpdateDepartmentInput = {
  /** 全称 */
  fullName?: string | null | undefined;
  id: string | number;
  /** 类型键，如 party、government、street（departmentKinds 中的键，各单位可自定义，故为文字） */
  kind: string;
  /** 名称（与任务分解表写法一致） */
  name: string;
  /** 标签，如「涉农」 */
  tags?: Array<string> | null | undefined;
};

/** 修改部门类型名称 */
export type UpdateDepartmentKindInput = {
  id: string | number;
  /** 名称 */
  label: string;
};

/** 上传表单定义（YAML） */
export type UploadFormDefinitionInput = {
  /** 文件名，用于报错时指明位置 */
  fileName: string;
  /** 是否允许下级单位使用，默认否 */
  shareWithDescendants?: boolean | null | undefined;
  /** YAML 内容，格式见 forms/README.md */
  source: string;
};

/** 上传新的流程定义版本 */
export type UploadWorkflowDefinitionInput = {
  /** 文件名（用于错误提示） */
  fileName?: string | null | undefined;
  /** 是否供本单位的下级单位使用（默认只供本单位使用） */
  shareWithDescendants?: boolean | null | undefined;
  /** YAML 原文 */
  source: string;
};

/** 判定等级 */
export type VerdictOptionInput = {
  /** 名称 */
  label: string;
  /** 数值 */
  value?: number | null | undefined;
};

/** 达标判定的汇总方式 */
export type VerdictRollUp =
  /** 按各判定数值的平均值 */
  | 'mean'
  /** 取最差的判定 */
  | 'worst';

/** 判定等级，从好到差 */
export type VerdictScaleInput = {
  /** 判定等级 */
  options: Array<VerdictOptionInput>;
  /** 汇总方式；为空即取最差 */
  rollUp?: VerdictRollUp | null | undefined;
};

/** 达标判定：判定结果 */
export type VerdictScoreValueInput = {
  /** 判定等级的名称，如「达标」（指标体系的判定等级，故为文字） */
  verdict: string;
};

/** 一票否决：是否发生 */
export type VetoScoreValueInput = {
  /** 发生了否决事项 */
  triggered: boolean;
};

/** 一票否决：发生即取消资格 */
export type VetoScoringInput = {
  /** 否决条件 */
  condition: string;
};

/** 按流程流转的对象类型 */
export type WorkflowSubjectType =
  /** 创建工作 */
  | 'campaign'
  /** 参与单位（参与一项创建工作的单位） */
  | 'participant'
  /** 任务 */
  | 'task';

export type ChangePasswordMutationVariables = Exact<{
  input: ChangePasswordInput;
}>;


export type ChangePasswordMutation = { changePassword: boolean };

export type LoginMutationVariables = Exact<{
  input: LoginInput;
}>;


export type LoginMutation = { login: { expiresAt: string, user: { id: string, username: string, displayName: string, roles: Array<string>, organisationName: string | null, mustChangePassword: boolean, department: { id: string, name: string } | null } } };

export type LogoutMutationVariables = Exact<{ [key: string]: never; }>;


export type LogoutMutation = { logout: boolean };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { me: { id: string, username: string, displayName: string, roles: Array<string>, organisationName: string | null, mustChangePassword: boolean, department: { id: string, name: string } | null } };

export type CurrentUserFieldsFragment = { id: string, username: string, displayName: string, roles: Array<string>, organisationName: string | null, mustChangePassword: boolean, department: { id: string, name: string } | null };

export type CampaignElectiveGroupsQueryVariables = Exact<{
  campaignId: string | number;
}>;


export type CampaignElectiveGroupsQuery = { campaignElectiveGroups: Array<{ indicatorId: string, code: string, title: string, min: number, max: number, counting: ElectiveCounting, description: string, decided: boolean, options: Array<{ indicatorId: string, code: string, title: string, chosen: boolean, chosenBy: string | null, chosenAt: string | null }> }> };

export type ElectiveGroupFieldsFragment = { indicatorId: string, code: string, title: string, min: number, max: number, counting: ElectiveCounting, description: string, decided: boolean, options: Array<{ indicatorId: string, code: string, title: string, chosen: boolean, chosenBy: string | null, chosenAt: string | null }> };

export type CampaignPlanQueryVariables = Exact<{
  id: string | number;
}>;


export type CampaignPlanQuery = { campaign: { id: string, name: string, taskPhaseKey: string, officeDepartmentId: string | null, phases: Array<{ key: string, name: string, startsOn: string | null, endsOn: string | null, steps: Array<{ key: string, name: string, startsOn: string | null, endsOn: string | null }> }> }, campaignPlanChanges: Array<{ batchId: string, at: string, actorName: string, reason: string, subjectType: PlanChangeSubject, subjectLabel: string, field: PlanChangeField, oldValue: string | null, newValue: string | null }> };

export type CampaignTemplateChoicesQueryVariables = Exact<{ [key: string]: never; }>;


export type CampaignTemplateChoicesQuery = { campaignTemplateChoices: Array<{ id: string, key: string, version: number, name: string, source: string | null, ownerId: string | null }> };

export type ChooseElectiveOptionsMutationVariables = Exact<{
  input: ChooseElectiveOptionsInput;
}>;


export type ChooseElectiveOptionsMutation = { chooseElectiveOptions: { tasksCreated: number, tasksCancelled: number, group: { indicatorId: string, code: string, title: string, min: number, max: number, counting: ElectiveCounting, description: string, decided: boolean, options: Array<{ indicatorId: string, code: string, title: string, chosen: boolean, chosenBy: string | null, chosenAt: string | null }> } } };

export type PreviewCampaignSetUpQueryVariables = Exact<{
  input: SetUpCampaignInput;
}>;


export type PreviewCampaignSetUpQuery = { previewCampaignSetUp: { existingCampaignId: string | null, templateId: string, templateKey: string, templateVersion: number, templateName: string, taskPhaseKey: string, defaultDueOn: string, taskCount: number, departmentCount: number, ruleCount: number, rulesWithoutTasks: Array<string>, workflowDefinition: { id: string, key: string, version: number, name: string }, taskWorkflowDefinition: { id: string, key: string, version: number, name: string }, phases: Array<{ key: string, name: string, startsOn: string, endsOn: string }>, dueDates: Array<{ dueOn: string, tasks: number }>, tasks: Array<{ ruleCode: string, ruleText: string, indicatorCode: string, departmentId: string, departmentName: string, role: ResponsibleRole, dueOn: string }> } };

export type ReplanCampaignMutationVariables = Exact<{
  input: ReplanCampaignInput;
}>;


export type ReplanCampaignMutation = { replanCampaign: { batchId: string, phaseChanges: number, taskChanges: number } };

export type SetUpCampaignMutationVariables = Exact<{
  input: SetUpCampaignInput;
}>;


export type SetUpCampaignMutation = { setUpCampaign: { campaignId: string, created: boolean, tasks: number } };

export type StartNewCycleMutationVariables = Exact<{
  input: StartNewCycleInput;
}>;


export type StartNewCycleMutation = { startNewCycle: { campaignId: string, tasks: number, carriedEvidence: number, notCarried: Array<string> } };

export type CampaignRequiredDocumentsQueryVariables = Exact<{
  id: string | number;
}>;


export type CampaignRequiredDocumentsQuery = { campaign: { id: string, name: string, stateLabel: string, requiredDocuments: Array<{ kind: string, label: string, neededBy: Array<{ event: string, label: string, needsFile: boolean }>, document: { id: string, kind: string, title: string, recordedAt: string, recordedByName: string, hasFile: boolean, fileName: string | null, fileSize: number | null, fileMediaType: string | null, fileUploadedAt: string | null, fileUploadedByName: string | null } | null, versions: Array<{ id: string, kind: string, title: string, recordedAt: string, recordedByName: string, hasFile: boolean, fileName: string | null, fileSize: number | null, fileMediaType: string | null, fileUploadedAt: string | null, fileUploadedByName: string | null }> }> } };

export type CampaignDocumentFieldsFragment = { id: string, kind: string, title: string, recordedAt: string, recordedByName: string, hasFile: boolean, fileName: string | null, fileSize: number | null, fileMediaType: string | null, fileUploadedAt: string | null, fileUploadedByName: string | null };

export type CampaignIndicatorTreeQueryVariables = Exact<{
  id: string | number;
}>;


export type CampaignIndicatorTreeQuery = { campaign: { id: string, name: string, state: string, totalScore: number, phases: Array<{ key: string, name: string, startsOn: string | null, endsOn: string | null, description: string | null, steps: Array<{ key: string, name: string, startsOn: string | null, endsOn: string | null, description: string | null }> }>, indicatorNodes: Array<{ id: string, code: string, title: string, maxScore: number | null, level: number, parentId: string | null, electiveChosen: boolean | null, electiveChoice: { text: string, decided: boolean, chosenCount: number, optionCount: number, chosenBy: string | null, chosenAt: string | null } | null, requirements: Array<{ id: string, code: string, text: string }>, scoringRules: Array<{ id: string, code: string, text: string, points: number, kind: ScoringRuleKind, note: string | null, responsibleUnits: Array<{ name: string, isGroup: boolean, role: ResponsibleRole }> }> }> } };

export type CampaignPhaseFieldsFragment = { key: string, name: string, startsOn: string | null, endsOn: string | null, description: string | null };

export type IndicatorNodeFieldsFragment = { id: string, code: string, title: string, maxScore: number | null, level: number, parentId: string | null, electiveChosen: boolean | null, electiveChoice: { text: string, decided: boolean, chosenCount: number, optionCount: number, chosenBy: string | null, chosenAt: string | null } | null, requirements: Array<{ id: string, code: string, text: string }>, scoringRules: Array<{ id: string, code: string, text: string, points: number, kind: ScoringRuleKind, note: string | null, responsibleUnits: Array<{ name: string, isGroup: boolean, role: ResponsibleRole }> }> };

export type CampaignListQueryVariables = Exact<{ [key: string]: never; }>;


export type CampaignListQuery = { campaigns: Array<{ id: string, name: string, state: string, totalScore: number, hasParticipants: boolean, applicantLevel: OrganisationLevel | null, parentCampaignId: string | null }> };

export type CampaignSummaryQueryVariables = Exact<{
  id: string | number;
}>;


export type CampaignSummaryQuery = { campaign: { id: string, name: string, state: string, totalScore: number, hasParticipants: boolean, applicantLevel: OrganisationLevel | null, parentCampaignId: string | null } };

export type ParticipatedCampaignsQueryVariables = Exact<{ [key: string]: never; }>;


export type ParticipatedCampaignsQuery = { campaigns: Array<{ id: string, name: string, applicantLevel: OrganisationLevel | null }> };

export type CampaignDashboardQueryVariables = Exact<{
  campaignId: string | number;
}>;


export type CampaignDashboardQuery = { campaignDashboard: { today: string, progress: number, totalTasks: number, doneTasks: number, byState: Array<{ state: string, label: string, count: number }>, byIndicator: Array<{ code: string, title: string, maxScore: number | null, total: number, done: number, submitted: number, overdue: number, progress: number }>, byDepartment: Array<{ departmentId: string, name: string, kind: string, rank: number, score: number, board: RankingBoard | null, total: number, done: number, submitted: number, returned: number, overdue: number, progress: number }>, overdueTasks: Array<{ taskId: string, ruleCode: string, ruleText: string, points: number, departmentName: string, dueOn: string, daysUntilDue: number, deadlineStatus: DeadlineStatus, state: string, stateLabel: string }> } };

export type CampaignScoresQueryVariables = Exact<{
  campaignId: string | number;
}>;


export type CampaignScoresQuery = { campaignScores: { campaignId: string, projected: { points: number, maxTotal: number, uncapped: number, capped: boolean, complete: boolean, rules: number, scoredRules: number, vetoed: boolean, vetoedBy: Array<string>, hasPoints: boolean }, self: { rules: number, judgedRules: number, verdict: string | null }, pointsAtRisk: Array<{ ruleId: string, ruleCode: string, ruleText: string, indicatorCode: string, points: number, lateTasks: number, returnedTasks: number, departments: Array<string>, veto: boolean }> } };

export type RemindDepartmentMutationVariables = Exact<{
  input: RemindDepartmentInput;
}>;


export type RemindDepartmentMutation = { remindDepartment: number };

export type RemindTaskMutationVariables = Exact<{
  input: RemindTaskInput;
}>;


export type RemindTaskMutation = { remindTask: { notified: number, department: { id: string, name: string } } };

export type ReminderPreviewQueryVariables = Exact<{ [key: string]: never; }>;


export type ReminderPreviewQuery = { reminderPreview: { day: string, tasks: number, overdue: number, departments: number } };

export type RunReminderScanMutationVariables = Exact<{ [key: string]: never; }>;


export type RunReminderScanMutation = { runReminderScan: { day: string, tasksReminded: number, departments: number, delivered: number, failed: number, skipped: boolean } };

export type CreateDepartmentMutationVariables = Exact<{
  input: DepartmentInput;
}>;


export type CreateDepartmentMutation = { createDepartment: { id: string, name: string, fullName: string | null, kind: string, tags: Array<string> } };

export type CreateDepartmentGroupMutationVariables = Exact<{
  input: CreateDepartmentGroupInput;
}>;


export type CreateDepartmentGroupMutation = { createDepartmentGroup: { id: string, name: string, description: string | null, members: Array<{ id: string, name: string }> } };

export type CreateDepartmentKindMutationVariables = Exact<{
  input: CreateDepartmentKindInput;
}>;


export type CreateDepartmentKindMutation = { createDepartmentKind: { id: string, key: string, label: string, ownerName: string | null, editable: boolean } };

export type DeleteDepartmentGroupMutationVariables = Exact<{
  input: DeleteDepartmentGroupInput;
}>;


export type DeleteDepartmentGroupMutation = { deleteDepartmentGroup: string };

export type DeleteDepartmentKindMutationVariables = Exact<{
  input: DeleteDepartmentKindInput;
}>;


export type DeleteDepartmentKindMutation = { deleteDepartmentKind: string };

export type DepartmentGroupsQueryVariables = Exact<{
  organisationId?: string | number | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type DepartmentGroupsQuery = { departmentGroups: { totalCount: number, edges: Array<{ node: { id: string, name: string, description: string | null, source: string | null, members: Array<{ id: string, name: string }> } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type DepartmentKindsQueryVariables = Exact<{ [key: string]: never; }>;


export type DepartmentKindsQuery = { departmentKinds: Array<{ id: string, key: string, label: string, ownerName: string | null, editable: boolean }> };

export type DepartmentKindFieldsFragment = { id: string, key: string, label: string, ownerName: string | null, editable: boolean };

export type DepartmentsQueryVariables = Exact<{
  organisationId?: string | number | null | undefined;
  search?: string | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type DepartmentsQuery = { departments: { totalCount: number, edges: Array<{ node: { id: string, name: string, fullName: string | null, kind: string, tags: Array<string> } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type DepartmentFieldsFragment = { id: string, name: string, fullName: string | null, kind: string, tags: Array<string> };

export type SetGroupMembersMutationVariables = Exact<{
  input: SetGroupMembersInput;
}>;


export type SetGroupMembersMutation = { setGroupMembers: { id: string, members: Array<{ id: string, name: string }> } };

export type UpdateDepartmentMutationVariables = Exact<{
  input: UpdateDepartmentInput;
}>;


export type UpdateDepartmentMutation = { updateDepartment: { id: string, name: string, fullName: string | null, kind: string, tags: Array<string> } };

export type UpdateDepartmentGroupMutationVariables = Exact<{
  input: UpdateDepartmentGroupInput;
}>;


export type UpdateDepartmentGroupMutation = { updateDepartmentGroup: { id: string, name: string, description: string | null } };

export type UpdateDepartmentKindMutationVariables = Exact<{
  input: UpdateDepartmentKindInput;
}>;


export type UpdateDepartmentKindMutation = { updateDepartmentKind: { id: string, key: string, label: string, ownerName: string | null, editable: boolean } };

export type DeleteEvidenceMutationVariables = Exact<{
  input: DeleteEvidenceInput;
}>;


export type DeleteEvidenceMutation = { deleteEvidence: { id: string, requirementCode: string, revision: number, currentVersion: number, createdAt: string, createdBy: string, updatedAt: string, deletedAt: string | null, deletedBy: string | null, task: { id: string }, carriedFrom: { campaignId: string, campaignName: string } | null, current: { id: string, number: number, kind: EvidenceKind, kindLabel: string, description: string | null, refersTo: string | null, createdAt: string, createdBy: string, previewUrl: string | null, downloadUrl: string, file: { id: string, originalName: string, mediaType: string, size: number, uploadedAt: string, uploadedBy: string } }, versions: Array<{ id: string, number: number, kind: EvidenceKind, kindLabel: string, description: string | null, refersTo: string | null, createdAt: string, createdBy: string, previewUrl: string | null, downloadUrl: string, file: { id: string, originalName: string, mediaType: string, size: number, uploadedAt: string, uploadedBy: string } }> } };

export type ReplaceEvidenceMutationVariables = Exact<{
  input: ReplaceEvidenceInput;
}>;


export type ReplaceEvidenceMutation = { replaceEvidence: { id: string, requirementCode: string, revision: number, currentVersion: number, createdAt: string, createdBy: string, updatedAt: string, deletedAt: string | null, deletedBy: string | null, task: { id: string }, carriedFrom: { campaignId: string, campaignName: string } | null, current: { id: string, number: number, kind: EvidenceKind, kindLabel: string, description: string | null, refersTo: string | null, createdAt: string, createdBy: string, previewUrl: string | null, downloadUrl: string, file: { id: string, originalName: string, mediaType: string, size: number, uploadedAt: string, uploadedBy: string } }, versions: Array<{ id: string, number: number, kind: EvidenceKind, kindLabel: string, description: string | null, refersTo: string | null, createdAt: string, createdBy: string, previewUrl: string | null, downloadUrl: string, file: { id: string, originalName: string, mediaType: string, size: number, uploadedAt: string, uploadedBy: string } }> } };

export type RestoreEvidenceMutationVariables = Exact<{
  input: RestoreEvidenceInput;
}>;


export type RestoreEvidenceMutation = { restoreEvidence: { id: string, requirementCode: string, revision: number, currentVersion: number, createdAt: string, createdBy: string, updatedAt: string, deletedAt: string | null, deletedBy: string | null, task: { id: string }, carriedFrom: { campaignId: string, campaignName: string } | null, current: { id: string, number: number, kind: EvidenceKind, kindLabel: string, description: string | null, refersTo: string | null, createdAt: string, createdBy: string, previewUrl: string | null, downloadUrl: string, file: { id: string, originalName: string, mediaType: string, size: number, uploadedAt: string, uploadedBy: string } }, versions: Array<{ id: string, number: number, kind: EvidenceKind, kindLabel: string, description: string | null, refersTo: string | null, createdAt: string, createdBy: string, previewUrl: string | null, downloadUrl: string, file: { id: string, originalName: string, mediaType: string, size: number, uploadedAt: string, uploadedBy: string } }> } };

export type TaskEvidenceQueryVariables = Exact<{
  taskId: string | number;
  includeDeleted?: boolean | null | undefined;
}>;


export type TaskEvidenceQuery = { taskEvidence: Array<{ id: string, requirementCode: string, revision: number, currentVersion: number, createdAt: string, createdBy: string, updatedAt: string, deletedAt: string | null, deletedBy: string | null, task: { id: string }, carriedFrom: { campaignId: string, campaignName: string } | null, current: { id: string, number: number, kind: EvidenceKind, kindLabel: string, description: string | null, refersTo: string | null, createdAt: string, createdBy: string, previewUrl: string | null, downloadUrl: string, file: { id: string, originalName: string, mediaType: string, size: number, uploadedAt: string, uploadedBy: string } }, versions: Array<{ id: string, number: number, kind: EvidenceKind, kindLabel: string, description: string | null, refersTo: string | null, createdAt: string, createdBy: string, previewUrl: string | null, downloadUrl: string, file: { id: string, originalName: string, mediaType: string, size: number, uploadedAt: string, uploadedBy: string } }> }> };

export type EvidenceFieldsFragment = { id: string, requirementCode: string, revision: number, currentVersion: number, createdAt: string, createdBy: string, updatedAt: string, deletedAt: string | null, deletedBy: string | null, task: { id: string }, carriedFrom: { campaignId: string, campaignName: string } | null, current: { id: string, number: number, kind: EvidenceKind, kindLabel: string, description: string | null, refersTo: string | null, createdAt: string, createdBy: string, previewUrl: string | null, downloadUrl: string, file: { id: string, originalName: string, mediaType: string, size: number, uploadedAt: string, uploadedBy: string } }, versions: Array<{ id: string, number: number, kind: EvidenceKind, kindLabel: string, description: string | null, refersTo: string | null, createdAt: string, createdBy: string, previewUrl: string | null, downloadUrl: string, file: { id: string, originalName: string, mediaType: string, size: number, uploadedAt: string, uploadedBy: string } }> };

export type EvidenceVersionFieldsFragment = { id: string, number: number, kind: EvidenceKind, kindLabel: string, description: string | null, refersTo: string | null, createdAt: string, createdBy: string, previewUrl: string | null, downloadUrl: string, file: { id: string, originalName: string, mediaType: string, size: number, uploadedAt: string, uploadedBy: string } };

export type EvidencePackageInfoQueryVariables = Exact<{
  campaignId: string | number;
}>;


export type EvidencePackageInfoQuery = { evidencePackageInfo: { files: number, indicators: number, bytes: number, url: string, fileName: string } };

export type CampaignFormDefinitionsQueryVariables = Exact<{
  campaignId: string | number;
  organisationId?: string | number | null | undefined;
}>;


export type CampaignFormDefinitionsQuery = { campaignForms: Array<{ definition: { id: string, definition: { key: string, version: number, name: string, description: string | null, workflow: string | null, file: string, roles: Array<{ key: string, label: string }>, filledBy: { role: string, stages: Array<string> } | null, sections: Array<{ key: string, label: string, help: string | null, maxChars: number | null, fields: Array<{ key: string, type: FormFieldType, label: string, help: string | null, required: boolean, maxChars: number | null, multiline: boolean | null, format: FormTextFormat | null, unit: string | null, min: number | null, max: number | null, integer: boolean | null, precision: FormDatePrecision | null, multiple: boolean | null, accept: Array<FormAttachmentKind> | null, maxCount: number | null, minRows: number | null, maxRows: number | null, role: string | null, stages: Array<string> | null, signer: FormPresence | null, seal: FormPresence | null, signatureLabel: string | null, columns: Array<{ key: string, type: FormFieldType, label: string, help: string | null, required: boolean, maxChars: number | null, multiline: boolean | null, format: FormTextFormat | null, unit: string | null, min: number | null, max: number | null, integer: boolean | null, precision: FormDatePrecision | null, multiple: boolean | null, accept: Array<FormAttachmentKind> | null, maxCount: number | null, minRows: number | null, maxRows: number | null, role: string | null, stages: Array<string> | null, signer: FormPresence | null, seal: FormPresence | null, signatureLabel: string | null, ties: { requirement: string | null, rule: string | null } | null, options: Array<{ key: string, label: string }> | null, opinion: { label: string, hint: string | null, maxChars: number | null } | null }> | null, ties: { requirement: string | null, rule: string | null } | null, options: Array<{ key: string, label: string }> | null, opinion: { label: string, hint: string | null, maxChars: number | null } | null }> }> } } }> };

export type FormDefinitionRecordGraphFragment = { id: string, definition: { key: string, version: number, name: string, description: string | null, workflow: string | null, file: string, roles: Array<{ key: string, label: string }>, filledBy: { role: string, stages: Array<string> } | null, sections: Array<{ key: string, label: string, help: string | null, maxChars: number | null, fields: Array<{ key: string, type: FormFieldType, label: string, help: string | null, required: boolean, maxChars: number | null, multiline: boolean | null, format: FormTextFormat | null, unit: string | null, min: number | null, max: number | null, integer: boolean | null, precision: FormDatePrecision | null, multiple: boolean | null, accept: Array<FormAttachmentKind> | null, maxCount: number | null, minRows: number | null, maxRows: number | null, role: string | null, stages: Array<string> | null, signer: FormPresence | null, seal: FormPresence | null, signatureLabel: string | null, columns: Array<{ key: string, type: FormFieldType, label: string, help: string | null, required: boolean, maxChars: number | null, multiline: boolean | null, format: FormTextFormat | null, unit: string | null, min: number | null, max: number | null, integer: boolean | null, precision: FormDatePrecision | null, multiple: boolean | null, accept: Array<FormAttachmentKind> | null, maxCount: number | null, minRows: number | null, maxRows: number | null, role: string | null, stages: Array<string> | null, signer: FormPresence | null, seal: FormPresence | null, signatureLabel: string | null, ties: { requirement: string | null, rule: string | null } | null, options: Array<{ key: string, label: string }> | null, opinion: { label: string, hint: string | null, maxChars: number | null } | null }> | null, ties: { requirement: string | null, rule: string | null } | null, options: Array<{ key: string, label: string }> | null, opinion: { label: string, hint: string | null, maxChars: number | null } | null }> }> } };

export type CampaignFormToFillQueryVariables = Exact<{
  campaignId: string | number;
  organisationId?: string | number | null | undefined;
}>;


export type CampaignFormToFillQuery = { campaignForms: Array<{ stage: string | null, stageLabel: string | null, viewerRole: string | null, canSubmit: boolean, id: string | null, status: FilledFormStatus, version: number, editableFields: Array<string>, updatedAt: string | null, updatedByName: string | null, submittedAt: string | null, campaign: { id: string, name: string }, organisation: { id: string, name: string, shortName: string }, definition: { id: string, key: string, version: number, name: string, description: string | null }, values: Array<{ key: string, text: string | null, number: number | null, flag: boolean | null, choices: Array<string> | null, date: string | null, month: string | null, rows: Array<Array<{ key: string, text: string | null, number: number | null, flag: boolean | null, choices: Array<string> | null, date: string | null, month: string | null, files: Array<{ fileId: string, name: string, mediaType: string }> | null }>> | null, signOff: { opinion: string | null, signer: string | null, date: string | null, seal: { fileId: string, name: string, mediaType: string } | null } | null, files: Array<{ fileId: string, name: string, mediaType: string }> | null }> }> };

export type CampaignFormsQueryVariables = Exact<{
  campaignId: string | number;
  organisationId?: string | number | null | undefined;
}>;


export type CampaignFormsQuery = { campaignForms: Array<{ id: string | null, status: FilledFormStatus, version: number, editableFields: Array<string>, updatedAt: string | null, updatedByName: string | null, submittedAt: string | null, campaign: { id: string, name: string }, organisation: { id: string, name: string, shortName: string }, definition: { id: string, key: string, version: number, name: string, description: string | null } }> };

export type FilledFormRowFragment = { id: string | null, status: FilledFormStatus, version: number, editableFields: Array<string>, updatedAt: string | null, updatedByName: string | null, submittedAt: string | null, campaign: { id: string, name: string }, organisation: { id: string, name: string, shortName: string }, definition: { id: string, key: string, version: number, name: string, description: string | null } };

export type FilledFormFieldsFragment = { stage: string | null, stageLabel: string | null, viewerRole: string | null, canSubmit: boolean, id: string | null, status: FilledFormStatus, version: number, editableFields: Array<string>, updatedAt: string | null, updatedByName: string | null, submittedAt: string | null, campaign: { id: string, name: string }, organisation: { id: string, name: string, shortName: string }, definition: { id: string, key: string, version: number, name: string, description: string | null }, values: Array<{ key: string, text: string | null, number: number | null, flag: boolean | null, choices: Array<string> | null, date: string | null, month: string | null, rows: Array<Array<{ key: string, text: string | null, number: number | null, flag: boolean | null, choices: Array<string> | null, date: string | null, month: string | null, files: Array<{ fileId: string, name: string, mediaType: string }> | null }>> | null, signOff: { opinion: string | null, signer: string | null, date: string | null, seal: { fileId: string, name: string, mediaType: string } | null } | null, files: Array<{ fileId: string, name: string, mediaType: string }> | null }> };

export type FilledFormStateFragment = { id: string | null, status: FilledFormStatus, version: number, updatedAt: string | null, updatedByName: string | null, submittedAt: string | null, values: Array<{ key: string, text: string | null, number: number | null, flag: boolean | null, choices: Array<string> | null, date: string | null, month: string | null, rows: Array<Array<{ key: string, text: string | null, number: number | null, flag: boolean | null, choices: Array<string> | null, date: string | null, month: string | null, files: Array<{ fileId: string, name: string, mediaType: string }> | null }>> | null, signOff: { opinion: string | null, signer: string | null, date: string | null, seal: { fileId: string, name: string, mediaType: string } | null } | null, files: Array<{ fileId: string, name: string, mediaType: string }> | null }> };

export type FormFieldValueFieldsFragment = { key: string, text: string | null, number: number | null, flag: boolean | null, choices: Array<string> | null, date: string | null, month: string | null, signOff: { opinion: string | null, signer: string | null, date: string | null, seal: { fileId: string, name: string, mediaType: string } | null } | null, files: Array<{ fileId: string, name: string, mediaType: string }> | null };

export type FormCellValueFieldsFragment = { key: string, text: string | null, number: number | null, flag: boolean | null, choices: Array<string> | null, date: string | null, month: string | null, files: Array<{ fileId: string, name: string, mediaType: string }> | null };

export type FilledFormHistoryQueryVariables = Exact<{
  id: string | number;
  first?: number | null | undefined;
}>;


export type FilledFormHistoryQuery = { filledForm: { id: string | null, history: Array<{ at: string, byName: string, action: FormEditAction, fields: Array<string> }> } | null };

export type FormDefinitionFieldsFragment = { key: string, version: number, name: string, description: string | null, workflow: string | null, file: string, roles: Array<{ key: string, label: string }>, filledBy: { role: string, stages: Array<string> } | null, sections: Array<{ key: string, label: string, help: string | null, maxChars: number | null, fields: Array<{ key: string, type: FormFieldType, label: string, help: string | null, required: boolean, maxChars: number | null, multiline: boolean | null, format: FormTextFormat | null, unit: string | null, min: number | null, max: number | null, integer: boolean | null, precision: FormDatePrecision | null, multiple: boolean | null, accept: Array<FormAttachmentKind> | null, maxCount: number | null, minRows: number | null, maxRows: number | null, role: string | null, stages: Array<string> | null, signer: FormPresence | null, seal: FormPresence | null, signatureLabel: string | null, columns: Array<{ key: string, type: FormFieldType, label: string, help: string | null, required: boolean, maxChars: number | null, multiline: boolean | null, format: FormTextFormat | null, unit: string | null, min: number | null, max: number | null, integer: boolean | null, precision: FormDatePrecision | null, multiple: boolean | null, accept: Array<FormAttachmentKind> | null, maxCount: number | null, minRows: number | null, maxRows: number | null, role: string | null, stages: Array<string> | null, signer: FormPresence | null, seal: FormPresence | null, signatureLabel: string | null, ties: { requirement: string | null, rule: string | null } | null, options: Array<{ key: string, label: string }> | null, opinion: { label: string, hint: string | null, maxChars: number | null } | null }> | null, ties: { requirement: string | null, rule: string | null } | null, options: Array<{ key: string, label: string }> | null, opinion: { label: string, hint: string | null, maxChars: number | null } | null }> }> };

export type FormFieldDefinitionFieldsFragment = { key: string, type: FormFieldType, label: string, help: string | null, required: boolean, maxChars: number | null, multiline: boolean | null, format: FormTextFormat | null, unit: string | null, min: number | null, max: number | null, integer: boolean | null, precision: FormDatePrecision | null, multiple: boolean | null, accept: Array<FormAttachmentKind> | null, maxCount: number | null, minRows: number | null, maxRows: number | null, role: string | null, stages: Array<string> | null, signer: FormPresence | null, seal: FormPresence | null, signatureLabel: string | null, ties: { requirement: string | null, rule: string | null } | null, options: Array<{ key: string, label: string }> | null, opinion: { label: string, hint: string | null, maxChars: number | null } | null };

export type FormDefinitionsQueryVariables = Exact<{
  organisationId?: string | number | null | undefined;
}>;


export type FormDefinitionsQuery = { formDefinitions: Array<{ id: string, key: string, version: number, name: string, description: string | null, ownerOrganisation: { id: string, shortName: string } | null }> };

export type FormFiguresForQueryVariables = Exact<{
  taskId: string | number;
}>;


export type FormFiguresForQuery = { formFiguresFor: Array<{ formId: string, formName: string, campaignId: string, campaignName: string, field: string, label: string, requirementCode: string | null, ruleCode: string | null, text: string, status: FilledFormStatus, updatedByName: string | null, updatedAt: string }> };

export type FormSelectionBoardFieldsFragment = { campaignId: string, definitionId: string, definitionKey: string, definitionName: string, per: SelectionLevel, max: number, canSelect: boolean, groups: Array<{ selectedCount: number, group: { id: string, name: string, shortName: string }, entries: Array<{ formId: string, status: FilledFormStatus, submittedAt: string | null, selected: boolean, selectedAt: string | null, selectedByName: string | null, organisation: { id: string, name: string, shortName: string } }> }> };

export type FormSelectionsQueryVariables = Exact<{
  campaignId: string | number;
  onlySelected?: boolean | null | undefined;
}>;


export type FormSelectionsQuery = { formSelections: Array<{ campaignId: string, definitionId: string, definitionKey: string, definitionName: string, per: SelectionLevel, max: number, canSelect: boolean, groups: Array<{ selectedCount: number, group: { id: string, name: string, shortName: string }, entries: Array<{ formId: string, status: FilledFormStatus, submittedAt: string | null, selected: boolean, selectedAt: string | null, selectedByName: string | null, organisation: { id: string, name: string, shortName: string } }> }> }> };

export type FormWorkflowStagesQueryVariables = Exact<{
  key: string;
}>;


export type FormWorkflowStagesQuery = { workflowDefinition: { id: string, graph: { nodes: Array<{ id: string, label: string }> } } };

export type SaveFormDraftMutationVariables = Exact<{
  input: SaveFormDraftInput;
}>;


export type SaveFormDraftMutation = { saveFormDraft: { id: string | null, status: FilledFormStatus, version: number, updatedAt: string | null, updatedByName: string | null, submittedAt: string | null, values: Array<{ key: string, text: string | null, number: number | null, flag: boolean | null, choices: Array<string> | null, date: string | null, month: string | null, rows: Array<Array<{ key: string, text: string | null, number: number | null, flag: boolean | null, choices: Array<string> | null, date: string | null, month: string | null, files: Array<{ fileId: string, name: string, mediaType: string }> | null }>> | null, signOff: { opinion: string | null, signer: string | null, date: string | null, seal: { fileId: string, name: string, mediaType: string } | null } | null, files: Array<{ fileId: string, name: string, mediaType: string }> | null }> } };

export type SelectFormMutationVariables = Exact<{
  input: SelectFormInput;
}>;


export type SelectFormMutation = { selectForm: { campaignId: string, definitionId: string, definitionKey: string, definitionName: string, per: SelectionLevel, max: number, canSelect: boolean, groups: Array<{ selectedCount: number, group: { id: string, name: string, shortName: string }, entries: Array<{ formId: string, status: FilledFormStatus, submittedAt: string | null, selected: boolean, selectedAt: string | null, selectedByName: string | null, organisation: { id: string, name: string, shortName: string } }> }> } };

export type SetCampaignFormsMutationVariables = Exact<{
  input: SetCampaignFormsInput;
}>;


export type SetCampaignFormsMutation = { setCampaignForms: Array<{ id: string, key: string, version: number, name: string }> };

export type SetFormSelectionCapsMutationVariables = Exact<{
  input: SetCampaignFormsInput;
}>;


export type SetFormSelectionCapsMutation = { setCampaignForms: Array<{ id: string }> };

export type SignOffFormMutationVariables = Exact<{
  input: SignOffFormInput;
}>;


export type SignOffFormMutation = { signOffForm: { stage: string | null, stageLabel: string | null, viewerRole: string | null, canSubmit: boolean, id: string | null, status: FilledFormStatus, version: number, editableFields: Array<string>, updatedAt: string | null, updatedByName: string | null, submittedAt: string | null, campaign: { id: string, name: string }, organisation: { id: string, name: string, shortName: string }, definition: { id: string, key: string, version: number, name: string, description: string | null }, values: Array<{ key: string, text: string | null, number: number | null, flag: boolean | null, choices: Array<string> | null, date: string | null, month: string | null, rows: Array<Array<{ key: string, text: string | null, number: number | null, flag: boolean | null, choices: Array<string> | null, date: string | null, month: string | null, files: Array<{ fileId: string, name: string, mediaType: string }> | null }>> | null, signOff: { opinion: string | null, signer: string | null, date: string | null, seal: { fileId: string, name: string, mediaType: string } | null } | null, files: Array<{ fileId: string, name: string, mediaType: string }> | null }> } };

export type SubmitFormMutationVariables = Exact<{
  input: SubmitFormInput;
}>;


export type SubmitFormMutation = { submitForm: { stage: string | null, stageLabel: string | null, viewerRole: string | null, canSubmit: boolean, id: string | null, status: FilledFormStatus, version: number, editableFields: Array<string>, updatedAt: string | null, updatedByName: string | null, submittedAt: string | null, campaign: { id: string, name: string }, organisation: { id: string, name: string, shortName: string }, definition: { id: string, key: string, version: number, name: string, description: string | null }, values: Array<{ key: string, text: string | null, number: number | null, flag: boolean | null, choices: Array<string> | null, date: string | null, month: string | null, rows: Array<Array<{ key: string, text: string | null, number: number | null, flag: boolean | null, choices: Array<string> | null, date: string | null, month: string | null, files: Array<{ fileId: string, name: string, mediaType: string }> | null }>> | null, signOff: { opinion: string | null, signer: string | null, date: string | null, seal: { fileId: string, name: string, mediaType: string } | null } | null, files: Array<{ fileId: string, name: string, mediaType: string }> | null }> } };

export type UnselectFormMutationVariables = Exact<{
  input: UnselectFormInput;
}>;


export type UnselectFormMutation = { unselectForm: { campaignId: string, definitionId: string, definitionKey: string, definitionName: string, per: SelectionLevel, max: number, canSelect: boolean, groups: Array<{ selectedCount: number, group: { id: string, name: string, shortName: string }, entries: Array<{ formId: string, status: FilledFormStatus, submittedAt: string | null, selected: boolean, selectedAt: string | null, selectedByName: string | null, organisation: { id: string, name: string, shortName: string } }> }> } };

export type UploadFormDefinitionMutationVariables = Exact<{
  input: UploadFormDefinitionInput;
}>;


export type UploadFormDefinitionMutation = { uploadFormDefinition: { id: string, key: string, version: number, name: string, description: string | null, definition: { key: string, version: number, name: string, description: string | null, workflow: string | null, file: string, roles: Array<{ key: string, label: string }>, filledBy: { role: string, stages: Array<string> } | null, sections: Array<{ key: string, label: string, help: string | null, maxChars: number | null, fields: Array<{ key: string, type: FormFieldType, label: string, help: string | null, required: boolean, maxChars: number | null, multiline: boolean | null, format: FormTextFormat | null, unit: string | null, min: number | null, max: number | null, integer: boolean | null, precision: FormDatePrecision | null, multiple: boolean | null, accept: Array<FormAttachmentKind> | null, maxCount: number | null, minRows: number | null, maxRows: number | null, role: string | null, stages: Array<string> | null, signer: FormPresence | null, seal: FormPresence | null, signatureLabel: string | null, columns: Array<{ key: string, type: FormFieldType, label: string, help: string | null, required: boolean, maxChars: number | null, multiline: boolean | null, format: FormTextFormat | null, unit: string | null, min: number | null, max: number | null, integer: boolean | null, precision: FormDatePrecision | null, multiple: boolean | null, accept: Array<FormAttachmentKind> | null, maxCount: number | null, minRows: number | null, maxRows: number | null, role: string | null, stages: Array<string> | null, signer: FormPresence | null, seal: FormPresence | null, signatureLabel: string | null, ties: { requirement: string | null, rule: string | null } | null, options: Array<{ key: string, label: string }> | null, opinion: { label: string, hint: string | null, maxChars: number | null } | null }> | null, ties: { requirement: string | null, rule: string | null } | null, options: Array<{ key: string, label: string }> | null, opinion: { label: string, hint: string | null, maxChars: number | null } | null }> }> }, ownerOrganisation: { id: string, shortName: string } | null } };

export type ImportIndicatorTableMutationVariables = Exact<{
  input: ImportIndicatorTableInput;
}>;


export type ImportIndicatorTableMutation = { importIndicatorTable: { created: boolean, systemId: string, key: string, name: string, version: number, indicatorCount: number, requirementCount: number, ruleCount: number, warnings: Array<{ sheet: string, row: number, column: string, field: string, code: TableProblemCode, message: string, severity: ProblemSeverity }> } };

export type TableProblemFieldsFragment = { sheet: string, row: number, column: string, field: string, code: TableProblemCode, message: string, severity: ProblemSeverity };

export type PreviewIndicatorTableMutationVariables = Exact<{
  input: IndicatorTableFileInput;
}>;


export type PreviewIndicatorTableMutation = { previewIndicatorTable: { ok: boolean, name: string | null, key: string | null, sheet: string | null, layout: TableLayout | null, totalScore: number | null, indicatorCount: number, requirementCount: number, ruleCount: number, indicators: Array<{ code: string, level: number, title: string, maxScore: number | null, requirements: number, rules: number }>, problems: Array<{ sheet: string, row: number, column: string, field: string, code: TableProblemCode, message: string, severity: ProblemSeverity }>, unknownUnits: Array<{ name: string, cells: Array<string>, suggestions: Array<{ kind: UnitSuggestionKind, name: string, score: number }> }> } };

export type TemplateProblemFieldsFragment = { nodeKey: string | null, ruleIndex: number | null, path: string, message: string, severity: ProblemSeverity };

export type CheckIndicatorTemplateMutationVariables = Exact<{
  input: IndicatorTemplateTreeInput;
}>;


export type CheckIndicatorTemplateMutation = { checkIndicatorTemplate: { ok: boolean, maxTotal: number, problems: Array<{ nodeKey: string | null, ruleIndex: number | null, path: string, message: string, severity: ProblemSeverity }> } };

export type ExportIndicatorTemplateQueryVariables = Exact<{
  id: string | number;
}>;


export type ExportIndicatorTemplateQuery = { exportIndicatorTemplate: { fileName: string, contentBase64: string } };

export type TemplateNodeFieldsFragment = { key: string, parentKey: string | null, code: string, title: string, maxScore: number | null, weight: number | null, scoringMode: ScoringMode | null, elective: { min: number, max: number, counting: ElectiveCounting, best: number | null } | null, requirements: Array<{ code: string, text: string }>, rules: Array<{ text: string, points: number, note: string, organisationOwned: boolean, units: Array<{ name: string, role: ResponsibleRole }>, effectiveUnits: Array<{ name: string, role: ResponsibleRole }>, scoring: { kind: ScoringRuleKind, verdict: boolean | null, fixed: { points: number } | null, range: { min: number, max: number } | null, alternative: { options: Array<{ label: string, points: number }> } | null, tiered: { min: number, max: number, basis: string | null, order: RankOrder | null, step: number | null, singleApplicant: { min: number, max: number } | null } | null, perItem: { each: number, cap: number, item: string | null } | null, conditionalCap: { min: number, max: number, cap: number, condition: string } | null, veto: { condition: string } | null, series: { points: number, years: Array<number>, condition: string | null } | null } }> };

export type IndicatorTemplateVersionQueryVariables = Exact<{
  id: string | number;
}>;


export type IndicatorTemplateVersionQuery = { indicatorTemplateVersion: { id: string, key: string, version: number, name: string, source: string | null, totalScore: number | null, scoringMode: ScoringMode, maxTotal: number, verdicts: { rollUp: VerdictRollUp, options: Array<{ label: string, value: number | null }> } | null, nodes: Array<{ key: string, parentKey: string | null, code: string, title: string, maxScore: number | null, weight: number | null, scoringMode: ScoringMode | null, elective: { min: number, max: number, counting: ElectiveCounting, best: number | null } | null, requirements: Array<{ code: string, text: string }>, rules: Array<{ text: string, points: number, note: string, organisationOwned: boolean, units: Array<{ name: string, role: ResponsibleRole }>, effectiveUnits: Array<{ name: string, role: ResponsibleRole }>, scoring: { kind: ScoringRuleKind, verdict: boolean | null, fixed: { points: number } | null, range: { min: number, max: number } | null, alternative: { options: Array<{ label: string, points: number }> } | null, tiered: { min: number, max: number, basis: string | null, order: RankOrder | null, step: number | null, singleApplicant: { min: number, max: number } | null } | null, perItem: { each: number, cap: number, item: string | null } | null, conditionalCap: { min: number, max: number, cap: number, condition: string } | null, veto: { condition: string } | null, series: { points: number, years: Array<number>, condition: string | null } | null } }> }> } };

export type IndicatorTemplatesQueryVariables = Exact<{ [key: string]: never; }>;


export type IndicatorTemplatesQuery = { indicatorTemplates: Array<{ key: string, title: string, versions: Array<{ id: string, version: number, name: string, source: string | null, createdAt: string, createdBy: string | null, ownerName: string | null, own: boolean, totalScore: number | null, scoringMode: ScoringMode }> }> };

export type RuleScoringFieldsFragment = { kind: ScoringRuleKind, verdict: boolean | null, fixed: { points: number } | null, range: { min: number, max: number } | null, alternative: { options: Array<{ label: string, points: number }> } | null, tiered: { min: number, max: number, basis: string | null, order: RankOrder | null, step: number | null, singleApplicant: { min: number, max: number } | null } | null, perItem: { each: number, cap: number, item: string | null } | null, conditionalCap: { min: number, max: number, cap: number, condition: string } | null, veto: { condition: string } | null, series: { points: number, years: Array<number>, condition: string | null } | null };

export type SaveIndicatorTemplateVersionMutationVariables = Exact<{
  input: IndicatorTemplateTreeInput;
}>;


export type SaveIndicatorTemplateVersionMutation = { saveIndicatorTemplateVersion: { created: boolean, warnings: Array<{ nodeKey: string | null, ruleIndex: number | null, path: string, message: string, severity: ProblemSeverity }>, template: { id: string, version: number, name: string, createdBy: string | null } } };

export type MarkNotificationsReadMutationVariables = Exact<{
  input: MarkNotificationsReadInput;
}>;


export type MarkNotificationsReadMutation = { markNotificationsRead: number };

export type NotificationsQueryVariables = Exact<{
  first?: number | null | undefined;
}>;


export type NotificationsQuery = { unreadNotificationCount: number, notifications: { totalCount: number, edges: Array<{ node: { id: string, title: string, body: string, entityType: NotificationSubject, entityId: string, createdAt: string, read: boolean } }> } };

export type AnswerObjectionMutationVariables = Exact<{
  input: AnswerObjectionInput;
}>;


export type AnswerObjectionMutation = { answerObjection: { id: string, participantId: string, campaignId: string, content: string, state: ObjectionState, filedAt: string, filedByName: string | null, answer: string | null, answeredByName: string | null, answeredAt: string | null } };

export type CampaignObjectionsQueryVariables = Exact<{
  campaignId: string | number;
  openOnly?: boolean | null | undefined;
}>;


export type CampaignObjectionsQuery = { campaignObjections: Array<{ id: string, participantId: string, campaignId: string, content: string, state: ObjectionState, filedAt: string, filedByName: string | null, answer: string | null, answeredByName: string | null, answeredAt: string | null }> };

export type FileObjectionMutationVariables = Exact<{
  input: FileObjectionInput;
}>;


export type FileObjectionMutation = { fileObjection: { id: string, participantId: string, campaignId: string, content: string, state: ObjectionState, filedAt: string, filedByName: string | null, answer: string | null, answeredByName: string | null, answeredAt: string | null } };

export type ObjectionFieldsFragment = { id: string, participantId: string, campaignId: string, content: string, state: ObjectionState, filedAt: string, filedByName: string | null, answer: string | null, answeredByName: string | null, answeredAt: string | null };

export type ParticipantObjectionsQueryVariables = Exact<{
  participantId: string | number;
}>;


export type ParticipantObjectionsQuery = { participantObjections: Array<{ id: string, participantId: string, campaignId: string, content: string, state: ObjectionState, filedAt: string, filedByName: string | null, answer: string | null, answeredByName: string | null, answeredAt: string | null }> };

export type PublicisedParticipantsQueryVariables = Exact<{ [key: string]: never; }>;


export type PublicisedParticipantsQuery = { publicisedParticipants: Array<{ participantId: string, campaignId: string, campaignName: string, organisationName: string, organisationShortName: string, organisationCode: string, province: string, status: string, phase: { label: string, startsOn: string | null, endsOn: string | null, open: boolean } }> };

export type CreateOrganisationMutationVariables = Exact<{
  input: CreateOrganisationInput;
}>;


export type CreateOrganisationMutation = { createOrganisation: { id: string, code: string, name: string, shortName: string, level: OrganisationLevel, levelLabel: string, parentId: string | null, depth: number, disabled: boolean, childCount: number, ancestors: Array<{ id: string, shortName: string }> } };

export type MoveOrganisationMutationVariables = Exact<{
  input: MoveOrganisationInput;
}>;


export type MoveOrganisationMutation = { moveOrganisation: { id: string, code: string, name: string, shortName: string, level: OrganisationLevel, levelLabel: string, parentId: string | null, depth: number, disabled: boolean, childCount: number, ancestors: Array<{ id: string, shortName: string }> } };

export type MyOrganisationQueryVariables = Exact<{ [key: string]: never; }>;


export type MyOrganisationQuery = { myOrganisation: { id: string, name: string, shortName: string, levelLabel: string, ancestors: Array<{ id: string, shortName: string }> } | null };

export type OrganisationQueryVariables = Exact<{
  id: string | number;
}>;


export type OrganisationQuery = { organisation: { id: string, code: string, name: string, shortName: string, level: OrganisationLevel, levelLabel: string, parentId: string | null, depth: number, disabled: boolean, childCount: number, ancestors: Array<{ id: string, shortName: string }> } };

export type OrganisationsQueryVariables = Exact<{
  filter?: OrganisationFilterInput | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type OrganisationsQuery = { organisations: { totalCount: number, edges: Array<{ node: { id: string, code: string, name: string, shortName: string, level: OrganisationLevel, levelLabel: string, parentId: string | null, depth: number, disabled: boolean, childCount: number, ancestors: Array<{ id: string, shortName: string }> } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type OrganisationFieldsFragment = { id: string, code: string, name: string, shortName: string, level: OrganisationLevel, levelLabel: string, parentId: string | null, depth: number, disabled: boolean, childCount: number, ancestors: Array<{ id: string, shortName: string }> };

export type RenameOrganisationMutationVariables = Exact<{
  input: RenameOrganisationInput;
}>;


export type RenameOrganisationMutation = { renameOrganisation: { id: string, code: string, name: string, shortName: string, level: OrganisationLevel, levelLabel: string, parentId: string | null, depth: number, disabled: boolean, childCount: number, ancestors: Array<{ id: string, shortName: string }> } };

export type SetOrganisationDisabledMutationVariables = Exact<{
  input: SetOrganisationDisabledInput;
}>;


export type SetOrganisationDisabledMutation = { setOrganisationDisabled: { id: string, code: string, name: string, shortName: string, level: OrganisationLevel, levelLabel: string, parentId: string | null, depth: number, disabled: boolean, childCount: number, ancestors: Array<{ id: string, shortName: string }> } };

export type ApplyToCampaignMutationVariables = Exact<{
  input: ApplyToCampaignInput;
}>;


export type ApplyToCampaignMutation = { applyToCampaign: { id: string, campaignId: string, state: string | null, stateLabel: string | null, version: number, joinedBy: ParticipantJoin, workCampaignId: string | null } };

export type CampaignParticipantsQueryVariables = Exact<{
  campaignId: string | number;
}>;


export type CampaignParticipantsQuery = { campaignParticipants: Array<{ id: string, campaignId: string, state: string | null, stateLabel: string | null, outcome: string | null, outcomeLabel: string | null, version: number, joinedBy: ParticipantJoin, workCampaignId: string | null, createdAt: string, organisation: { id: string, shortName: string, name: string, level: OrganisationLevel, ancestors: Array<{ id: string, shortName: string, level: OrganisationLevel }> }, objectionWindow: { label: string, startsOn: string | null, endsOn: string | null, open: boolean } | null, progress: { taskCount: number, finishedCount: number } | null, availableTransitions: Array<{ event: string, label: string, allowed: boolean, available: boolean, needsComment: boolean, confirm: string | null, to: string | null, toLabel: string | null, code: TransitionRefusalCode | null, reasons: Array<string> }> }> };

export type CampaignsOpenForApplicationQueryVariables = Exact<{ [key: string]: never; }>;


export type CampaignsOpenForApplicationQuery = { campaignsOpenForApplication: Array<{ id: string, name: string, applicantLevel: OrganisationLevel | null, organisation: { id: string, shortName: string }, phases: Array<{ key: string, name: string, startsOn: string | null, endsOn: string | null }> }> };

export type InviteParticipantsMutationVariables = Exact<{
  input: InviteParticipantsInput;
}>;


export type InviteParticipantsMutation = { inviteParticipants: Array<{ id: string, state: string | null, version: number, joinedBy: ParticipantJoin, workCampaignId: string | null }> };

export type ParticipantQuotasQueryVariables = Exact<{
  campaignId: string | number;
}>;


export type ParticipantQuotasQuery = { participantQuotas: Array<{ event: string, eventLabel: string, region: string | null, taken: number, already: number, cap: number, allowed: number }> };

export type ParticipantsByRegionQueryVariables = Exact<{
  campaignId: string | number;
}>;


export type ParticipantsByRegionQuery = { participantsByRegion: Array<{ total: number, finished: number, region: { id: string, name: string, shortName: string } | null, open: Array<{ id: string, version: number, state: string | null, stateLabel: string | null, organisation: { id: string, shortName: string, name: string }, availableTransitions: Array<{ event: string, label: string, allowed: boolean, available: boolean, needsComment: boolean, confirm: string | null, to: string | null, toLabel: string | null, code: TransitionRefusalCode | null, reasons: Array<string> }> }> }> };

export type TransitionParticipantsMutationVariables = Exact<{
  input: TransitionParticipantsInput;
}>;


export type TransitionParticipantsMutation = { transitionParticipants: Array<{ participantId: string, ok: boolean, code: ErrorCode | null, message: string | null, result: { state: string, stateLabel: string, version: number } | null }> };

export type PointsAtRiskFieldsFragment = { ruleId: string, ruleCode: string, ruleText: string, indicatorCode: string, points: number, lateTasks: number, returnedTasks: number, departments: Array<string>, veto: boolean };

export type ScoreHistoryQueryVariables = Exact<{
  campaignId: string | number;
  ruleId: string | number;
}>;


export type ScoreHistoryQuery = { scoreHistory: Array<{ id: string, ruleId: string, source: ScoreSource, points: number, vetoed: boolean, explanation: string, comment: string, scoredBy: string, scoredAt: string, supersededAt: string | null, value: { fixed: { achieved: boolean } | null, range: { points: number } | null, conditionalCap: { points: number, conditionMet: boolean } | null, alternative: { option: string | null } | null, tiered: { rank: number | null, of: number | null, points: number | null } | null, perItem: { items: number } | null, veto: { triggered: boolean } | null, series: { met: boolean | null, values: Array<number> | null } | null, verdict: { verdict: string } | null } }> };

export type ScoreRuleMutationVariables = Exact<{
  input: ScoreRuleInput;
}>;


export type ScoreRuleMutation = { scoreRule: { changed: boolean, score: { id: string, ruleId: string, source: ScoreSource, points: number, vetoed: boolean, explanation: string, comment: string, scoredBy: string, scoredAt: string, supersededAt: string | null, value: { fixed: { achieved: boolean } | null, range: { points: number } | null, conditionalCap: { points: number, conditionMet: boolean } | null, alternative: { option: string | null } | null, tiered: { rank: number | null, of: number | null, points: number | null } | null, perItem: { items: number } | null, veto: { triggered: boolean } | null, series: { met: boolean | null, values: Array<number> | null } | null, verdict: { verdict: string } | null } }, totals: { scoringMode: ScoringMode, verdict: string | null, judgedRules: number, points: number, maxTotal: number, uncapped: number, capped: boolean, complete: boolean, rules: number, scoredRules: number, vetoed: boolean, vetoedBy: Array<string>, hasPoints: boolean, verdictCounts: Array<{ label: string, count: number }> } } };

export type ScoreTotalsFieldsFragment = { scoringMode: ScoringMode, verdict: string | null, judgedRules: number, points: number, maxTotal: number, uncapped: number, capped: boolean, complete: boolean, rules: number, scoredRules: number, vetoed: boolean, vetoedBy: Array<string>, hasPoints: boolean, verdictCounts: Array<{ label: string, count: number }> };

export type RuleScoreValueFieldsFragment = { fixed: { achieved: boolean } | null, range: { points: number } | null, conditionalCap: { points: number, conditionMet: boolean } | null, alternative: { option: string | null } | null, tiered: { rank: number | null, of: number | null, points: number | null } | null, perItem: { items: number } | null, veto: { triggered: boolean } | null, series: { met: boolean | null, values: Array<number> | null } | null, verdict: { verdict: string } | null };

export type RuleScoreFieldsFragment = { id: string, ruleId: string, source: ScoreSource, points: number, vetoed: boolean, explanation: string, comment: string, scoredBy: string, scoredAt: string, supersededAt: string | null, value: { fixed: { achieved: boolean } | null, range: { points: number } | null, conditionalCap: { points: number, conditionMet: boolean } | null, alternative: { option: string | null } | null, tiered: { rank: number | null, of: number | null, points: number | null } | null, perItem: { items: number } | null, veto: { triggered: boolean } | null, series: { met: boolean | null, values: Array<number> | null } | null, verdict: { verdict: string } | null } };

export type ScoreSheetQueryVariables = Exact<{
  campaignId: string | number;
}>;


export type ScoreSheetQuery = { campaign: { id: string, state: string, stateLabel: string }, campaignScores: { campaignId: string, campaignState: string, selfScoringOpen: boolean, expertScoringOpen: boolean, self: { scoringMode: ScoringMode, verdict: string | null, judgedRules: number, points: number, maxTotal: number, uncapped: number, capped: boolean, complete: boolean, rules: number, scoredRules: number, vetoed: boolean, vetoedBy: Array<string>, hasPoints: boolean, verdictCounts: Array<{ label: string, count: number }> }, expert: { scoringMode: ScoringMode, verdict: string | null, judgedRules: number, points: number, maxTotal: number, uncapped: number, capped: boolean, complete: boolean, rules: number, scoredRules: number, vetoed: boolean, vetoedBy: Array<string>, hasPoints: boolean, verdictCounts: Array<{ label: string, count: number }> }, projected: { scoringMode: ScoringMode, verdict: string | null, judgedRules: number, points: number, maxTotal: number, uncapped: number, capped: boolean, complete: boolean, rules: number, scoredRules: number, vetoed: boolean, vetoedBy: Array<string>, hasPoints: boolean, verdictCounts: Array<{ label: string, count: number }> }, indicators: Array<{ indicatorId: string, code: string, parentCode: string | null, level: number, title: string, maxScore: number | null, self: number, selfCapped: boolean, expert: number, expertCapped: boolean, projected: number, vetoed: boolean, scored: boolean, selfVerdict: string | null, expertVerdict: string | null, electiveChosen: boolean | null, unchosen: boolean, electiveChoice: { text: string, decided: boolean, chosenBy: string | null, chosenAt: string | null } | null, rules: Array<{ ruleId: string, code: string, text: string, kind: ScoringRuleKind, maxPoints: number, tasks: number, approvedTasks: number, lateTasks: number, returnedTasks: number, projected: number, difference: number | null, scoring: { kind: ScoringRuleKind, verdict: boolean | null, fixed: { points: number } | null, range: { min: number, max: number } | null, alternative: { options: Array<{ label: string, points: number }> } | null, tiered: { min: number, max: number, basis: string | null, order: RankOrder | null, step: number | null, singleApplicant: { min: number, max: number } | null } | null, perItem: { each: number, cap: number, item: string | null } | null, conditionalCap: { min: number, max: number, cap: number, condition: string } | null, veto: { condition: string } | null, series: { points: number, years: Array<number>, condition: string | null } | null }, self: { id: string, ruleId: string, source: ScoreSource, points: number, vetoed: boolean, explanation: string, comment: string, scoredBy: string, scoredAt: string, supersededAt: string | null, value: { fixed: { achieved: boolean } | null, range: { points: number } | null, conditionalCap: { points: number, conditionMet: boolean } | null, alternative: { option: string | null } | null, tiered: { rank: number | null, of: number | null, points: number | null } | null, perItem: { items: number } | null, veto: { triggered: boolean } | null, series: { met: boolean | null, values: Array<number> | null } | null, verdict: { verdict: string } | null } } | null, expert: { id: string, ruleId: string, source: ScoreSource, points: number, vetoed: boolean, explanation: string, comment: string, scoredBy: string, scoredAt: string, supersededAt: string | null, value: { fixed: { achieved: boolean } | null, range: { points: number } | null, conditionalCap: { points: number, conditionMet: boolean } | null, alternative: { option: string | null } | null, tiered: { rank: number | null, of: number | null, points: number | null } | null, perItem: { items: number } | null, veto: { triggered: boolean } | null, series: { met: boolean | null, values: Array<number> | null } | null, verdict: { verdict: string } | null } } | null }> }>, pointsAtRisk: Array<{ ruleId: string, ruleCode: string, ruleText: string, indicatorCode: string, points: number, lateTasks: number, returnedTasks: number, departments: Array<string>, veto: boolean }> } };

export type ScoreTotalsSummaryFieldsFragment = { points: number, maxTotal: number, uncapped: number, capped: boolean, complete: boolean, rules: number, scoredRules: number, vetoed: boolean, vetoedBy: Array<string>, hasPoints: boolean };

export type TaskRowFieldsFragment = { id: string, state: string, stateLabel: string, stateKind: TaskStateKind, inReviewQueue: boolean, role: ResponsibleRole, dueOn: string, deadlineStatus: DeadlineStatus, daysUntilDue: number, department: { id: string, name: string }, scoringRule: { id: string, code: string, text: string, points: number, kind: ScoringRuleKind, indicator: { id: string, code: string, title: string, requirements: Array<{ id: string, code: string }> }, responsibleUnits: Array<{ name: string, role: ResponsibleRole, isGroup: boolean }> } };

export type TaskTableQueryVariables = Exact<{
  campaignId: string | number;
  first?: number | null | undefined;
  after?: string | null | undefined;
  departmentId?: string | number | null | undefined;
  indicatorCode?: string | null | undefined;
  state?: string | null | undefined;
  states?: Array<string> | string | null | undefined;
  dueBefore?: string | null | undefined;
  search?: string | null | undefined;
  orderBy?: TaskOrder | null | undefined;
}>;


export type TaskTableQuery = { tasks: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, state: string, stateLabel: string, stateKind: TaskStateKind, inReviewQueue: boolean, role: ResponsibleRole, dueOn: string, deadlineStatus: DeadlineStatus, daysUntilDue: number, department: { id: string, name: string }, scoringRule: { id: string, code: string, text: string, points: number, kind: ScoringRuleKind, indicator: { id: string, code: string, title: string, requirements: Array<{ id: string, code: string }> }, responsibleUnits: Array<{ name: string, role: ResponsibleRole, isGroup: boolean }> } } }> } };

export type TaskTableFiltersQueryVariables = Exact<{
  campaignId: string | number;
}>;


export type TaskTableFiltersQuery = { campaign: { id: string, organisation: { id: string }, taskStates: Array<{ key: string, label: string, kind: TaskStateKind }>, indicators: Array<{ id: string, code: string, title: string }> } };

export type TaskWorkListQueryVariables = Exact<{
  campaignId: string | number;
  state?: string | null | undefined;
  reviewQueue?: boolean | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type TaskWorkListQuery = { tasks: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { evidenceEditable: boolean, version: number, id: string, state: string, stateLabel: string, stateKind: TaskStateKind, inReviewQueue: boolean, role: ResponsibleRole, dueOn: string, deadlineStatus: DeadlineStatus, daysUntilDue: number, scoringRule: { note: string | null, id: string, code: string, text: string, points: number, kind: ScoringRuleKind, indicator: { id: string, code: string, title: string, requirements: Array<{ text: string, id: string, code: string }> }, responsibleUnits: Array<{ name: string, role: ResponsibleRole, isGroup: boolean }> }, department: { id: string, name: string } } }> } };

export type TaskWorkFieldsFragment = { evidenceEditable: boolean, version: number, id: string, state: string, stateLabel: string, stateKind: TaskStateKind, inReviewQueue: boolean, role: ResponsibleRole, dueOn: string, deadlineStatus: DeadlineStatus, daysUntilDue: number, scoringRule: { note: string | null, id: string, code: string, text: string, points: number, kind: ScoringRuleKind, indicator: { id: string, code: string, title: string, requirements: Array<{ text: string, id: string, code: string }> }, responsibleUnits: Array<{ name: string, role: ResponsibleRole, isGroup: boolean }> }, department: { id: string, name: string } };

export type AssignUserDepartmentMutationVariables = Exact<{
  input: AssignUserDepartmentInput;
}>;


export type AssignUserDepartmentMutation = { assignUserDepartment: { id: string, username: string, displayName: string, email: string | null, roles: Array<string>, disabled: boolean, lockedUntil: string | null, lastLoginAt: string | null, organisationName: string | null, organisationId: string | null, department: { id: string, name: string } | null } };

export type CreateUserMutationVariables = Exact<{
  input: CreateUserInput;
}>;


export type CreateUserMutation = { createUser: { id: string, username: string, displayName: string, email: string | null, roles: Array<string>, disabled: boolean, lockedUntil: string | null, lastLoginAt: string | null, organisationName: string | null, organisationId: string | null, department: { id: string, name: string } | null } };

export type GrantableRolesQueryVariables = Exact<{ [key: string]: never; }>;


export type GrantableRolesQuery = { grantableRoles: Array<string> };

export type ResetUserPasswordMutationVariables = Exact<{
  input: ResetUserPasswordInput;
}>;


export type ResetUserPasswordMutation = { resetUserPassword: { id: string, username: string, displayName: string, email: string | null, roles: Array<string>, disabled: boolean, lockedUntil: string | null, lastLoginAt: string | null, organisationName: string | null, organisationId: string | null, department: { id: string, name: string } | null } };

export type SetUserDisabledMutationVariables = Exact<{
  input: SetUserDisabledInput;
}>;


export type SetUserDisabledMutation = { setUserDisabled: { id: string, username: string, displayName: string, email: string | null, roles: Array<string>, disabled: boolean, lockedUntil: string | null, lastLoginAt: string | null, organisationName: string | null, organisationId: string | null, department: { id: string, name: string } | null } };

export type SetUserRolesMutationVariables = Exact<{
  input: SetUserRolesInput;
}>;


export type SetUserRolesMutation = { setUserRoles: { id: string, username: string, displayName: string, email: string | null, roles: Array<string>, disabled: boolean, lockedUntil: string | null, lastLoginAt: string | null, organisationName: string | null, organisationId: string | null, department: { id: string, name: string } | null } };

export type UnlockUserMutationVariables = Exact<{
  input: UnlockUserInput;
}>;


export type UnlockUserMutation = { unlockUser: { id: string, username: string, displayName: string, email: string | null, roles: Array<string>, disabled: boolean, lockedUntil: string | null, lastLoginAt: string | null, organisationName: string | null, organisationId: string | null, department: { id: string, name: string } | null } };

export type UsersQueryVariables = Exact<{
  search?: string | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type UsersQuery = { users: { totalCount: number, edges: Array<{ node: { id: string, username: string, displayName: string, email: string | null, roles: Array<string>, disabled: boolean, lockedUntil: string | null, lastLoginAt: string | null, organisationName: string | null, organisationId: string | null, department: { id: string, name: string } | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type UserAccountFieldsFragment = { id: string, username: string, displayName: string, email: string | null, roles: Array<string>, disabled: boolean, lockedUntil: string | null, lastLoginAt: string | null, organisationName: string | null, organisationId: string | null, department: { id: string, name: string } | null };

export type AssignCampaignRoleMutationVariables = Exact<{
  input: CampaignRoleInput;
}>;


export type AssignCampaignRoleMutation = { assignCampaignRole: { id: string, role: string, username: string } };

export type AvailableTransitionFieldsFragment = { event: string, label: string, allowed: boolean, available: boolean, needsComment: boolean, confirm: string | null, to: string | null, toLabel: string | null, code: TransitionRefusalCode | null, reasons: Array<string> };

export type AvailableTransitionsQueryVariables = Exact<{
  entityType: WorkflowSubjectType;
  id: string | number;
}>;


export type AvailableTransitionsQuery = { availableTransitions: Array<{ event: string, label: string, allowed: boolean, available: boolean, needsComment: boolean, confirm: string | null, to: string | null, toLabel: string | null, code: TransitionRefusalCode | null, reasons: Array<string> }> };

export type CampaignRoleAssignmentsQueryVariables = Exact<{
  campaignId: string | number;
}>;


export type CampaignRoleAssignmentsQuery = { campaignRoleAssignments: { declared: Array<{ role: string, label: string, views: Array<CampaignView> }>, assignments: Array<{ id: string, userId: string, username: string, displayName: string, role: string, views: Array<CampaignView>, assignedAt: string }> } };

export type CampaignWorkflowQueryVariables = Exact<{
  id: string | number;
}>;


export type CampaignWorkflowQuery = { campaign: { id: string, name: string, state: string, stateLabel: string, version: number, taskStates: Array<{ key: string, label: string, kind: TaskStateKind }>, phases: Array<{ key: string, name: string, startsOn: string | null, endsOn: string | null }>, documents: Array<{ id: string, kind: string, title: string, recordedAt: string, hasFile: boolean, fileName: string | null }> } };

export type CampaignWorkflowDefinitionsQueryVariables = Exact<{
  id: string | number;
}>;


export type CampaignWorkflowDefinitionsQuery = { campaign: { id: string, workflowDefinition: { id: string, key: string, version: number, name: string, fileName: string, graph: { nodes: Array<{ id: string, label: string, parent: string | null, initial: boolean, final: boolean }>, edges: Array<{ id: string, from: string, to: string, event: string, label: string }> } }, taskWorkflowDefinition: { id: string, key: string, version: number, name: string, fileName: string, graph: { nodes: Array<{ id: string, label: string, parent: string | null, initial: boolean, final: boolean }>, edges: Array<{ id: string, from: string, to: string, event: string, label: string }> } } } };

export type RevokeCampaignRoleMutationVariables = Exact<{
  input: CampaignRoleInput;
}>;


export type RevokeCampaignRoleMutation = { revokeCampaignRole: boolean };

export type TaskAvailableTransitionsQueryVariables = Exact<{
  id: string | number;
}>;


export type TaskAvailableTransitionsQuery = { availableTransitions: Array<{ checksEvidence: boolean, event: string, label: string, allowed: boolean, available: boolean, needsComment: boolean, confirm: string | null, to: string | null, toLabel: string | null, code: TransitionRefusalCode | null, reasons: Array<string> }> };

export type TransitionMutationVariables = Exact<{
  input: TransitionInput;
}>;


export type TransitionMutation = { transition: { entityType: WorkflowSubjectType, id: string, state: string, stateLabel: string, version: number, entry: { id: string, event: string, eventLabel: string, from: string, fromLabel: string, to: string, toLabel: string, actorName: string, actorRoles: Array<string>, comment: string | null, at: string, definitionVersion: number }, task: { id: string, state: string, stateLabel: string, stateKind: TaskStateKind, version: number, deadlineStatus: DeadlineStatus, daysUntilDue: number } | null, campaign: { id: string, state: string, stateLabel: string, version: number } | null, participant: { id: string, state: string | null, stateLabel: string | null, outcome: string | null, outcomeLabel: string | null, version: number } | null } };

export type TransitionHistoryQueryVariables = Exact<{
  entityType: WorkflowSubjectType;
  id: string | number;
}>;


export type TransitionHistoryQuery = { transitionHistory: Array<{ id: string, event: string, eventLabel: string, from: string, fromLabel: string, to: string, toLabel: string, actorName: string, actorRoles: Array<string>, comment: string | null, at: string, definitionVersion: number }> };

export type TransitionLogFieldsFragment = { id: string, event: string, eventLabel: string, from: string, fromLabel: string, to: string, toLabel: string, actorName: string, actorRoles: Array<string>, comment: string | null, at: string, definitionVersion: number };

export type TransitionTasksMutationVariables = Exact<{
  input: TransitionTasksInput;
}>;


export type TransitionTasksMutation = { transitionTasks: Array<{ taskId: string, ok: boolean, code: ErrorCode | null, message: string | null, result: { state: string, stateLabel: string, version: number, task: { id: string, state: string, stateLabel: string, stateKind: TaskStateKind, version: number, deadlineStatus: DeadlineStatus, daysUntilDue: number } | null } | null }> };

export type UploadWorkflowDefinitionMutationVariables = Exact<{
  input: UploadWorkflowDefinitionInput;
}>;


export type UploadWorkflowDefinitionMutation = { uploadWorkflowDefinition: { entityType: WorkflowSubjectType, checksum: string, createdAt: string, source: string, ownerId: string | null, ownerName: string | null, shareWithDescendants: boolean, id: string, key: string, version: number, name: string, fileName: string, graph: { nodes: Array<{ id: string, label: string, parent: string | null, initial: boolean, final: boolean }>, edges: Array<{ id: string, from: string, to: string, event: string, label: string }> } } };

export type WorkflowDefinitionsQueryVariables = Exact<{ [key: string]: never; }>;


export type WorkflowDefinitionsQuery = { workflowDefinitions: Array<{ entityType: WorkflowSubjectType, checksum: string, createdAt: string, source: string, ownerId: string | null, ownerName: string | null, shareWithDescendants: boolean, id: string, key: string, version: number, name: string, fileName: string, graph: { nodes: Array<{ id: string, label: string, parent: string | null, initial: boolean, final: boolean }>, edges: Array<{ id: string, from: string, to: string, event: string, label: string }> } }> };

export type WorkflowDefinitionFieldsFragment = { entityType: WorkflowSubjectType, checksum: string, createdAt: string, source: string, ownerId: string | null, ownerName: string | null, shareWithDescendants: boolean, id: string, key: string, version: number, name: string, fileName: string, graph: { nodes: Array<{ id: string, label: string, parent: string | null, initial: boolean, final: boolean }>, edges: Array<{ id: string, from: string, to: string, event: string, label: string }> } };

export type WorkflowDiagramFieldsFragment = { id: string, key: string, version: number, name: string, fileName: string, graph: { nodes: Array<{ id: string, label: string, parent: string | null, initial: boolean, final: boolean }>, edges: Array<{ id: string, from: string, to: string, event: string, label: string }> } };

export const CurrentUserFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CurrentUserFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"organisationName"}},{"kind":"Field","name":{"kind":"Name","value":"mustChangePassword"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<CurrentUserFieldsFragment, unknown>;
export const ElectiveGroupFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ElectiveGroupFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ElectiveGroup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"indicatorId"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"min"}},{"kind":"Field","name":{"kind":"Name","value":"max"}},{"kind":"Field","name":{"kind":"Name","value":"counting"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"decided"}},{"kind":"Field","name":{"kind":"Name","value":"options"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"indicatorId"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"chosen"}},{"kind":"Field","name":{"kind":"Name","value":"chosenBy"}},{"kind":"Field","name":{"kind":"Name","value":"chosenAt"}}]}}]}}]} as unknown as DocumentNode<ElectiveGroupFieldsFragment, unknown>;
export const CampaignDocumentFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CampaignDocumentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CampaignDocument"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"recordedByName"}},{"kind":"Field","name":{"kind":"Name","value":"hasFile"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"fileSize"}},{"kind":"Field","name":{"kind":"Name","value":"fileMediaType"}},{"kind":"Field","name":{"kind":"Name","value":"fileUploadedAt"}},{"kind":"Field","name":{"kind":"Name","value":"fileUploadedByName"}}]}}]} as unknown as DocumentNode<CampaignDocumentFieldsFragment, unknown>;
export const CampaignPhaseFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CampaignPhaseFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CampaignPhase"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]} as unknown as DocumentNode<CampaignPhaseFieldsFragment, unknown>;
export const IndicatorNodeFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IndicatorNodeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Indicator"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"maxScore"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"parentId"}},{"kind":"Field","name":{"kind":"Name","value":"electiveChoice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"decided"}},{"kind":"Field","name":{"kind":"Name","value":"chosenCount"}},{"kind":"Field","name":{"kind":"Name","value":"optionCount"}},{"kind":"Field","name":{"kind":"Name","value":"chosenBy"}},{"kind":"Field","name":{"kind":"Name","value":"chosenAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"electiveChosen"}},{"kind":"Field","name":{"kind":"Name","value":"requirements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"scoringRules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"responsibleUnits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"isGroup"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]}}]} as unknown as DocumentNode<IndicatorNodeFieldsFragment, unknown>;
export const DepartmentKindFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DepartmentKindFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DepartmentKind"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"ownerName"}},{"kind":"Field","name":{"kind":"Name","value":"editable"}}]}}]} as unknown as DocumentNode<DepartmentKindFieldsFragment, unknown>;
export const DepartmentFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DepartmentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Department"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}}]}}]} as unknown as DocumentNode<DepartmentFieldsFragment, unknown>;
export const EvidenceVersionFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EvidenceVersionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EvidenceVersion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"kindLabel"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"refersTo"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}},{"kind":"Field","name":{"kind":"Name","value":"previewUrl"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}},{"kind":"Field","name":{"kind":"Name","value":"file"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"originalName"}},{"kind":"Field","name":{"kind":"Name","value":"mediaType"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"uploadedAt"}},{"kind":"Field","name":{"kind":"Name","value":"uploadedBy"}}]}}]}}]} as unknown as DocumentNode<EvidenceVersionFieldsFragment, unknown>;
export const EvidenceFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EvidenceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Evidence"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"task"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"requirementCode"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"currentVersion"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"deletedAt"}},{"kind":"Field","name":{"kind":"Name","value":"deletedBy"}},{"kind":"Field","name":{"kind":"Name","value":"carriedFrom"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"campaignId"}},{"kind":"Field","name":{"kind":"Name","value":"campaignName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"current"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EvidenceVersionFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"versions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EvidenceVersionFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EvidenceVersionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EvidenceVersion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"kindLabel"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"refersTo"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}},{"kind":"Field","name":{"kind":"Name","value":"previewUrl"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}},{"kind":"Field","name":{"kind":"Name","value":"file"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"originalName"}},{"kind":"Field","name":{"kind":"Name","value":"mediaType"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"uploadedAt"}},{"kind":"Field","name":{"kind":"Name","value":"uploadedBy"}}]}}]}}]} as unknown as DocumentNode<EvidenceFieldsFragment, unknown>;
export const FormFieldDefinitionFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FormFieldDefinitionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FormField"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"help"}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"ties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requirement"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}}]}},{"kind":"Field","name":{"kind":"Name","value":"maxChars"}},{"kind":"Field","name":{"kind":"Name","value":"multiline"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"min"}},{"kind":"Field","name":{"kind":"Name","value":"max"}},{"kind":"Field","name":{"kind":"Name","value":"integer"}},{"kind":"Field","name":{"kind":"Name","value":"precision"}},{"kind":"Field","name":{"kind":"Name","value":"options"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"multiple"}},{"kind":"Field","name":{"kind":"Name","value":"accept"}},{"kind":"Field","name":{"kind":"Name","value":"maxCount"}},{"kind":"Field","name":{"kind":"Name","value":"minRows"}},{"kind":"Field","name":{"kind":"Name","value":"maxRows"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"stages"}},{"kind":"Field","name":{"kind":"Name","value":"opinion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"hint"}},{"kind":"Field","name":{"kind":"Name","value":"maxChars"}}]}},{"kind":"Field","name":{"kind":"Name","value":"signer"}},{"kind":"Field","name":{"kind":"Name","value":"seal"}},{"kind":"Field","name":{"kind":"Name","value":"signatureLabel"}}]}}]} as unknown as DocumentNode<FormFieldDefinitionFieldsFragment, unknown>;
export const FormDefinitionFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FormDefinitionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FormDefinition"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"workflow"}},{"kind":"Field","name":{"kind":"Name","value":"roles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"filledBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"stages"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"help"}},{"kind":"Field","name":{"kind":"Name","value":"maxChars"}},{"kind":"Field","name":{"kind":"Name","value":"fields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FormFieldDefinitionFields"}},{"kind":"Field","name":{"kind":"Name","value":"columns"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FormFieldDefinitionFields"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"file"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FormFieldDefinitionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FormField"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"help"}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"ties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requirement"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}}]}},{"kind":"Field","name":{"kind":"Name","value":"maxChars"}},{"kind":"Field","name":{"kind":"Name","value":"multiline"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"min"}},{"kind":"Field","name":{"kind":"Name","value":"max"}},{"kind":"Field","name":{"kind":"Name","value":"integer"}},{"kind":"Field","name":{"kind":"Name","value":"precision"}},{"kind":"Field","name":{"kind":"Name","value":"options"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"multiple"}},{"kind":"Field","name":{"kind":"Name","value":"accept"}},{"kind":"Field","name":{"kind":"Name","value":"maxCount"}},{"kind":"Field","name":{"kind":"Name","value":"minRows"}},{"kind":"Field","name":{"kind":"Name","value":"maxRows"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"stages"}},{"kind":"Field","name":{"kind":"Name","value":"opinion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"hint"}},{"kind":"Field","name":{"kind":"Name","value":"maxChars"}}]}},{"kind":"Field","name":{"kind":"Name","value":"signer"}},{"kind":"Field","name":{"kind":"Name","value":"seal"}},{"kind":"Field","name":{"kind":"Name","value":"signatureLabel"}}]}}]} as unknown as DocumentNode<FormDefinitionFieldsFragment, unknown>;
export const FormDefinitionRecordGraphFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FormDefinitionRecordGraph"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FormDefinitionRecord"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"definition"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FormDefinitionFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FormFieldDefinitionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FormField"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"help"}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"ties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requirement"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}}]}},{"kind":"Field","name":{"kind":"Name","value":"maxChars"}},{"kind":"Field","name":{"kind":"Name","value":"multiline"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"min"}},{"kind":"Field","name":{"kind":"Name","value":"max"}},{"kind":"Field","name":{"kind":"Name","value":"integer"}},{"kind":"Field","name":{"kind":"Name","value":"precision"}},{"kind":"Field","name":{"kind":"Name","value":"options"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"multiple"}},{"kind":"Field","name":{"kind":"Name","value":"accept"}},{"kind":"Field","name":{"kind":"Name","value":"maxCount"}},{"kind":"Field","name":{"kind":"Name","value":"minRows"}},{"kind":"Field","name":{"kind":"Name","value":"maxRows"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"stages"}},{"kind":"Field","name":{"kind":"Name","value":"opinion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"hint"}},{"kind":"Field","name":{"kind":"Name","value":"maxChars"}}]}},{"kind":"Field","name":{"kind":"Name","value":"signer"}},{"kind":"Field","name":{"kind":"Name","value":"seal"}},{"kind":"Field","name":{"kind":"Name","value":"signatureLabel"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FormDefinitionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FormDefinition"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"workflow"}},{"kind":"Field","name":{"kind":"Name","value":"roles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"filledBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"stages"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"help"}},{"kind":"Field","name":{"kind":"Name","value":"maxChars"}},{"kind":"Field","name":{"kind":"Name","value":"fields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FormFieldDefinitionFields"}},{"kind":"Field","name":{"kind":"Name","value":"columns"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FormFieldDefinitionFields"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"file"}}]}}]} as unknown as DocumentNode<FormDefinitionRecordGraphFragment, unknown>;
export const FilledFormRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FilledFormRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FilledForm"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"campaign"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"definition"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"editableFields"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedByName"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}}]}}]} as unknown as DocumentNode<FilledFormRowFragment, unknown>;
export const FormCellValueFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FormCellValueFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FormFieldValue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"flag"}},{"kind":"Field","name":{"kind":"Name","value":"choices"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"files"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fileId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"mediaType"}}]}}]}}]} as unknown as DocumentNode<FormCellValueFieldsFragment, unknown>;
export const FormFieldValueFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FormFieldValueFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FormFieldValue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FormCellValueFields"}},{"kind":"Field","name":{"kind":"Name","value":"signOff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"opinion"}},{"kind":"Field","name":{"kind":"Name","value":"signer"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"seal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fileId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"mediaType"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FormCellValueFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FormFieldValue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"flag"}},{"kind":"Field","name":{"kind":"Name","value":"choices"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"files"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fileId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"mediaType"}}]}}]}}]} as unknown as DocumentNode<FormFieldValueFieldsFragment, unknown>;
export const FilledFormStateFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FilledFormState"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FilledForm"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"values"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FormFieldValueFields"}},{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FormCellValueFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedByName"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FormCellValueFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FormFieldValue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"flag"}},{"kind":"Field","name":{"kind":"Name","value":"choices"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"files"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fileId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"mediaType"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FormFieldValueFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FormFieldValue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FormCellValueFields"}},{"kind":"Field","name":{"kind":"Name","value":"signOff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"opinion"}},{"kind":"Field","name":{"kind":"Name","value":"signer"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"seal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fileId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"mediaType"}}]}}]}}]}}]} as unknown as DocumentNode<FilledFormStateFragment, unknown>;
export const FilledFormFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FilledFormFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FilledForm"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FilledFormRow"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"FilledFormState"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"stageLabel"}},{"kind":"Field","name":{"kind":"Name","value":"viewerRole"}},{"kind":"Field","name":{"kind":"Name","value":"canSubmit"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FormCellValueFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FormFieldValue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"flag"}},{"kind":"Field","name":{"kind":"Name","value":"choices"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"files"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fileId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"mediaType"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FormFieldValueFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FormFieldValue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FormCellValueFields"}},{"kind":"Field","name":{"kind":"Name","value":"signOff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"opinion"}},{"kind":"Field","name":{"kind":"Name","value":"signer"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"seal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fileId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"mediaType"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FilledFormRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FilledForm"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"campaign"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"definition"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"editableFields"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedByName"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FilledFormState"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FilledForm"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"values"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FormFieldValueFields"}},{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FormCellValueFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedByName"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}}]}}]} as unknown as DocumentNode<FilledFormFieldsFragment, unknown>;
export const FormSelectionBoardFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FormSelectionBoardFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FormSelectionBoard"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"campaignId"}},{"kind":"Field","name":{"kind":"Name","value":"definitionId"}},{"kind":"Field","name":{"kind":"Name","value":"definitionKey"}},{"kind":"Field","name":{"kind":"Name","value":"definitionName"}},{"kind":"Field","name":{"kind":"Name","value":"per"}},{"kind":"Field","name":{"kind":"Name","value":"max"}},{"kind":"Field","name":{"kind":"Name","value":"canSelect"}},{"kind":"Field","name":{"kind":"Name","value":"groups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"group"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"selectedCount"}},{"kind":"Field","name":{"kind":"Name","value":"entries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"formId"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"selected"}},{"kind":"Field","name":{"kind":"Name","value":"selectedAt"}},{"kind":"Field","name":{"kind":"Name","value":"selectedByName"}}]}}]}}]}}]} as unknown as DocumentNode<FormSelectionBoardFieldsFragment, unknown>;
export const TableProblemFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TableProblemFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TableProblem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sheet"}},{"kind":"Field","name":{"kind":"Name","value":"row"}},{"kind":"Field","name":{"kind":"Name","value":"column"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}}]}}]} as unknown as DocumentNode<TableProblemFieldsFragment, unknown>;
export const TemplateProblemFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TemplateProblemFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TemplateProblem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodeKey"}},{"kind":"Field","name":{"kind":"Name","value":"ruleIndex"}},{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}}]}}]} as unknown as DocumentNode<TemplateProblemFieldsFragment, unknown>;
export const RuleScoringFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RuleScoringFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RuleScoring"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"fixed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"points"}}]}},{"kind":"Field","name":{"kind":"Name","value":"range"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"min"}},{"kind":"Field","name":{"kind":"Name","value":"max"}}]}},{"kind":"Field","name":{"kind":"Name","value":"alternative"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"options"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"points"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"tiered"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"min"}},{"kind":"Field","name":{"kind":"Name","value":"max"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"order"}},{"kind":"Field","name":{"kind":"Name","value":"step"}},{"kind":"Field","name":{"kind":"Name","value":"singleApplicant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"min"}},{"kind":"Field","name":{"kind":"Name","value":"max"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"perItem"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"each"}},{"kind":"Field","name":{"kind":"Name","value":"cap"}},{"kind":"Field","name":{"kind":"Name","value":"item"}}]}},{"kind":"Field","name":{"kind":"Name","value":"conditionalCap"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"min"}},{"kind":"Field","name":{"kind":"Name","value":"max"}},{"kind":"Field","name":{"kind":"Name","value":"cap"}},{"kind":"Field","name":{"kind":"Name","value":"condition"}}]}},{"kind":"Field","name":{"kind":"Name","value":"veto"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"condition"}}]}},{"kind":"Field","name":{"kind":"Name","value":"series"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"years"}},{"kind":"Field","name":{"kind":"Name","value":"condition"}}]}},{"kind":"Field","name":{"kind":"Name","value":"verdict"}}]}}]} as unknown as DocumentNode<RuleScoringFieldsFragment, unknown>;
export const TemplateNodeFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TemplateNodeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TemplateNode"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"parentKey"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"maxScore"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"scoringMode"}},{"kind":"Field","name":{"kind":"Name","value":"elective"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"min"}},{"kind":"Field","name":{"kind":"Name","value":"max"}},{"kind":"Field","name":{"kind":"Name","value":"counting"}},{"kind":"Field","name":{"kind":"Name","value":"best"}}]}},{"kind":"Field","name":{"kind":"Name","value":"requirements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"organisationOwned"}},{"kind":"Field","name":{"kind":"Name","value":"units"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}},{"kind":"Field","name":{"kind":"Name","value":"effectiveUnits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}},{"kind":"Field","name":{"kind":"Name","value":"scoring"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RuleScoringFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RuleScoringFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RuleScoring"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"fixed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"points"}}]}},{"kind":"Field","name":{"kind":"Name","value":"range"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"min"}},{"kind":"Field","name":{"kind":"Name","value":"max"}}]}},{"kind":"Field","name":{"kind":"Name","value":"alternative"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"options"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"points"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"tiered"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"min"}},{"kind":"Field","name":{"kind":"Name","value":"max"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"order"}},{"kind":"Field","name":{"kind":"Name","value":"step"}},{"kind":"Field","name":{"kind":"Name","value":"singleApplicant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"min"}},{"kind":"Field","name":{"kind":"Name","value":"max"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"perItem"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"each"}},{"kind":"Field","name":{"kind":"Name","value":"cap"}},{"kind":"Field","name":{"kind":"Name","value":"item"}}]}},{"kind":"Field","name":{"kind":"Name","value":"conditionalCap"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"min"}},{"kind":"Field","name":{"kind":"Name","value":"max"}},{"kind":"Field","name":{"kind":"Name","value":"cap"}},{"kind":"Field","name":{"kind":"Name","value":"condition"}}]}},{"kind":"Field","name":{"kind":"Name","value":"veto"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"condition"}}]}},{"kind":"Field","name":{"kind":"Name","value":"series"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"years"}},{"kind":"Field","name":{"kind":"Name","value":"condition"}}]}},{"kind":"Field","name":{"kind":"Name","value":"verdict"}}]}}]} as unknown as DocumentNode<TemplateNodeFieldsFragment, unknown>;
export const ObjectionFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ObjectionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ParticipantObjection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"participantId"}},{"kind":"Field","name":{"kind":"Name","value":"campaignId"}},{"kind":"Field","name":{"kind":"Name","value":"content"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"filedAt"}},{"kind":"Field","name":{"kind":"Name","value":"filedByName"}},{"kind":"Field","name":{"kind":"Name","value":"answer"}},{"kind":"Field","name":{"kind":"Name","value":"answeredByName"}},{"kind":"Field","name":{"kind":"Name","value":"answeredAt"}}]}}]} as unknown as DocumentNode<ObjectionFieldsFragment, unknown>;
export const OrganisationFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganisationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organisation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"levelLabel"}},{"kind":"Field","name":{"kind":"Name","value":"parentId"}},{"kind":"Field","name":{"kind":"Name","value":"depth"}},{"kind":"Field","name":{"kind":"Name","value":"disabled"}},{"kind":"Field","name":{"kind":"Name","value":"childCount"}},{"kind":"Field","name":{"kind":"Name","value":"ancestors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}}]}}]} as unknown as DocumentNode<OrganisationFieldsFragment, unknown>;
export const PointsAtRiskFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PointsAtRiskFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PointsAtRisk"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ruleId"}},{"kind":"Field","name":{"kind":"Name","value":"ruleCode"}},{"kind":"Field","name":{"kind":"Name","value":"ruleText"}},{"kind":"Field","name":{"kind":"Name","value":"indicatorCode"}},{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"lateTasks"}},{"kind":"Field","name":{"kind":"Name","value":"returnedTasks"}},{"kind":"Field","name":{"kind":"Name","value":"departments"}},{"kind":"Field","name":{"kind":"Name","value":"veto"}}]}}]} as unknown as DocumentNode<PointsAtRiskFieldsFragment, unknown>;
export const ScoreTotalsSummaryFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScoreTotalsSummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ScoreTotals"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"maxTotal"}},{"kind":"Field","name":{"kind":"Name","value":"uncapped"}},{"kind":"Field","name":{"kind":"Name","value":"capped"}},{"kind":"Field","name":{"kind":"Name","value":"complete"}},{"kind":"Field","name":{"kind":"Name","value":"rules"}},{"kind":"Field","name":{"kind":"Name","value":"scoredRules"}},{"kind":"Field","name":{"kind":"Name","value":"vetoed"}},{"kind":"Field","name":{"kind":"Name","value":"vetoedBy"}},{"kind":"Field","name":{"kind":"Name","value":"hasPoints"}}]}}]} as unknown as DocumentNode<ScoreTotalsSummaryFieldsFragment, unknown>;
export const ScoreTotalsFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScoreTotalsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ScoreTotals"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ScoreTotalsSummaryFields"}},{"kind":"Field","name":{"kind":"Name","value":"scoringMode"}},{"kind":"Field","name":{"kind":"Name","value":"verdict"}},{"kind":"Field","name":{"kind":"Name","value":"judgedRules"}},{"kind":"Field","name":{"kind":"Name","value":"verdictCounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScoreTotalsSummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ScoreTotals"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"maxTotal"}},{"kind":"Field","name":{"kind":"Name","value":"uncapped"}},{"kind":"Field","name":{"kind":"Name","value":"capped"}},{"kind":"Field","name":{"kind":"Name","value":"complete"}},{"kind":"Field","name":{"kind":"Name","value":"rules"}},{"kind":"Field","name":{"kind":"Name","value":"scoredRules"}},{"kind":"Field","name":{"kind":"Name","value":"vetoed"}},{"kind":"Field","name":{"kind":"Name","value":"vetoedBy"}},{"kind":"Field","name":{"kind":"Name","value":"hasPoints"}}]}}]} as unknown as DocumentNode<ScoreTotalsFieldsFragment, unknown>;
export const RuleScoreValueFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RuleScoreValueFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RuleScoreValue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fixed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"achieved"}}]}},{"kind":"Field","name":{"kind":"Name","value":"range"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"points"}}]}},{"kind":"Field","name":{"kind":"Name","value":"conditionalCap"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"conditionMet"}}]}},{"kind":"Field","name":{"kind":"Name","value":"alternative"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"option"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tiered"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"of"}},{"kind":"Field","name":{"kind":"Name","value":"points"}}]}},{"kind":"Field","name":{"kind":"Name","value":"perItem"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"items"}}]}},{"kind":"Field","name":{"kind":"Name","value":"veto"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"triggered"}}]}},{"kind":"Field","name":{"kind":"Name","value":"series"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"met"}},{"kind":"Field","name":{"kind":"Name","value":"values"}}]}},{"kind":"Field","name":{"kind":"Name","value":"verdict"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"verdict"}}]}}]}}]} as unknown as DocumentNode<RuleScoreValueFieldsFragment, unknown>;
export const RuleScoreFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RuleScoreFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RuleScore"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ruleId"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"value"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RuleScoreValueFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"vetoed"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"scoredBy"}},{"kind":"Field","name":{"kind":"Name","value":"scoredAt"}},{"kind":"Field","name":{"kind":"Name","value":"supersededAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RuleScoreValueFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RuleScoreValue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fixed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"achieved"}}]}},{"kind":"Field","name":{"kind":"Name","value":"range"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"points"}}]}},{"kind":"Field","name":{"kind":"Name","value":"conditionalCap"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"conditionMet"}}]}},{"kind":"Field","name":{"kind":"Name","value":"alternative"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"option"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tiered"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"of"}},{"kind":"Field","name":{"kind":"Name","value":"points"}}]}},{"kind":"Field","name":{"kind":"Name","value":"perItem"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"items"}}]}},{"kind":"Field","name":{"kind":"Name","value":"veto"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"triggered"}}]}},{"kind":"Field","name":{"kind":"Name","value":"series"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"met"}},{"kind":"Field","name":{"kind":"Name","value":"values"}}]}},{"kind":"Field","name":{"kind":"Name","value":"verdict"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"verdict"}}]}}]}}]} as unknown as DocumentNode<RuleScoreFieldsFragment, unknown>;
export const TaskRowFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TaskRowFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Task"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"stateLabel"}},{"kind":"Field","name":{"kind":"Name","value":"stateKind"}},{"kind":"Field","name":{"kind":"Name","value":"inReviewQueue"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"deadlineStatus"}},{"kind":"Field","name":{"kind":"Name","value":"daysUntilDue"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"scoringRule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"indicator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"requirements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"responsibleUnits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"isGroup"}}]}}]}}]}}]} as unknown as DocumentNode<TaskRowFieldsFragment, unknown>;
export const TaskWorkFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TaskWorkFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Task"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TaskRowFields"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceEditable"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"scoringRule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"indicator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requirements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TaskRowFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Task"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"stateLabel"}},{"kind":"Field","name":{"kind":"Name","value":"stateKind"}},{"kind":"Field","name":{"kind":"Name","value":"inReviewQueue"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"deadlineStatus"}},{"kind":"Field","name":{"kind":"Name","value":"daysUntilDue"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"scoringRule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"indicator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"requirements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"responsibleUnits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"isGroup"}}]}}]}}]}}]} as unknown as DocumentNode<TaskWorkFieldsFragment, unknown>;
export const UserAccountFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserAccountFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"disabled"}},{"kind":"Field","name":{"kind":"Name","value":"lockedUntil"}},{"kind":"Field","name":{"kind":"Name","value":"lastLoginAt"}},{"kind":"Field","name":{"kind":"Name","value":"organisationName"}},{"kind":"Field","name":{"kind":"Name","value":"organisationId"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<UserAccountFieldsFragment, unknown>;
export const AvailableTransitionFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AvailableTransitionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AvailableTransition"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"event"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"allowed"}},{"kind":"Field","name":{"kind":"Name","value":"available"}},{"kind":"Field","name":{"kind":"Name","value":"needsComment"}},{"kind":"Field","name":{"kind":"Name","value":"confirm"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"toLabel"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"}}]}}]} as unknown as DocumentNode<AvailableTransitionFieldsFragment, unknown>;
export const TransitionLogFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TransitionLogFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TransitionLogEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"event"}},{"kind":"Field","name":{"kind":"Name","value":"eventLabel"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"fromLabel"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"toLabel"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"actorRoles"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"definitionVersion"}}]}}]} as unknown as DocumentNode<TransitionLogFieldsFragment, unknown>;
export const WorkflowDiagramFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WorkflowDiagramFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WorkflowDefinition"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"graph"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"parent"}},{"kind":"Field","name":{"kind":"Name","value":"initial"}},{"kind":"Field","name":{"kind":"Name","value":"final"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"event"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}}]}}]} as unknown as DocumentNode<WorkflowDiagramFieldsFragment, unknown>;
export const WorkflowDefinitionFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WorkflowDefinitionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WorkflowDefinition"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WorkflowDiagramFields"}},{"kind":"Field","name":{"kind":"Name","value":"entityType"}},{"kind":"Field","name":{"kind":"Name","value":"checksum"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"ownerId"}},{"kind":"Field","name":{"kind":"Name","value":"ownerName"}},{"kind":"Field","name":{"kind":"Name","value":"shareWithDescendants"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WorkflowDiagramFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WorkflowDefinition"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"graph"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"parent"}},{"kind":"Field","name":{"kind":"Name","value":"initial"}},{"kind":"Field","name":{"kind":"Name","value":"final"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"event"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}}]}}]} as unknown as DocumentNode<WorkflowDefinitionFieldsFragment, unknown>;
export const ChangePasswordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChangePassword"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ChangePasswordInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changePassword"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}]}]}}]} as unknown as DocumentNode<ChangePasswordMutation, ChangePasswordMutationVariables>;
export const LoginDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Login"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LoginInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CurrentUserFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CurrentUserFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"organisationName"}},{"kind":"Field","name":{"kind":"Name","value":"mustChangePassword"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<LoginMutation, LoginMutationVariables>;
export const LogoutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Logout"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logout"}}]}}]} as unknown as DocumentNode<LogoutMutation, LogoutMutationVariables>;
export const MeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CurrentUserFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CurrentUserFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"organisationName"}},{"kind":"Field","name":{"kind":"Name","value":"mustChangePassword"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<MeQuery, MeQueryVariables>;
export const CampaignElectiveGroupsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CampaignElectiveGroups"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"campaignId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"campaignElectiveGroups"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"campaignId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"campaignId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ElectiveGroupFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ElectiveGroupFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ElectiveGroup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"indicatorId"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"min"}},{"kind":"Field","name":{"kind":"Name","value":"max"}},{"kind":"Field","name":{"kind":"Name","value":"counting"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"decided"}},{"kind":"Field","name":{"kind":"Name","value":"options"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"indicatorId"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"chosen"}},{"kind":"Field","name":{"kind":"Name","value":"chosenBy"}},{"kind":"Field","name":{"kind":"Name","value":"chosenAt"}}]}}]}}]} as unknown as DocumentNode<CampaignElectiveGroupsQuery, CampaignElectiveGroupsQueryVariables>;
export const CampaignPlanDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CampaignPlan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"campaign"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"taskPhaseKey"}},{"kind":"Field","name":{"kind":"Name","value":"officeDepartmentId"}},{"kind":"Field","name":{"kind":"Name","value":"phases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"campaignPlanChanges"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"campaignId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"batchId"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"subjectType"}},{"kind":"Field","name":{"kind":"Name","value":"subjectLabel"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"oldValue"}},{"kind":"Field","name":{"kind":"Name","value":"newValue"}}]}}]}}]} as unknown as DocumentNode<CampaignPlanQuery, CampaignPlanQueryVariables>;
export const CampaignTemplateChoicesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CampaignTemplateChoices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"campaignTemplateChoices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"ownerId"}}]}}]}}]} as unknown as DocumentNode<CampaignTemplateChoicesQuery, CampaignTemplateChoicesQueryVariables>;
export const ChooseElectiveOptionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChooseElectiveOptions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ChooseElectiveOptionsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"chooseElectiveOptions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tasksCreated"}},{"kind":"Field","name":{"kind":"Name","value":"tasksCancelled"}},{"kind":"Field","name":{"kind":"Name","value":"group"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ElectiveGroupFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ElectiveGroupFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ElectiveGroup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"indicatorId"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"min"}},{"kind":"Field","name":{"kind":"Name","value":"max"}},{"kind":"Field","name":{"kind":"Name","value":"counting"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"decided"}},{"kind":"Field","name":{"kind":"Name","value":"options"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"indicatorId"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"chosen"}},{"kind":"Field","name":{"kind":"Name","value":"chosenBy"}},{"kind":"Field","name":{"kind":"Name","value":"chosenAt"}}]}}]}}]} as unknown as DocumentNode<ChooseElectiveOptionsMutation, ChooseElectiveOptionsMutationVariables>;
export const PreviewCampaignSetUpDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PreviewCampaignSetUp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetUpCampaignInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"previewCampaignSetUp"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"existingCampaignId"}},{"kind":"Field","name":{"kind":"Name","value":"templateId"}},{"kind":"Field","name":{"kind":"Name","value":"templateKey"}},{"kind":"Field","name":{"kind":"Name","value":"templateVersion"}},{"kind":"Field","name":{"kind":"Name","value":"templateName"}},{"kind":"Field","name":{"kind":"Name","value":"workflowDefinition"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"taskWorkflowDefinition"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"phases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"taskPhaseKey"}},{"kind":"Field","name":{"kind":"Name","value":"defaultDueOn"}},{"kind":"Field","name":{"kind":"Name","value":"taskCount"}},{"kind":"Field","name":{"kind":"Name","value":"departmentCount"}},{"kind":"Field","name":{"kind":"Name","value":"ruleCount"}},{"kind":"Field","name":{"kind":"Name","value":"rulesWithoutTasks"}},{"kind":"Field","name":{"kind":"Name","value":"dueDates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"tasks"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tasks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ruleCode"}},{"kind":"Field","name":{"kind":"Name","value":"ruleText"}},{"kind":"Field","name":{"kind":"Name","value":"indicatorCode"}},{"kind":"Field","name":{"kind":"Name","value":"departmentId"}},{"kind":"Field","name":{"kind":"Name","value":"departmentName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}}]}}]}}]}}]} as unknown as DocumentNode<PreviewCampaignSetUpQuery, PreviewCampaignSetUpQueryVariables>;
export const ReplanCampaignDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReplanCampaign"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReplanCampaignInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"replanCampaign"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"batchId"}},{"kind":"Field","name":{"kind":"Name","value":"phaseChanges"}},{"kind":"Field","name":{"kind":"Name","value":"taskChanges"}}]}}]}}]} as unknown as DocumentNode<ReplanCampaignMutation, ReplanCampaignMutationVariables>;
export const SetUpCampaignDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetUpCampaign"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetUpCampaignInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setUpCampaign"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"campaignId"}},{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"tasks"}}]}}]}}]} as unknown as DocumentNode<SetUpCampaignMutation, SetUpCampaignMutationVariables>;
export const StartNewCycleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StartNewCycle"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StartNewCycleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startNewCycle"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"campaignId"}},{"kind":"Field","name":{"kind":"Name","value":"tasks"}},{"kind":"Field","name":{"kind":"Name","value":"carriedEvidence"}},{"kind":"Field","name":{"kind":"Name","value":"notCarried"}}]}}]}}]} as unknown as DocumentNode<StartNewCycleMutation, StartNewCycleMutationVariables>;
export const CampaignRequiredDocumentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CampaignRequiredDocuments"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"campaign"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"stateLabel"}},{"kind":"Field","name":{"kind":"Name","value":"requiredDocuments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"neededBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"event"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"needsFile"}}]}},{"kind":"Field","name":{"kind":"Name","value":"document"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CampaignDocumentFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"versions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CampaignDocumentFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CampaignDocumentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CampaignDocument"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"recordedByName"}},{"kind":"Field","name":{"kind":"Name","value":"hasFile"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"fileSize"}},{"kind":"Field","name":{"kind":"Name","value":"fileMediaType"}},{"kind":"Field","name":{"kind":"Name","value":"fileUploadedAt"}},{"kind":"Field","name":{"kind":"Name","value":"fileUploadedByName"}}]}}]} as unknown as DocumentNode<CampaignRequiredDocumentsQuery, CampaignRequiredDocumentsQueryVariables>;
export const CampaignIndicatorTreeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CampaignIndicatorTree"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"campaign"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"totalScore"}},{"kind":"Field","name":{"kind":"Name","value":"phases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CampaignPhaseFields"}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CampaignPhaseFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"indicatorNodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IndicatorNodeFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CampaignPhaseFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CampaignPhase"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IndicatorNodeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Indicator"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"maxScore"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"parentId"}},{"kind":"Field","name":{"kind":"Name","value":"electiveChoice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"decided"}},{"kind":"Field","name":{"kind":"Name","value":"chosenCount"}},{"kind":"Field","name":{"kind":"Name","value":"optionCount"}},{"kind":"Field","name":{"kind":"Name","value":"chosenBy"}},{"kind":"Field","name":{"kind":"Name","value":"chosenAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"electiveChosen"}},{"kind":"Field","name":{"kind":"Name","value":"requirements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"scoringRules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"responsibleUnits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"isGroup"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]}}]} as unknown as DocumentNode<CampaignIndicatorTreeQuery, CampaignIndicatorTreeQueryVariables>;
export const CampaignListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CampaignList"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"campaigns"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"totalScore"}},{"kind":"Field","name":{"kind":"Name","value":"hasParticipants"}},{"kind":"Field","name":{"kind":"Name","value":"applicantLevel"}},{"kind":"Field","name":{"kind":"Name","value":"parentCampaignId"}}]}}]}}]} as unknown as DocumentNode<CampaignListQuery, CampaignListQueryVariables>;
export const CampaignSummaryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CampaignSummary"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"campaign"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"totalScore"}},{"kind":"Field","name":{"kind":"Name","value":"hasParticipants"}},{"kind":"Field","name":{"kind":"Name","value":"applicantLevel"}},{"kind":"Field","name":{"kind":"Name","value":"parentCampaignId"}}]}}]}}]} as unknown as DocumentNode<CampaignSummaryQuery, CampaignSummaryQueryVariables>;
export const ParticipatedCampaignsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ParticipatedCampaigns"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"campaigns"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"scope"},"value":{"kind":"EnumValue","value":"participated"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"applicantLevel"}}]}}]}}]} as unknown as DocumentNode<ParticipatedCampaignsQuery, ParticipatedCampaignsQueryVariables>;
export const CampaignDashboardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CampaignDashboard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"campaignId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"campaignDashboard"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"campaignId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"campaignId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"today"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"totalTasks"}},{"kind":"Field","name":{"kind":"Name","value":"doneTasks"}},{"kind":"Field","name":{"kind":"Name","value":"byState"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byIndicator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"maxScore"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"submitted"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byDepartment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"departmentId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"board"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"submitted"}},{"kind":"Field","name":{"kind":"Name","value":"returned"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}}]}},{"kind":"Field","name":{"kind":"Name","value":"overdueTasks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"taskId"}},{"kind":"Field","name":{"kind":"Name","value":"ruleCode"}},{"kind":"Field","name":{"kind":"Name","value":"ruleText"}},{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"departmentName"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"daysUntilDue"}},{"kind":"Field","name":{"kind":"Name","value":"deadlineStatus"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"stateLabel"}}]}}]}}]}}]} as unknown as DocumentNode<CampaignDashboardQuery, CampaignDashboardQueryVariables>;
export const CampaignScoresDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CampaignScores"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"campaignId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"campaignScores"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"campaignId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"campaignId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"campaignId"}},{"kind":"Field","name":{"kind":"Name","value":"projected"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ScoreTotalsSummaryFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"self"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rules"}},{"kind":"Field","name":{"kind":"Name","value":"judgedRules"}},{"kind":"Field","name":{"kind":"Name","value":"verdict"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pointsAtRisk"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PointsAtRiskFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScoreTotalsSummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ScoreTotals"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"maxTotal"}},{"kind":"Field","name":{"kind":"Name","value":"uncapped"}},{"kind":"Field","name":{"kind":"Name","value":"capped"}},{"kind":"Field","name":{"kind":"Name","value":"complete"}},{"kind":"Field","name":{"kind":"Name","value":"rules"}},{"kind":"Field","name":{"kind":"Name","value":"scoredRules"}},{"kind":"Field","name":{"kind":"Name","value":"vetoed"}},{"kind":"Field","name":{"kind":"Name","value":"vetoedBy"}},{"kind":"Field","name":{"kind":"Name","value":"hasPoints"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PointsAtRiskFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PointsAtRisk"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ruleId"}},{"kind":"Field","name":{"kind":"Name","value":"ruleCode"}},{"kind":"Field","name":{"kind":"Name","value":"ruleText"}},{"kind":"Field","name":{"kind":"Name","value":"indicatorCode"}},{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"lateTasks"}},{"kind":"Field","name":{"kind":"Name","value":"returnedTasks"}},{"kind":"Field","name":{"kind":"Name","value":"departments"}},{"kind":"Field","name":{"kind":"Name","value":"veto"}}]}}]} as unknown as DocumentNode<CampaignScoresQuery, CampaignScoresQueryVariables>;
export const RemindDepartmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemindDepartment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RemindDepartmentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"remindDepartment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}]}]}}]} as unknown as DocumentNode<RemindDepartmentMutation, RemindDepartmentMutationVariables>;
export const RemindTaskDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemindTask"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RemindTaskInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"remindTask"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"notified"}}]}}]}}]} as unknown as DocumentNode<RemindTaskMutation, RemindTaskMutationVariables>;
export const ReminderPreviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReminderPreview"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reminderPreview"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"day"}},{"kind":"Field","name":{"kind":"Name","value":"tasks"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"departments"}}]}}]}}]} as unknown as DocumentNode<ReminderPreviewQuery, ReminderPreviewQueryVariables>;
export const RunReminderScanDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RunReminderScan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"runReminderScan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"day"}},{"kind":"Field","name":{"kind":"Name","value":"tasksReminded"}},{"kind":"Field","name":{"kind":"Name","value":"departments"}},{"kind":"Field","name":{"kind":"Name","value":"delivered"}},{"kind":"Field","name":{"kind":"Name","value":"failed"}},{"kind":"Field","name":{"kind":"Name","value":"skipped"}}]}}]}}]} as unknown as DocumentNode<RunReminderScanMutation, RunReminderScanMutationVariables>;
export const CreateDepartmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateDepartment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DepartmentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createDepartment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DepartmentFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DepartmentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Department"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}}]}}]} as unknown as DocumentNode<CreateDepartmentMutation, CreateDepartmentMutationVariables>;
export const CreateDepartmentGroupDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateDepartmentGroup"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateDepartmentGroupInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createDepartmentGroup"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<CreateDepartmentGroupMutation, CreateDepartmentGroupMutationVariables>;
export const CreateDepartmentKindDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateDepartmentKind"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateDepartmentKindInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createDepartmentKind"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DepartmentKindFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DepartmentKindFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DepartmentKind"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"ownerName"}},{"kind":"Field","name":{"kind":"Name","value":"editable"}}]}}]} as unknown as DocumentNode<CreateDepartmentKindMutation, CreateDepartmentKindMutationVariables>;
export const DeleteDepartmentGroupDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteDepartmentGroup"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteDepartmentGroupInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteDepartmentGroup"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}]}]}}]} as unknown as DocumentNode<DeleteDepartmentGroupMutation, DeleteDepartmentGroupMutationVariables>;
export const DeleteDepartmentKindDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteDepartmentKind"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteDepartmentKindInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteDepartmentKind"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}]}]}}]} as unknown as DocumentNode<DeleteDepartmentKindMutation, DeleteDepartmentKindMutationVariables>;
export const DepartmentGroupsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DepartmentGroups"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"organisationId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"departmentGroups"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"organisationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"organisationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<DepartmentGroupsQuery, DepartmentGroupsQueryVariables>;
export const DepartmentKindsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DepartmentKinds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"departmentKinds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DepartmentKindFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DepartmentKindFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DepartmentKind"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"ownerName"}},{"kind":"Field","name":{"kind":"Name","value":"editable"}}]}}]} as unknown as DocumentNode<DepartmentKindsQuery, DepartmentKindsQueryVariables>;
export const DepartmentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Departments"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"organisationId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"departments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"organisationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"organisationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DepartmentFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DepartmentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Department"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}}]}}]} as unknown as DocumentNode<DepartmentsQuery, DepartmentsQueryVariables>;
export const SetGroupMembersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetGroupMembers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetGroupMembersInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setGroupMembers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<SetGroupMembersMutation, SetGroupMembersMutationVariables>;
export const UpdateDepartmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateDepartment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateDepartmentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateDepartment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DepartmentFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DepartmentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Department"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}}]}}]} as unknown as DocumentNode<UpdateDepartmentMutation, UpdateDepartmentMutationVariables>;
export const UpdateDepartmentGroupDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateDepartmentGroup"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateDepartmentGroupInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateDepartmentGroup"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}}]} as unknown as DocumentNode<UpdateDepartmentGroupMutation, UpdateDepartmentGroupMutationVariables>;
export const UpdateDepartmentKindDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateDepartmentKind"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateDepartmentKindInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateDepartmentKind"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DepartmentKindFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DepartmentKindFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DepartmentKind"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"ownerName"}},{"kind":"Field","name":{"kind":"Name","value":"editable"}}]}}]} as unknown as DocumentNode<UpdateDepartmentKindMutation, UpdateDepartmentKindMutationVariables>;
export const DeleteEvidenceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteEvidence"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteEvidenceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteEvidence"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EvidenceFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EvidenceVersionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EvidenceVersion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"kindLabel"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"refersTo"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}},{"kind":"Field","name":{"kind":"Name","value":"previewUrl"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}},{"kind":"Field","name":{"kind":"Name","value":"file"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"originalName"}},{"kind":"Field","name":{"kind":"Name","value":"mediaType"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"uploadedAt"}},{"kind":"Field","name":{"kind":"Name","value":"uploadedBy"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EvidenceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Evidence"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"task"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"requirementCode"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"currentVersion"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"deletedAt"}},{"kind":"Field","name":{"kind":"Name","value":"deletedBy"}},{"kind":"Field","name":{"kind":"Name","value":"carriedFrom"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"campaignId"}},{"kind":"Field","name":{"kind":"Name","value":"campaignName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"current"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EvidenceVersionFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"versions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EvidenceVersionFields"}}]}}]}}]} as unknown as DocumentNode<DeleteEvidenceMutation, DeleteEvidenceMutationVariables>;
export const ReplaceEvidenceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReplaceEvidence"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReplaceEvidenceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"replaceEvidence"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EvidenceFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EvidenceVersionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EvidenceVersion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"kindLabel"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"refersTo"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}},{"kind":"Field","name":{"kind":"Name","value":"previewUrl"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}},{"kind":"Field","name":{"kind":"Name","value":"file"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"originalName"}},{"kind":"Field","name":{"kind":"Name","value":"mediaType"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"uploadedAt"}},{"kind":"Field","name":{"kind":"Name","value":"uploadedBy"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EvidenceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Evidence"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"task"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"requirementCode"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"currentVersion"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"deletedAt"}},{"kind":"Field","name":{"kind":"Name","value":"deletedBy"}},{"kind":"Field","name":{"kind":"Name","value":"carriedFrom"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"campaignId"}},{"kind":"Field","name":{"kind":"Name","value":"campaignName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"current"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EvidenceVersionFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"versions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EvidenceVersionFields"}}]}}]}}]} as unknown as DocumentNode<ReplaceEvidenceMutation, ReplaceEvidenceMutationVariables>;
export const RestoreEvidenceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RestoreEvidence"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RestoreEvidenceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"restoreEvidence"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EvidenceFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EvidenceVersionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EvidenceVersion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"kindLabel"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"refersTo"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}},{"kind":"Field","name":{"kind":"Name","value":"previewUrl"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}},{"kind":"Field","name":{"kind":"Name","value":"file"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"originalName"}},{"kind":"Field","name":{"kind":"Name","value":"mediaType"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"uploadedAt"}},{"kind":"Field","name":{"kind":"Name","value":"uploadedBy"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EvidenceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Evidence"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"task"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"requirementCode"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"currentVersion"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"deletedAt"}},{"kind":"Field","name":{"kind":"Name","value":"deletedBy"}},{"kind":"Field","name":{"kind":"Name","value":"carriedFrom"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"campaignId"}},{"kind":"Field","name":{"kind":"Name","value":"campaignName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"current"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EvidenceVersionFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"versions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EvidenceVersionFields"}}]}}]}}]} as unknown as DocumentNode<RestoreEvidenceMutation, RestoreEvidenceMutationVariables>;
export const TaskEvidenceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TaskEvidence"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"taskId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"includeDeleted"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"taskEvidence"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"taskId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"taskId"}}},{"kind":"Argument","name":{"kind":"Name","value":"includeDeleted"},"value":{"kind":"Variable","name":{"kind":"Name","value":"includeDeleted"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EvidenceFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EvidenceVersionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EvidenceVersion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"kindLabel"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"refersTo"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}},{"kind":"Field","name":{"kind":"Name","value":"previewUrl"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}},{"kind":"Field","name":{"kind":"Name","value":"file"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"originalName"}},{"kind":"Field","name":{"kind":"Name","value":"mediaType"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"uploadedAt"}},{"kind":"Field","name":{"kind":"Name","value":"uploadedBy"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EvidenceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Evidence"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"task"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"requirementCode"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"currentVersion"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"deletedAt"}},{"kind":"Field","name":{"kind":"Name","value":"deletedBy"}},{"kind":"Field","name":{"kind":"Name","value":"carriedFrom"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"campaignId"}},{"kind":"Field","name":{"kind":"Name","value":"campaignName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"current"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EvidenceVersionFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"versions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EvidenceVersionFields"}}]}}]}}]} as unknown as DocumentNode<TaskEvidenceQuery, TaskEvidenceQueryVariables>;
export const EvidencePackageInfoDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EvidencePackageInfo"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"campaignId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"evidencePackageInfo"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"campaignId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"campaignId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"files"}},{"kind":"Field","name":{"kind":"Name","value":"indicators"}},{"kind":"Field","name":{"kind":"Name","value":"bytes"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}}]}}]}}]} as unknown as DocumentNode<EvidencePackageInfoQuery, EvidencePackageInfoQueryVariables>;
export const CampaignFormDefinitionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CampaignFormDefinitions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"campaignId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"organisationId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"campaignForms"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"campaignId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"campaignId"}}},{"kind":"Argument","name":{"kind":"Name","value":"organisationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"organisationId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"definition"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FormDefinitionRecordGraph"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FormFieldDefinitionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FormField"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"help"}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"ties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requirement"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}}]}},{"kind":"Field","name":{"kind":"Name","value":"maxChars"}},{"kind":"Field","name":{"kind":"Name","value":"multiline"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"min"}},{"kind":"Field","name":{"kind":"Name","value":"max"}},{"kind":"Field","name":{"kind":"Name","value":"integer"}},{"kind":"Field","name":{"kind":"Name","value":"precision"}},{"kind":"Field","name":{"kind":"Name","value":"options"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"multiple"}},{"kind":"Field","name":{"kind":"Name","value":"accept"}},{"kind":"Field","name":{"kind":"Name","value":"maxCount"}},{"kind":"Field","name":{"kind":"Name","value":"minRows"}},{"kind":"Field","name":{"kind":"Name","value":"maxRows"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"stages"}},{"kind":"Field","name":{"kind":"Name","value":"opinion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"hint"}},{"kind":"Field","name":{"kind":"Name","value":"maxChars"}}]}},{"kind":"Field","name":{"kind":"Name","value":"signer"}},{"kind":"Field","name":{"kind":"Name","value":"seal"}},{"kind":"Field","name":{"kind":"Name","value":"signatureLabel"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FormDefinitionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FormDefinition"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"workflow"}},{"kind":"Field","name":{"kind":"Name","value":"roles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"filledBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"stages"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"help"}},{"kind":"Field","name":{"kind":"Name","value":"maxChars"}},{"kind":"Field","name":{"kind":"Name","value":"fields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FormFieldDefinitionFields"}},{"kind":"Field","name":{"kind":"Name","value":"columns"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FormFieldDefinitionFields"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"file"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FormDefinitionRecordGraph"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FormDefinitionRecord"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"definition"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FormDefinitionFields"}}]}}]}}]} as unknown as DocumentNode<CampaignFormDefinitionsQuery, CampaignFormDefinitionsQueryVariables>;
export const CampaignFormToFillDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CampaignFormToFill"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"campaignId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"organisationId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"campaignForms"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"campaignId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"campaignId"}}},{"kind":"Argument","name":{"kind":"Name","value":"organisationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"organisationId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FilledFormFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FilledFormRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FilledForm"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"campaign"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"definition"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"editableFields"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedByName"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FormCellValueFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FormFieldValue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"flag"}},{"kind":"Field","name":{"kind":"Name","value":"choices"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"files"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fileId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"mediaType"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FormFieldValueFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FormFieldValue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FormCellValueFields"}},{"kind":"Field","name":{"kind":"Name","value":"signOff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"opinion"}},{"kind":"Field","name":{"kind":"Name","value":"signer"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"seal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fileId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"mediaType"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FilledFormState"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FilledForm"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"values"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FormFieldValueFields"}},{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FormCellValueFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedByName"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FilledFormFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FilledForm"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FilledFormRow"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"FilledFormState"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"stageLabel"}},{"kind":"Field","name":{"kind":"Name","value":"viewerRole"}},{"kind":"Field","name":{"kind":"Name","value":"canSubmit"}}]}}]} as unknown as DocumentNode<CampaignFormToFillQuery, CampaignFormToFillQueryVariables>;
export const CampaignFormsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CampaignForms"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"campaignId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"organisationId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"campaignForms"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"campaignId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"campaignId"}}},{"kind":"Argument","name":{"kind":"Name","value":"organisationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"organisationId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FilledFormRow"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FilledFormRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FilledForm"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"campaign"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"definition"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"editableFields"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedByName"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}}]}}]} as unknown as DocumentNode<CampaignFormsQuery, CampaignFormsQueryVariables>;
export const FilledFormHistoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FilledFormHistory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"filledForm"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"history"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"byName"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"fields"}}]}}]}}]}}]} as unknown as DocumentNode<FilledFormHistoryQuery, FilledFormHistoryQueryVariables>;
export const FormDefinitionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FormDefinitions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"organisationId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"formDefinitions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"organisationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"organisationId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"ownerOrganisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}}]}}]}}]} as unknown as DocumentNode<FormDefinitionsQuery, FormDefinitionsQueryVariables>;
export const FormFiguresForDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FormFiguresFor"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"taskId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"formFiguresFor"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"taskId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"taskId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"formId"}},{"kind":"Field","name":{"kind":"Name","value":"formName"}},{"kind":"Field","name":{"kind":"Name","value":"campaignId"}},{"kind":"Field","name":{"kind":"Name","value":"campaignName"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"requirementCode"}},{"kind":"Field","name":{"kind":"Name","value":"ruleCode"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"updatedByName"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]}}]} as unknown as DocumentNode<FormFiguresForQuery, FormFiguresForQueryVariables>;
export const FormSelectionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FormSelections"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"campaignId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"onlySelected"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"formSelections"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"campaignId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"campaignId"}}},{"kind":"Argument","name":{"kind":"Name","value":"onlySelected"},"value":{"kind":"Variable","name":{"kind":"Name","value":"onlySelected"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FormSelectionBoardFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FormSelectionBoardFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FormSelectionBoard"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"campaignId"}},{"kind":"Field","name":{"kind":"Name","value":"definitionId"}},{"kind":"Field","name":{"kind":"Name","value":"definitionKey"}},{"kind":"Field","name":{"kind":"Name","value":"definitionName"}},{"kind":"Field","name":{"kind":"Name","value":"per"}},{"kind":"Field","name":{"kind":"Name","value":"max"}},{"kind":"Field","name":{"kind":"Name","value":"canSelect"}},{"kind":"Field","name":{"kind":"Name","value":"groups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"group"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"selectedCount"}},{"kind":"Field","name":{"kind":"Name","value":"entries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"formId"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"selected"}},{"kind":"Field","name":{"kind":"Name","value":"selectedAt"}},{"kind":"Field","name":{"kind":"Name","value":"selectedByName"}}]}}]}}]}}]} as unknown as DocumentNode<FormSelectionsQuery, FormSelectionsQueryVariables>;
export const FormWorkflowStagesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FormWorkflowStages"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"key"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workflowDefinition"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"key"},"value":{"kind":"Variable","name":{"kind":"Name","value":"key"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"graph"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}}]}}]}}]} as unknown as DocumentNode<FormWorkflowStagesQuery, FormWorkflowStagesQueryVariables>;
export const SaveFormDraftDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SaveFormDraft"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SaveFormDraftInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saveFormDraft"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FilledFormState"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FormCellValueFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FormFieldValue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"flag"}},{"kind":"Field","name":{"kind":"Name","value":"choices"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"files"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fileId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"mediaType"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FormFieldValueFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FormFieldValue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FormCellValueFields"}},{"kind":"Field","name":{"kind":"Name","value":"signOff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"opinion"}},{"kind":"Field","name":{"kind":"Name","value":"signer"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"seal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fileId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"mediaType"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FilledFormState"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FilledForm"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"values"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FormFieldValueFields"}},{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FormCellValueFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedByName"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}}]}}]} as unknown as DocumentNode<SaveFormDraftMutation, SaveFormDraftMutationVariables>;
export const SelectFormDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SelectForm"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SelectFormInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"selectForm"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FormSelectionBoardFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FormSelectionBoardFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FormSelectionBoard"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"campaignId"}},{"kind":"Field","name":{"kind":"Name","value":"definitionId"}},{"kind":"Field","name":{"kind":"Name","value":"definitionKey"}},{"kind":"Field","name":{"kind":"Name","value":"definitionName"}},{"kind":"Field","name":{"kind":"Name","value":"per"}},{"kind":"Field","name":{"kind":"Name","value":"max"}},{"kind":"Field","name":{"kind":"Name","value":"canSelect"}},{"kind":"Field","name":{"kind":"Name","value":"groups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"group"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"selectedCount"}},{"kind":"Field","name":{"kind":"Name","value":"entries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"formId"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"selected"}},{"kind":"Field","name":{"kind":"Name","value":"selectedAt"}},{"kind":"Field","name":{"kind":"Name","value":"selectedByName"}}]}}]}}]}}]} as unknown as DocumentNode<SelectFormMutation, SelectFormMutationVariables>;
export const SetCampaignFormsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetCampaignForms"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetCampaignFormsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setCampaignForms"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<SetCampaignFormsMutation, SetCampaignFormsMutationVariables>;
export const SetFormSelectionCapsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetFormSelectionCaps"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetCampaignFormsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setCampaignForms"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<SetFormSelectionCapsMutation, SetFormSelectionCapsMutationVariables>;
export const SignOffFormDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignOffForm"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SignOffFormInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signOffForm"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FilledFormFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FilledFormRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FilledForm"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"campaign"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"definition"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"editableFields"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedByName"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FormCellValueFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FormFieldValue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"flag"}},{"kind":"Field","name":{"kind":"Name","value":"choices"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"files"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fileId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"mediaType"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FormFieldValueFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FormFieldValue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FormCellValueFields"}},{"kind":"Field","name":{"kind":"Name","value":"signOff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"opinion"}},{"kind":"Field","name":{"kind":"Name","value":"signer"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"seal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fileId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"mediaType"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FilledFormState"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FilledForm"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"values"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FormFieldValueFields"}},{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FormCellValueFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedByName"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FilledFormFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FilledForm"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FilledFormRow"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"FilledFormState"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"stageLabel"}},{"kind":"Field","name":{"kind":"Name","value":"viewerRole"}},{"kind":"Field","name":{"kind":"Name","value":"canSubmit"}}]}}]} as unknown as DocumentNode<SignOffFormMutation, SignOffFormMutationVariables>;
export const SubmitFormDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitForm"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SubmitFormInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitForm"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FilledFormFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FilledFormRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FilledForm"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"campaign"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"definition"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"editableFields"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedByName"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FormCellValueFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FormFieldValue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"flag"}},{"kind":"Field","name":{"kind":"Name","value":"choices"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"files"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fileId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"mediaType"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FormFieldValueFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FormFieldValue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FormCellValueFields"}},{"kind":"Field","name":{"kind":"Name","value":"signOff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"opinion"}},{"kind":"Field","name":{"kind":"Name","value":"signer"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"seal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fileId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"mediaType"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FilledFormState"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FilledForm"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"values"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FormFieldValueFields"}},{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FormCellValueFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedByName"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FilledFormFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FilledForm"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FilledFormRow"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"FilledFormState"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"stageLabel"}},{"kind":"Field","name":{"kind":"Name","value":"viewerRole"}},{"kind":"Field","name":{"kind":"Name","value":"canSubmit"}}]}}]} as unknown as DocumentNode<SubmitFormMutation, SubmitFormMutationVariables>;
export const UnselectFormDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UnselectForm"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UnselectFormInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unselectForm"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FormSelectionBoardFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FormSelectionBoardFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FormSelectionBoard"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"campaignId"}},{"kind":"Field","name":{"kind":"Name","value":"definitionId"}},{"kind":"Field","name":{"kind":"Name","value":"definitionKey"}},{"kind":"Field","name":{"kind":"Name","value":"definitionName"}},{"kind":"Field","name":{"kind":"Name","value":"per"}},{"kind":"Field","name":{"kind":"Name","value":"max"}},{"kind":"Field","name":{"kind":"Name","value":"canSelect"}},{"kind":"Field","name":{"kind":"Name","value":"groups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"group"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"selectedCount"}},{"kind":"Field","name":{"kind":"Name","value":"entries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"formId"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"selected"}},{"kind":"Field","name":{"kind":"Name","value":"selectedAt"}},{"kind":"Field","name":{"kind":"Name","value":"selectedByName"}}]}}]}}]}}]} as unknown as DocumentNode<UnselectFormMutation, UnselectFormMutationVariables>;
export const UploadFormDefinitionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UploadFormDefinition"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UploadFormDefinitionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uploadFormDefinition"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"definition"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FormDefinitionFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ownerOrganisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FormFieldDefinitionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FormField"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"help"}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"ties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requirement"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}}]}},{"kind":"Field","name":{"kind":"Name","value":"maxChars"}},{"kind":"Field","name":{"kind":"Name","value":"multiline"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"min"}},{"kind":"Field","name":{"kind":"Name","value":"max"}},{"kind":"Field","name":{"kind":"Name","value":"integer"}},{"kind":"Field","name":{"kind":"Name","value":"precision"}},{"kind":"Field","name":{"kind":"Name","value":"options"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"multiple"}},{"kind":"Field","name":{"kind":"Name","value":"accept"}},{"kind":"Field","name":{"kind":"Name","value":"maxCount"}},{"kind":"Field","name":{"kind":"Name","value":"minRows"}},{"kind":"Field","name":{"kind":"Name","value":"maxRows"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"stages"}},{"kind":"Field","name":{"kind":"Name","value":"opinion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"hint"}},{"kind":"Field","name":{"kind":"Name","value":"maxChars"}}]}},{"kind":"Field","name":{"kind":"Name","value":"signer"}},{"kind":"Field","name":{"kind":"Name","value":"seal"}},{"kind":"Field","name":{"kind":"Name","value":"signatureLabel"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FormDefinitionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FormDefinition"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"workflow"}},{"kind":"Field","name":{"kind":"Name","value":"roles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"filledBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"stages"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"help"}},{"kind":"Field","name":{"kind":"Name","value":"maxChars"}},{"kind":"Field","name":{"kind":"Name","value":"fields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FormFieldDefinitionFields"}},{"kind":"Field","name":{"kind":"Name","value":"columns"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FormFieldDefinitionFields"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"file"}}]}}]} as unknown as DocumentNode<UploadFormDefinitionMutation, UploadFormDefinitionMutationVariables>;
export const ImportIndicatorTableDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ImportIndicatorTable"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ImportIndicatorTableInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importIndicatorTable"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"systemId"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"indicatorCount"}},{"kind":"Field","name":{"kind":"Name","value":"requirementCount"}},{"kind":"Field","name":{"kind":"Name","value":"ruleCount"}},{"kind":"Field","name":{"kind":"Name","value":"warnings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TableProblemFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TableProblemFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TableProblem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sheet"}},{"kind":"Field","name":{"kind":"Name","value":"row"}},{"kind":"Field","name":{"kind":"Name","value":"column"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}}]}}]} as unknown as DocumentNode<ImportIndicatorTableMutation, ImportIndicatorTableMutationVariables>;
export const PreviewIndicatorTableDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PreviewIndicatorTable"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"IndicatorTableFileInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"previewIndicatorTable"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ok"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"sheet"}},{"kind":"Field","name":{"kind":"Name","value":"layout"}},{"kind":"Field","name":{"kind":"Name","value":"totalScore"}},{"kind":"Field","name":{"kind":"Name","value":"indicatorCount"}},{"kind":"Field","name":{"kind":"Name","value":"requirementCount"}},{"kind":"Field","name":{"kind":"Name","value":"ruleCount"}},{"kind":"Field","name":{"kind":"Name","value":"indicators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"maxScore"}},{"kind":"Field","name":{"kind":"Name","value":"requirements"}},{"kind":"Field","name":{"kind":"Name","value":"rules"}}]}},{"kind":"Field","name":{"kind":"Name","value":"problems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TableProblemFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unknownUnits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"cells"}},{"kind":"Field","name":{"kind":"Name","value":"suggestions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"score"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TableProblemFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TableProblem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sheet"}},{"kind":"Field","name":{"kind":"Name","value":"row"}},{"kind":"Field","name":{"kind":"Name","value":"column"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}}]}}]} as unknown as DocumentNode<PreviewIndicatorTableMutation, PreviewIndicatorTableMutationVariables>;
export const CheckIndicatorTemplateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CheckIndicatorTemplate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"IndicatorTemplateTreeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"checkIndicatorTemplate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ok"}},{"kind":"Field","name":{"kind":"Name","value":"maxTotal"}},{"kind":"Field","name":{"kind":"Name","value":"problems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TemplateProblemFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TemplateProblemFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TemplateProblem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodeKey"}},{"kind":"Field","name":{"kind":"Name","value":"ruleIndex"}},{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}}]}}]} as unknown as DocumentNode<CheckIndicatorTemplateMutation, CheckIndicatorTemplateMutationVariables>;
export const ExportIndicatorTemplateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExportIndicatorTemplate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exportIndicatorTemplate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"contentBase64"}}]}}]}}]} as unknown as DocumentNode<ExportIndicatorTemplateQuery, ExportIndicatorTemplateQueryVariables>;
export const IndicatorTemplateVersionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"IndicatorTemplateVersion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"indicatorTemplateVersion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"totalScore"}},{"kind":"Field","name":{"kind":"Name","value":"scoringMode"}},{"kind":"Field","name":{"kind":"Name","value":"maxTotal"}},{"kind":"Field","name":{"kind":"Name","value":"verdicts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"options"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rollUp"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TemplateNodeFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RuleScoringFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RuleScoring"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"fixed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"points"}}]}},{"kind":"Field","name":{"kind":"Name","value":"range"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"min"}},{"kind":"Field","name":{"kind":"Name","value":"max"}}]}},{"kind":"Field","name":{"kind":"Name","value":"alternative"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"options"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"points"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"tiered"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"min"}},{"kind":"Field","name":{"kind":"Name","value":"max"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"order"}},{"kind":"Field","name":{"kind":"Name","value":"step"}},{"kind":"Field","name":{"kind":"Name","value":"singleApplicant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"min"}},{"kind":"Field","name":{"kind":"Name","value":"max"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"perItem"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"each"}},{"kind":"Field","name":{"kind":"Name","value":"cap"}},{"kind":"Field","name":{"kind":"Name","value":"item"}}]}},{"kind":"Field","name":{"kind":"Name","value":"conditionalCap"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"min"}},{"kind":"Field","name":{"kind":"Name","value":"max"}},{"kind":"Field","name":{"kind":"Name","value":"cap"}},{"kind":"Field","name":{"kind":"Name","value":"condition"}}]}},{"kind":"Field","name":{"kind":"Name","value":"veto"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"condition"}}]}},{"kind":"Field","name":{"kind":"Name","value":"series"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"years"}},{"kind":"Field","name":{"kind":"Name","value":"condition"}}]}},{"kind":"Field","name":{"kind":"Name","value":"verdict"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TemplateNodeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TemplateNode"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"parentKey"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"maxScore"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"scoringMode"}},{"kind":"Field","name":{"kind":"Name","value":"elective"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"min"}},{"kind":"Field","name":{"kind":"Name","value":"max"}},{"kind":"Field","name":{"kind":"Name","value":"counting"}},{"kind":"Field","name":{"kind":"Name","value":"best"}}]}},{"kind":"Field","name":{"kind":"Name","value":"requirements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"organisationOwned"}},{"kind":"Field","name":{"kind":"Name","value":"units"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}},{"kind":"Field","name":{"kind":"Name","value":"effectiveUnits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}},{"kind":"Field","name":{"kind":"Name","value":"scoring"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RuleScoringFields"}}]}}]}}]}}]} as unknown as DocumentNode<IndicatorTemplateVersionQuery, IndicatorTemplateVersionQueryVariables>;
export const IndicatorTemplatesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"IndicatorTemplates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"indicatorTemplates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"versions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}},{"kind":"Field","name":{"kind":"Name","value":"ownerName"}},{"kind":"Field","name":{"kind":"Name","value":"own"}},{"kind":"Field","name":{"kind":"Name","value":"totalScore"}},{"kind":"Field","name":{"kind":"Name","value":"scoringMode"}}]}}]}}]}}]} as unknown as DocumentNode<IndicatorTemplatesQuery, IndicatorTemplatesQueryVariables>;
export const SaveIndicatorTemplateVersionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SaveIndicatorTemplateVersion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"IndicatorTemplateTreeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saveIndicatorTemplateVersion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"warnings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TemplateProblemFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"template"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TemplateProblemFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TemplateProblem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodeKey"}},{"kind":"Field","name":{"kind":"Name","value":"ruleIndex"}},{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}}]}}]} as unknown as DocumentNode<SaveIndicatorTemplateVersionMutation, SaveIndicatorTemplateVersionMutationVariables>;
export const MarkNotificationsReadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MarkNotificationsRead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MarkNotificationsReadInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markNotificationsRead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}]}]}}]} as unknown as DocumentNode<MarkNotificationsReadMutation, MarkNotificationsReadMutationVariables>;
export const NotificationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Notifications"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unreadNotificationCount"}},{"kind":"Field","name":{"kind":"Name","value":"notifications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"entityType"}},{"kind":"Field","name":{"kind":"Name","value":"entityId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"read"}}]}}]}}]}}]}}]} as unknown as DocumentNode<NotificationsQuery, NotificationsQueryVariables>;
export const AnswerObjectionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AnswerObjection"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AnswerObjectionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"answerObjection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ObjectionFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ObjectionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ParticipantObjection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"participantId"}},{"kind":"Field","name":{"kind":"Name","value":"campaignId"}},{"kind":"Field","name":{"kind":"Name","value":"content"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"filedAt"}},{"kind":"Field","name":{"kind":"Name","value":"filedByName"}},{"kind":"Field","name":{"kind":"Name","value":"answer"}},{"kind":"Field","name":{"kind":"Name","value":"answeredByName"}},{"kind":"Field","name":{"kind":"Name","value":"answeredAt"}}]}}]} as unknown as DocumentNode<AnswerObjectionMutation, AnswerObjectionMutationVariables>;
export const CampaignObjectionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CampaignObjections"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"campaignId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"openOnly"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"campaignObjections"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"campaignId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"campaignId"}}},{"kind":"Argument","name":{"kind":"Name","value":"openOnly"},"value":{"kind":"Variable","name":{"kind":"Name","value":"openOnly"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ObjectionFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ObjectionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ParticipantObjection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"participantId"}},{"kind":"Field","name":{"kind":"Name","value":"campaignId"}},{"kind":"Field","name":{"kind":"Name","value":"content"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"filedAt"}},{"kind":"Field","name":{"kind":"Name","value":"filedByName"}},{"kind":"Field","name":{"kind":"Name","value":"answer"}},{"kind":"Field","name":{"kind":"Name","value":"answeredByName"}},{"kind":"Field","name":{"kind":"Name","value":"answeredAt"}}]}}]} as unknown as DocumentNode<CampaignObjectionsQuery, CampaignObjectionsQueryVariables>;
export const FileObjectionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FileObjection"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FileObjectionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fileObjection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ObjectionFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ObjectionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ParticipantObjection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"participantId"}},{"kind":"Field","name":{"kind":"Name","value":"campaignId"}},{"kind":"Field","name":{"kind":"Name","value":"content"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"filedAt"}},{"kind":"Field","name":{"kind":"Name","value":"filedByName"}},{"kind":"Field","name":{"kind":"Name","value":"answer"}},{"kind":"Field","name":{"kind":"Name","value":"answeredByName"}},{"kind":"Field","name":{"kind":"Name","value":"answeredAt"}}]}}]} as unknown as DocumentNode<FileObjectionMutation, FileObjectionMutationVariables>;
export const ParticipantObjectionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ParticipantObjections"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"participantId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"participantObjections"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"participantId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"participantId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ObjectionFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ObjectionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ParticipantObjection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"participantId"}},{"kind":"Field","name":{"kind":"Name","value":"campaignId"}},{"kind":"Field","name":{"kind":"Name","value":"content"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"filedAt"}},{"kind":"Field","name":{"kind":"Name","value":"filedByName"}},{"kind":"Field","name":{"kind":"Name","value":"answer"}},{"kind":"Field","name":{"kind":"Name","value":"answeredByName"}},{"kind":"Field","name":{"kind":"Name","value":"answeredAt"}}]}}]} as unknown as DocumentNode<ParticipantObjectionsQuery, ParticipantObjectionsQueryVariables>;
export const PublicisedParticipantsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PublicisedParticipants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publicisedParticipants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"participantId"}},{"kind":"Field","name":{"kind":"Name","value":"campaignId"}},{"kind":"Field","name":{"kind":"Name","value":"campaignName"}},{"kind":"Field","name":{"kind":"Name","value":"organisationName"}},{"kind":"Field","name":{"kind":"Name","value":"organisationShortName"}},{"kind":"Field","name":{"kind":"Name","value":"organisationCode"}},{"kind":"Field","name":{"kind":"Name","value":"province"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"phase"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"open"}}]}}]}}]}}]} as unknown as DocumentNode<PublicisedParticipantsQuery, PublicisedParticipantsQueryVariables>;
export const CreateOrganisationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateOrganisation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateOrganisationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createOrganisation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganisationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganisationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organisation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"levelLabel"}},{"kind":"Field","name":{"kind":"Name","value":"parentId"}},{"kind":"Field","name":{"kind":"Name","value":"depth"}},{"kind":"Field","name":{"kind":"Name","value":"disabled"}},{"kind":"Field","name":{"kind":"Name","value":"childCount"}},{"kind":"Field","name":{"kind":"Name","value":"ancestors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}}]}}]} as unknown as DocumentNode<CreateOrganisationMutation, CreateOrganisationMutationVariables>;
export const MoveOrganisationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MoveOrganisation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MoveOrganisationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"moveOrganisation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganisationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganisationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organisation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"levelLabel"}},{"kind":"Field","name":{"kind":"Name","value":"parentId"}},{"kind":"Field","name":{"kind":"Name","value":"depth"}},{"kind":"Field","name":{"kind":"Name","value":"disabled"}},{"kind":"Field","name":{"kind":"Name","value":"childCount"}},{"kind":"Field","name":{"kind":"Name","value":"ancestors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}}]}}]} as unknown as DocumentNode<MoveOrganisationMutation, MoveOrganisationMutationVariables>;
export const MyOrganisationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyOrganisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myOrganisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}},{"kind":"Field","name":{"kind":"Name","value":"levelLabel"}},{"kind":"Field","name":{"kind":"Name","value":"ancestors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}}]}}]}}]} as unknown as DocumentNode<MyOrganisationQuery, MyOrganisationQueryVariables>;
export const OrganisationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Organisation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganisationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganisationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organisation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"levelLabel"}},{"kind":"Field","name":{"kind":"Name","value":"parentId"}},{"kind":"Field","name":{"kind":"Name","value":"depth"}},{"kind":"Field","name":{"kind":"Name","value":"disabled"}},{"kind":"Field","name":{"kind":"Name","value":"childCount"}},{"kind":"Field","name":{"kind":"Name","value":"ancestors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}}]}}]} as unknown as DocumentNode<OrganisationQuery, OrganisationQueryVariables>;
export const OrganisationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Organisations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"OrganisationFilterInput"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganisationFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganisationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organisation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"levelLabel"}},{"kind":"Field","name":{"kind":"Name","value":"parentId"}},{"kind":"Field","name":{"kind":"Name","value":"depth"}},{"kind":"Field","name":{"kind":"Name","value":"disabled"}},{"kind":"Field","name":{"kind":"Name","value":"childCount"}},{"kind":"Field","name":{"kind":"Name","value":"ancestors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}}]}}]} as unknown as DocumentNode<OrganisationsQuery, OrganisationsQueryVariables>;
export const RenameOrganisationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RenameOrganisation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RenameOrganisationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"renameOrganisation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganisationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganisationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organisation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"levelLabel"}},{"kind":"Field","name":{"kind":"Name","value":"parentId"}},{"kind":"Field","name":{"kind":"Name","value":"depth"}},{"kind":"Field","name":{"kind":"Name","value":"disabled"}},{"kind":"Field","name":{"kind":"Name","value":"childCount"}},{"kind":"Field","name":{"kind":"Name","value":"ancestors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}}]}}]} as unknown as DocumentNode<RenameOrganisationMutation, RenameOrganisationMutationVariables>;
export const SetOrganisationDisabledDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetOrganisationDisabled"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetOrganisationDisabledInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setOrganisationDisabled"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganisationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganisationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organisation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"levelLabel"}},{"kind":"Field","name":{"kind":"Name","value":"parentId"}},{"kind":"Field","name":{"kind":"Name","value":"depth"}},{"kind":"Field","name":{"kind":"Name","value":"disabled"}},{"kind":"Field","name":{"kind":"Name","value":"childCount"}},{"kind":"Field","name":{"kind":"Name","value":"ancestors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}}]}}]} as unknown as DocumentNode<SetOrganisationDisabledMutation, SetOrganisationDisabledMutationVariables>;
export const ApplyToCampaignDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApplyToCampaign"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ApplyToCampaignInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"applyToCampaign"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"campaignId"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"stateLabel"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"joinedBy"}},{"kind":"Field","name":{"kind":"Name","value":"workCampaignId"}}]}}]}}]} as unknown as DocumentNode<ApplyToCampaignMutation, ApplyToCampaignMutationVariables>;
export const CampaignParticipantsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CampaignParticipants"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"campaignId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"campaignParticipants"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"campaignId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"campaignId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"campaignId"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"stateLabel"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"outcomeLabel"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"joinedBy"}},{"kind":"Field","name":{"kind":"Name","value":"workCampaignId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"ancestors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"objectionWindow"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"open"}}]}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"taskCount"}},{"kind":"Field","name":{"kind":"Name","value":"finishedCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"availableTransitions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AvailableTransitionFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AvailableTransitionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AvailableTransition"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"event"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"allowed"}},{"kind":"Field","name":{"kind":"Name","value":"available"}},{"kind":"Field","name":{"kind":"Name","value":"needsComment"}},{"kind":"Field","name":{"kind":"Name","value":"confirm"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"toLabel"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"}}]}}]} as unknown as DocumentNode<CampaignParticipantsQuery, CampaignParticipantsQueryVariables>;
export const CampaignsOpenForApplicationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CampaignsOpenForApplication"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"campaignsOpenForApplication"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"applicantLevel"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"phases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}}]}}]}}]}}]} as unknown as DocumentNode<CampaignsOpenForApplicationQuery, CampaignsOpenForApplicationQueryVariables>;
export const InviteParticipantsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"InviteParticipants"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"InviteParticipantsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inviteParticipants"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"joinedBy"}},{"kind":"Field","name":{"kind":"Name","value":"workCampaignId"}}]}}]}}]} as unknown as DocumentNode<InviteParticipantsMutation, InviteParticipantsMutationVariables>;
export const ParticipantQuotasDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ParticipantQuotas"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"campaignId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"participantQuotas"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"campaignId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"campaignId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"event"}},{"kind":"Field","name":{"kind":"Name","value":"eventLabel"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"taken"}},{"kind":"Field","name":{"kind":"Name","value":"already"}},{"kind":"Field","name":{"kind":"Name","value":"cap"}},{"kind":"Field","name":{"kind":"Name","value":"allowed"}}]}}]}}]} as unknown as DocumentNode<ParticipantQuotasQuery, ParticipantQuotasQueryVariables>;
export const ParticipantsByRegionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ParticipantsByRegion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"campaignId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"participantsByRegion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"campaignId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"campaignId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"finished"}},{"kind":"Field","name":{"kind":"Name","value":"open"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"stateLabel"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"availableTransitions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AvailableTransitionFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AvailableTransitionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AvailableTransition"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"event"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"allowed"}},{"kind":"Field","name":{"kind":"Name","value":"available"}},{"kind":"Field","name":{"kind":"Name","value":"needsComment"}},{"kind":"Field","name":{"kind":"Name","value":"confirm"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"toLabel"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"}}]}}]} as unknown as DocumentNode<ParticipantsByRegionQuery, ParticipantsByRegionQueryVariables>;
export const TransitionParticipantsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TransitionParticipants"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TransitionParticipantsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"transitionParticipants"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"participantId"}},{"kind":"Field","name":{"kind":"Name","value":"ok"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"result"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"stateLabel"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]}}]} as unknown as DocumentNode<TransitionParticipantsMutation, TransitionParticipantsMutationVariables>;
export const ScoreHistoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ScoreHistory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"campaignId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ruleId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scoreHistory"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"campaignId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"campaignId"}}},{"kind":"Argument","name":{"kind":"Name","value":"ruleId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ruleId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RuleScoreFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RuleScoreValueFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RuleScoreValue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fixed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"achieved"}}]}},{"kind":"Field","name":{"kind":"Name","value":"range"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"points"}}]}},{"kind":"Field","name":{"kind":"Name","value":"conditionalCap"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"conditionMet"}}]}},{"kind":"Field","name":{"kind":"Name","value":"alternative"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"option"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tiered"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"of"}},{"kind":"Field","name":{"kind":"Name","value":"points"}}]}},{"kind":"Field","name":{"kind":"Name","value":"perItem"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"items"}}]}},{"kind":"Field","name":{"kind":"Name","value":"veto"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"triggered"}}]}},{"kind":"Field","name":{"kind":"Name","value":"series"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"met"}},{"kind":"Field","name":{"kind":"Name","value":"values"}}]}},{"kind":"Field","name":{"kind":"Name","value":"verdict"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"verdict"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RuleScoreFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RuleScore"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ruleId"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"value"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RuleScoreValueFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"vetoed"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"scoredBy"}},{"kind":"Field","name":{"kind":"Name","value":"scoredAt"}},{"kind":"Field","name":{"kind":"Name","value":"supersededAt"}}]}}]} as unknown as DocumentNode<ScoreHistoryQuery, ScoreHistoryQueryVariables>;
export const ScoreRuleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ScoreRule"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ScoreRuleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scoreRule"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changed"}},{"kind":"Field","name":{"kind":"Name","value":"score"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RuleScoreFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ScoreTotalsFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RuleScoreValueFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RuleScoreValue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fixed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"achieved"}}]}},{"kind":"Field","name":{"kind":"Name","value":"range"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"points"}}]}},{"kind":"Field","name":{"kind":"Name","value":"conditionalCap"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"conditionMet"}}]}},{"kind":"Field","name":{"kind":"Name","value":"alternative"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"option"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tiered"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"of"}},{"kind":"Field","name":{"kind":"Name","value":"points"}}]}},{"kind":"Field","name":{"kind":"Name","value":"perItem"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"items"}}]}},{"kind":"Field","name":{"kind":"Name","value":"veto"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"triggered"}}]}},{"kind":"Field","name":{"kind":"Name","value":"series"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"met"}},{"kind":"Field","name":{"kind":"Name","value":"values"}}]}},{"kind":"Field","name":{"kind":"Name","value":"verdict"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"verdict"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScoreTotalsSummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ScoreTotals"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"maxTotal"}},{"kind":"Field","name":{"kind":"Name","value":"uncapped"}},{"kind":"Field","name":{"kind":"Name","value":"capped"}},{"kind":"Field","name":{"kind":"Name","value":"complete"}},{"kind":"Field","name":{"kind":"Name","value":"rules"}},{"kind":"Field","name":{"kind":"Name","value":"scoredRules"}},{"kind":"Field","name":{"kind":"Name","value":"vetoed"}},{"kind":"Field","name":{"kind":"Name","value":"vetoedBy"}},{"kind":"Field","name":{"kind":"Name","value":"hasPoints"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RuleScoreFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RuleScore"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ruleId"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"value"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RuleScoreValueFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"vetoed"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"scoredBy"}},{"kind":"Field","name":{"kind":"Name","value":"scoredAt"}},{"kind":"Field","name":{"kind":"Name","value":"supersededAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScoreTotalsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ScoreTotals"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ScoreTotalsSummaryFields"}},{"kind":"Field","name":{"kind":"Name","value":"scoringMode"}},{"kind":"Field","name":{"kind":"Name","value":"verdict"}},{"kind":"Field","name":{"kind":"Name","value":"judgedRules"}},{"kind":"Field","name":{"kind":"Name","value":"verdictCounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]} as unknown as DocumentNode<ScoreRuleMutation, ScoreRuleMutationVariables>;
export const ScoreSheetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ScoreSheet"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"campaignId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"campaign"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"campaignId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"stateLabel"}}]}},{"kind":"Field","name":{"kind":"Name","value":"campaignScores"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"campaignId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"campaignId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"campaignId"}},{"kind":"Field","name":{"kind":"Name","value":"campaignState"}},{"kind":"Field","name":{"kind":"Name","value":"selfScoringOpen"}},{"kind":"Field","name":{"kind":"Name","value":"expertScoringOpen"}},{"kind":"Field","name":{"kind":"Name","value":"self"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ScoreTotalsFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"expert"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ScoreTotalsFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"projected"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ScoreTotalsFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"indicators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"indicatorId"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"parentCode"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"maxScore"}},{"kind":"Field","name":{"kind":"Name","value":"self"}},{"kind":"Field","name":{"kind":"Name","value":"selfCapped"}},{"kind":"Field","name":{"kind":"Name","value":"expert"}},{"kind":"Field","name":{"kind":"Name","value":"expertCapped"}},{"kind":"Field","name":{"kind":"Name","value":"projected"}},{"kind":"Field","name":{"kind":"Name","value":"vetoed"}},{"kind":"Field","name":{"kind":"Name","value":"scored"}},{"kind":"Field","name":{"kind":"Name","value":"selfVerdict"}},{"kind":"Field","name":{"kind":"Name","value":"expertVerdict"}},{"kind":"Field","name":{"kind":"Name","value":"electiveChoice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"decided"}},{"kind":"Field","name":{"kind":"Name","value":"chosenBy"}},{"kind":"Field","name":{"kind":"Name","value":"chosenAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"electiveChosen"}},{"kind":"Field","name":{"kind":"Name","value":"unchosen"}},{"kind":"Field","name":{"kind":"Name","value":"rules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ruleId"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"scoring"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RuleScoringFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"maxPoints"}},{"kind":"Field","name":{"kind":"Name","value":"tasks"}},{"kind":"Field","name":{"kind":"Name","value":"approvedTasks"}},{"kind":"Field","name":{"kind":"Name","value":"lateTasks"}},{"kind":"Field","name":{"kind":"Name","value":"returnedTasks"}},{"kind":"Field","name":{"kind":"Name","value":"projected"}},{"kind":"Field","name":{"kind":"Name","value":"difference"}},{"kind":"Field","name":{"kind":"Name","value":"self"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RuleScoreFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"expert"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RuleScoreFields"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pointsAtRisk"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PointsAtRiskFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScoreTotalsSummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ScoreTotals"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"maxTotal"}},{"kind":"Field","name":{"kind":"Name","value":"uncapped"}},{"kind":"Field","name":{"kind":"Name","value":"capped"}},{"kind":"Field","name":{"kind":"Name","value":"complete"}},{"kind":"Field","name":{"kind":"Name","value":"rules"}},{"kind":"Field","name":{"kind":"Name","value":"scoredRules"}},{"kind":"Field","name":{"kind":"Name","value":"vetoed"}},{"kind":"Field","name":{"kind":"Name","value":"vetoedBy"}},{"kind":"Field","name":{"kind":"Name","value":"hasPoints"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RuleScoreValueFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RuleScoreValue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fixed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"achieved"}}]}},{"kind":"Field","name":{"kind":"Name","value":"range"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"points"}}]}},{"kind":"Field","name":{"kind":"Name","value":"conditionalCap"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"conditionMet"}}]}},{"kind":"Field","name":{"kind":"Name","value":"alternative"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"option"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tiered"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"of"}},{"kind":"Field","name":{"kind":"Name","value":"points"}}]}},{"kind":"Field","name":{"kind":"Name","value":"perItem"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"items"}}]}},{"kind":"Field","name":{"kind":"Name","value":"veto"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"triggered"}}]}},{"kind":"Field","name":{"kind":"Name","value":"series"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"met"}},{"kind":"Field","name":{"kind":"Name","value":"values"}}]}},{"kind":"Field","name":{"kind":"Name","value":"verdict"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"verdict"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScoreTotalsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ScoreTotals"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ScoreTotalsSummaryFields"}},{"kind":"Field","name":{"kind":"Name","value":"scoringMode"}},{"kind":"Field","name":{"kind":"Name","value":"verdict"}},{"kind":"Field","name":{"kind":"Name","value":"judgedRules"}},{"kind":"Field","name":{"kind":"Name","value":"verdictCounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RuleScoringFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RuleScoring"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"fixed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"points"}}]}},{"kind":"Field","name":{"kind":"Name","value":"range"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"min"}},{"kind":"Field","name":{"kind":"Name","value":"max"}}]}},{"kind":"Field","name":{"kind":"Name","value":"alternative"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"options"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"points"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"tiered"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"min"}},{"kind":"Field","name":{"kind":"Name","value":"max"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"order"}},{"kind":"Field","name":{"kind":"Name","value":"step"}},{"kind":"Field","name":{"kind":"Name","value":"singleApplicant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"min"}},{"kind":"Field","name":{"kind":"Name","value":"max"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"perItem"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"each"}},{"kind":"Field","name":{"kind":"Name","value":"cap"}},{"kind":"Field","name":{"kind":"Name","value":"item"}}]}},{"kind":"Field","name":{"kind":"Name","value":"conditionalCap"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"min"}},{"kind":"Field","name":{"kind":"Name","value":"max"}},{"kind":"Field","name":{"kind":"Name","value":"cap"}},{"kind":"Field","name":{"kind":"Name","value":"condition"}}]}},{"kind":"Field","name":{"kind":"Name","value":"veto"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"condition"}}]}},{"kind":"Field","name":{"kind":"Name","value":"series"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"years"}},{"kind":"Field","name":{"kind":"Name","value":"condition"}}]}},{"kind":"Field","name":{"kind":"Name","value":"verdict"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RuleScoreFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RuleScore"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ruleId"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"value"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RuleScoreValueFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"vetoed"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"scoredBy"}},{"kind":"Field","name":{"kind":"Name","value":"scoredAt"}},{"kind":"Field","name":{"kind":"Name","value":"supersededAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PointsAtRiskFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PointsAtRisk"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ruleId"}},{"kind":"Field","name":{"kind":"Name","value":"ruleCode"}},{"kind":"Field","name":{"kind":"Name","value":"ruleText"}},{"kind":"Field","name":{"kind":"Name","value":"indicatorCode"}},{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"lateTasks"}},{"kind":"Field","name":{"kind":"Name","value":"returnedTasks"}},{"kind":"Field","name":{"kind":"Name","value":"departments"}},{"kind":"Field","name":{"kind":"Name","value":"veto"}}]}}]} as unknown as DocumentNode<ScoreSheetQuery, ScoreSheetQueryVariables>;
export const TaskTableDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TaskTable"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"campaignId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"departmentId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"indicatorCode"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"state"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"states"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"dueBefore"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"TaskOrder"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tasks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"campaignId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"campaignId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"departmentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"departmentId"}}},{"kind":"Argument","name":{"kind":"Name","value":"indicatorCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"indicatorCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"state"},"value":{"kind":"Variable","name":{"kind":"Name","value":"state"}}},{"kind":"Argument","name":{"kind":"Name","value":"states"},"value":{"kind":"Variable","name":{"kind":"Name","value":"states"}}},{"kind":"Argument","name":{"kind":"Name","value":"dueBefore"},"value":{"kind":"Variable","name":{"kind":"Name","value":"dueBefore"}}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TaskRowFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TaskRowFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Task"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"stateLabel"}},{"kind":"Field","name":{"kind":"Name","value":"stateKind"}},{"kind":"Field","name":{"kind":"Name","value":"inReviewQueue"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"deadlineStatus"}},{"kind":"Field","name":{"kind":"Name","value":"daysUntilDue"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"scoringRule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"indicator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"requirements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"responsibleUnits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"isGroup"}}]}}]}}]}}]} as unknown as DocumentNode<TaskTableQuery, TaskTableQueryVariables>;
export const TaskTableFiltersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TaskTableFilters"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"campaignId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"campaign"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"campaignId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"taskStates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"indicators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]} as unknown as DocumentNode<TaskTableFiltersQuery, TaskTableFiltersQueryVariables>;
export const TaskWorkListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TaskWorkList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"campaignId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"state"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reviewQueue"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tasks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"campaignId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"campaignId"}}},{"kind":"Argument","name":{"kind":"Name","value":"state"},"value":{"kind":"Variable","name":{"kind":"Name","value":"state"}}},{"kind":"Argument","name":{"kind":"Name","value":"reviewQueue"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reviewQueue"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TaskWorkFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TaskRowFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Task"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"stateLabel"}},{"kind":"Field","name":{"kind":"Name","value":"stateKind"}},{"kind":"Field","name":{"kind":"Name","value":"inReviewQueue"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"deadlineStatus"}},{"kind":"Field","name":{"kind":"Name","value":"daysUntilDue"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"scoringRule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"indicator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"requirements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"responsibleUnits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"isGroup"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TaskWorkFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Task"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TaskRowFields"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceEditable"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"scoringRule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"indicator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requirements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}}]}}]}}]} as unknown as DocumentNode<TaskWorkListQuery, TaskWorkListQueryVariables>;
export const AssignUserDepartmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AssignUserDepartment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AssignUserDepartmentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assignUserDepartment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserAccountFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserAccountFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"disabled"}},{"kind":"Field","name":{"kind":"Name","value":"lockedUntil"}},{"kind":"Field","name":{"kind":"Name","value":"lastLoginAt"}},{"kind":"Field","name":{"kind":"Name","value":"organisationName"}},{"kind":"Field","name":{"kind":"Name","value":"organisationId"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<AssignUserDepartmentMutation, AssignUserDepartmentMutationVariables>;
export const CreateUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateUserInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserAccountFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserAccountFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"disabled"}},{"kind":"Field","name":{"kind":"Name","value":"lockedUntil"}},{"kind":"Field","name":{"kind":"Name","value":"lastLoginAt"}},{"kind":"Field","name":{"kind":"Name","value":"organisationName"}},{"kind":"Field","name":{"kind":"Name","value":"organisationId"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<CreateUserMutation, CreateUserMutationVariables>;
export const GrantableRolesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GrantableRoles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"grantableRoles"}}]}}]} as unknown as DocumentNode<GrantableRolesQuery, GrantableRolesQueryVariables>;
export const ResetUserPasswordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResetUserPassword"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ResetUserPasswordInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resetUserPassword"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserAccountFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserAccountFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"disabled"}},{"kind":"Field","name":{"kind":"Name","value":"lockedUntil"}},{"kind":"Field","name":{"kind":"Name","value":"lastLoginAt"}},{"kind":"Field","name":{"kind":"Name","value":"organisationName"}},{"kind":"Field","name":{"kind":"Name","value":"organisationId"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<ResetUserPasswordMutation, ResetUserPasswordMutationVariables>;
export const SetUserDisabledDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetUserDisabled"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetUserDisabledInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setUserDisabled"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserAccountFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserAccountFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"disabled"}},{"kind":"Field","name":{"kind":"Name","value":"lockedUntil"}},{"kind":"Field","name":{"kind":"Name","value":"lastLoginAt"}},{"kind":"Field","name":{"kind":"Name","value":"organisationName"}},{"kind":"Field","name":{"kind":"Name","value":"organisationId"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<SetUserDisabledMutation, SetUserDisabledMutationVariables>;
export const SetUserRolesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetUserRoles"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetUserRolesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setUserRoles"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserAccountFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserAccountFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"disabled"}},{"kind":"Field","name":{"kind":"Name","value":"lockedUntil"}},{"kind":"Field","name":{"kind":"Name","value":"lastLoginAt"}},{"kind":"Field","name":{"kind":"Name","value":"organisationName"}},{"kind":"Field","name":{"kind":"Name","value":"organisationId"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<SetUserRolesMutation, SetUserRolesMutationVariables>;
export const UnlockUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UnlockUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UnlockUserInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unlockUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserAccountFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserAccountFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"disabled"}},{"kind":"Field","name":{"kind":"Name","value":"lockedUntil"}},{"kind":"Field","name":{"kind":"Name","value":"lastLoginAt"}},{"kind":"Field","name":{"kind":"Name","value":"organisationName"}},{"kind":"Field","name":{"kind":"Name","value":"organisationId"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<UnlockUserMutation, UnlockUserMutationVariables>;
export const UsersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Users"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"users"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserAccountFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserAccountFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"disabled"}},{"kind":"Field","name":{"kind":"Name","value":"lockedUntil"}},{"kind":"Field","name":{"kind":"Name","value":"lastLoginAt"}},{"kind":"Field","name":{"kind":"Name","value":"organisationName"}},{"kind":"Field","name":{"kind":"Name","value":"organisationId"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<UsersQuery, UsersQueryVariables>;
export const AssignCampaignRoleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AssignCampaignRole"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CampaignRoleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assignCampaignRole"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"username"}}]}}]}}]} as unknown as DocumentNode<AssignCampaignRoleMutation, AssignCampaignRoleMutationVariables>;
export const AvailableTransitionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AvailableTransitions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"entityType"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"WorkflowSubjectType"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"availableTransitions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"entityType"},"value":{"kind":"Variable","name":{"kind":"Name","value":"entityType"}}},{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AvailableTransitionFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AvailableTransitionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AvailableTransition"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"event"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"allowed"}},{"kind":"Field","name":{"kind":"Name","value":"available"}},{"kind":"Field","name":{"kind":"Name","value":"needsComment"}},{"kind":"Field","name":{"kind":"Name","value":"confirm"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"toLabel"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"}}]}}]} as unknown as DocumentNode<AvailableTransitionsQuery, AvailableTransitionsQueryVariables>;
export const CampaignRoleAssignmentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CampaignRoleAssignments"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"campaignId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"campaignRoleAssignments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"campaignId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"campaignId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"declared"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"views"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"views"}},{"kind":"Field","name":{"kind":"Name","value":"assignedAt"}}]}}]}}]}}]} as unknown as DocumentNode<CampaignRoleAssignmentsQuery, CampaignRoleAssignmentsQueryVariables>;
export const CampaignWorkflowDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CampaignWorkflow"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"campaign"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"stateLabel"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"taskStates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"phases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"documents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"hasFile"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}}]}}]}}]}}]} as unknown as DocumentNode<CampaignWorkflowQuery, CampaignWorkflowQueryVariables>;
export const CampaignWorkflowDefinitionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CampaignWorkflowDefinitions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"campaign"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"workflowDefinition"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WorkflowDiagramFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"taskWorkflowDefinition"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WorkflowDiagramFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WorkflowDiagramFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WorkflowDefinition"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"graph"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"parent"}},{"kind":"Field","name":{"kind":"Name","value":"initial"}},{"kind":"Field","name":{"kind":"Name","value":"final"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"event"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}}]}}]} as unknown as DocumentNode<CampaignWorkflowDefinitionsQuery, CampaignWorkflowDefinitionsQueryVariables>;
export const RevokeCampaignRoleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevokeCampaignRole"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CampaignRoleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeCampaignRole"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}]}]}}]} as unknown as DocumentNode<RevokeCampaignRoleMutation, RevokeCampaignRoleMutationVariables>;
export const TaskAvailableTransitionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TaskAvailableTransitions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"availableTransitions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"entityType"},"value":{"kind":"EnumValue","value":"task"}},{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AvailableTransitionFields"}},{"kind":"Field","name":{"kind":"Name","value":"checksEvidence"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AvailableTransitionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AvailableTransition"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"event"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"allowed"}},{"kind":"Field","name":{"kind":"Name","value":"available"}},{"kind":"Field","name":{"kind":"Name","value":"needsComment"}},{"kind":"Field","name":{"kind":"Name","value":"confirm"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"toLabel"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"}}]}}]} as unknown as DocumentNode<TaskAvailableTransitionsQuery, TaskAvailableTransitionsQueryVariables>;
export const TransitionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Transition"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TransitionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"transition"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entityType"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"stateLabel"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"entry"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TransitionLogFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"task"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"stateLabel"}},{"kind":"Field","name":{"kind":"Name","value":"stateKind"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"deadlineStatus"}},{"kind":"Field","name":{"kind":"Name","value":"daysUntilDue"}}]}},{"kind":"Field","name":{"kind":"Name","value":"campaign"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"stateLabel"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"participant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"stateLabel"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"outcomeLabel"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TransitionLogFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TransitionLogEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"event"}},{"kind":"Field","name":{"kind":"Name","value":"eventLabel"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"fromLabel"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"toLabel"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"actorRoles"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"definitionVersion"}}]}}]} as unknown as DocumentNode<TransitionMutation, TransitionMutationVariables>;
export const TransitionHistoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TransitionHistory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"entityType"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"WorkflowSubjectType"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"transitionHistory"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"entityType"},"value":{"kind":"Variable","name":{"kind":"Name","value":"entityType"}}},{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TransitionLogFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TransitionLogFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TransitionLogEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"event"}},{"kind":"Field","name":{"kind":"Name","value":"eventLabel"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"fromLabel"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"toLabel"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"actorRoles"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"definitionVersion"}}]}}]} as unknown as DocumentNode<TransitionHistoryQuery, TransitionHistoryQueryVariables>;
export const TransitionTasksDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TransitionTasks"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TransitionTasksInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"transitionTasks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"taskId"}},{"kind":"Field","name":{"kind":"Name","value":"ok"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"result"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"stateLabel"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"task"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"stateLabel"}},{"kind":"Field","name":{"kind":"Name","value":"stateKind"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"deadlineStatus"}},{"kind":"Field","name":{"kind":"Name","value":"daysUntilDue"}}]}}]}}]}}]}}]} as unknown as DocumentNode<TransitionTasksMutation, TransitionTasksMutationVariables>;
export const UploadWorkflowDefinitionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UploadWorkflowDefinition"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UploadWorkflowDefinitionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uploadWorkflowDefinition"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WorkflowDefinitionFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WorkflowDiagramFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WorkflowDefinition"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"graph"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"parent"}},{"kind":"Field","name":{"kind":"Name","value":"initial"}},{"kind":"Field","name":{"kind":"Name","value":"final"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"event"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WorkflowDefinitionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WorkflowDefinition"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WorkflowDiagramFields"}},{"kind":"Field","name":{"kind":"Name","value":"entityType"}},{"kind":"Field","name":{"kind":"Name","value":"checksum"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"ownerId"}},{"kind":"Field","name":{"kind":"Name","value":"ownerName"}},{"kind":"Field","name":{"kind":"Name","value":"shareWithDescendants"}}]}}]} as unknown as DocumentNode<UploadWorkflowDefinitionMutation, UploadWorkflowDefinitionMutationVariables>;
export const WorkflowDefinitionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WorkflowDefinitions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workflowDefinitions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WorkflowDefinitionFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WorkflowDiagramFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WorkflowDefinition"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"graph"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"parent"}},{"kind":"Field","name":{"kind":"Name","value":"initial"}},{"kind":"Field","name":{"kind":"Name","value":"final"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"event"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WorkflowDefinitionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WorkflowDefinition"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WorkflowDiagramFields"}},{"kind":"Field","name":{"kind":"Name","value":"entityType"}},{"kind":"Field","name":{"kind":"Name","value":"checksum"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"ownerId"}},{"kind":"Field","name":{"kind":"Name","value":"ownerName"}},{"kind":"Field","name":{"kind":"Name","value":"shareWithDescendants"}}]}}]} as unknown as DocumentNode<WorkflowDefinitionsQuery, WorkflowDefinitionsQueryVariables>;