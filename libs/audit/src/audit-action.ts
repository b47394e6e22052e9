/**
 * What the audit log records: a closed list (the database checks it too). `campaign_replan` is
 * reserved for re-planning a campaign's phases, which does not exist yet.
 */
export const AUDIT_ACTIONS = [
  'login',
  'login_failed',
  'logout',
  'password_change',
  'transition',
  'evidence_upload',
  'evidence_replace',
  'evidence_delete',
  'evidence_restore',
  'score',
  'indicator_import',
  'campaign_setup',
  'campaign_replan',
  'user_create',
  'user_change',
  'workflow_upload',
  'organisation_create',
  'organisation_change',
  'directory_change',
  'campaign_document_file',
  'campaign_role_change',
  'form_definition_upload',
  'campaign_forms_change',
  'form_submit',
  'form_sign_off',
  'form_reopen',
  'form_select',
  'form_unselect',
] as const;

export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export const AUDIT_ACTION_LABELS: Readonly<Record<AuditAction, string>> = {
  login: '登录',
  login_failed: '登录失败',
  logout: '退出登录',
  password_change: '修改密码',
  transition: '状态变更',
  evidence_upload: '上传佐证材料',
  evidence_replace: '替换佐证材料',
  evidence_delete: '删除佐证材料',
  evidence_restore: '恢复佐证材料',
  score: '评分',
  indicator_import: '导入指标体系',
  campaign_setup: '设置创建工作',
  campaign_replan: '调整创建计划',
  user_create: '新建用户',
  user_change: '修改用户',
  workflow_upload: '登记流程定义',
  organisation_create: '新建组织机构',
  organisation_change: '修改组织机构',
  directory_change: '修改部门、部门组或部门类型',
  campaign_document_file: '上传创建工作文件的附件',
  campaign_role_change: '指派或撤销创建工作中的流程角色',
  form_definition_upload: '登记表单定义',
  campaign_forms_change: '设置创建工作要填写的表单',
  form_submit: '提交表单',
  form_sign_off: '签署表单意见栏',
  form_reopen: '退回表单',
  form_select: '遴选表单（报送上级）',
  form_unselect: '取消遴选表单',
};

export const isAuditAction = (value: string): value is AuditAction => (AUDIT_ACTIONS as readonly string[]).includes(value);
