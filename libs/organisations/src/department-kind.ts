/**
 * The platform's default kinds of responsible unit (seeded as data, table department_kind);
 * towns and streets are the ones behind 各镇街. Organisations may add their own kinds.
 */
export const DEPARTMENT_KINDS = ['party', 'government', 'people-organisation', 'town', 'street', 'university', 'school', 'collective'] as const;
export type DepartmentKind = (typeof DEPARTMENT_KINDS)[number];

export const DEPARTMENT_KIND_LABELS: Record<DepartmentKind, string> = {
  party: '党委部门',
  government: '政府部门',
  'people-organisation': '人民团体',
  town: '镇',
  street: '街道',
  university: '高校',
  school: '学校',
  collective: '社会组织（集体）',
};
