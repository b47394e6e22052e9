// 报送情况：全国（主办单位）按省查看未报送的单位、催报。
const filingStatus = {
  title: '报送情况',
  noCampaign: '当前创建工作没有参与单位。请在页首选择一项有参与单位的创建工作（如年度报送）。',
  summary: '{regions} 个省（区、市）共 {total} 个单位：已报送 {finished} 个，未报送 {open} 个',
  region: '省（区、市）',
  direct: '直属单位',
  total: '单位数',
  finished: '已报送',
  open: '未报送',
  unit: '单位',
  state: '当前状态',
  actions: '操作',
  noneOpen: '全部已报送',
  notAllowed: '当前不能执行',
  bulk: '{label}全部未报送（{n}）',
  bulkTitle: '{label}全部未报送',
  bulkConfirm: '将对 {regions} 个省（区、市）的 {n} 个未报送单位执行「{label}」。',
  bulkSkipped: '另有 {skipped} 个未报送单位当前不能执行（如已{label}过），不受影响。',
  bulkDone: '已对 {n} 个单位执行「{label}」',
  bulkRefused: '{n} 个单位未能执行：{reasons}',
  done: '已{label}：{unit}当前状态「{state}」',
  conflict: '（已刷新为最新状态，请核对后重试）',
  export: '导出未报送名单',
  exportName: '未报送名单.xlsx',
};

export default filingStatus;
