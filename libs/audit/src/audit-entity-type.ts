/**
 * The kinds of object an audit row is about: a closed list, so the log can be filtered by it
 * and every writer names one of these (the compiler checks `appendAudit` calls against it).
 */
export const AUDIT_ENTITY_TYPES = [
  'user',
  'organisation',
  'department',
  'department_group',
  'department_kind',
  'campaign',
  'campaign_document',
  'participant',
  'task',
  'evidence',
  'score',
  'indicator_system',
  'workflow_definition',
  'form_definition',
  'filled_form',
] as const;
export type AuditEntityType = (typeof AUDIT_ENTITY_TYPES)[number];

export const AUDIT_ENTITY_TYPE_LABELS: Record<AuditEntityType, string> = {
  user: '用户',
  organisation: '单位',
  department: '部门',
  department_group: '部门组',
  department_kind: '部门类型',
  campaign: '创建工作',
  campaign_document: '创建工作文件',
  participant: '参与单位',
  task: '任务',
  evidence: '佐证材料',
  score: '评分',
  indicator_system: '指标体系',
  workflow_definition: '流程定义',
  form_definition: '表单定义',
  filled_form: '填写的表单',
};
