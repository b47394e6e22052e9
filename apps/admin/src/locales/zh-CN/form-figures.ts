// 表单数据（components/form-figures.vue）：表单中与指标体系关联的数据，显示在任务的佐证材料旁。
export default {
  title: '表单中的相关数据',
  hint: '以下数据填写在表单中，与本任务的评分规则或考察内容关联，可作为佐证参考。',
  empty: '表单中暂无与本任务关联的数据',
  field: '栏目',
  value: '填写内容',
  form: '所在表单',
  tie: '关联',
  requirement: '考察内容 {code}',
  rule: '评分规则 {code}',
  changed: '{name} 于 {at} 修改',
  draft: '草稿',
  submitted: '已提交',
};
