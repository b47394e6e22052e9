// 领域标签：阶段状态、截止提示、角色、材料类型、组织层级、评分方式、日期写法。
const domain = {
  date: {
    // {from}/{to} are already formatted months (2022年4月).
    monthRange: '{from}—{to}',
    monthFrom: '{from}起',
    monthTo: '至{to}',
    unscheduled: '时间待定',
    none: '—',
  },
  phase: { done: '已结束', current: '进行中', upcoming: '未开始', unscheduled: '时间待定' },
  deadline: {
    done: '已完成',
    overdue: '逾期 {n} 天',
    dueToday: '今天到期',
    daysLeft: '还剩 {n} 天',
    title: '{date}截止 · {status}',
  },
  role: {
    office_admin: '办公室管理员',
    liaison: '部门联络员',
    supervisor: '督查',
    expert: '评审专家',
    system_admin: '系统管理员',
    separator: '、',
  },
  elective: { chosenBy: '{text} · {who} {when} 选定', chosen: '已选', unchosen: '未选' },
  evidenceKind: {
    SEALED_DOCUMENT: '正式文件盖章版',
    SCREENSHOT: '截图',
    NEWS_ARTICLE: '新闻稿',
    PHOTO: '图片',
    OTHER: '其他',
  },
  level: { national: '全国', province: '省级', city: '市级', county: '县级' },
  ruleKind: {
    fixed: { label: '固定分值', hint: '达到即得规定分值，否则不得分' },
    range: { label: '区间评分', hint: '由评审视工作情况在分值区间内打分' },
    alternative: { label: '择一赋分', hint: '按所符合的情形取其一赋分' },
    tiered: { label: '分档赋分', hint: '在参评单位中按排名由高到低分档赋分' },
    perItem: { label: '按项计分(封顶)', hint: '每完成一项计分，累计不超过上限' },
    conditionalCap: { label: '条件封顶', hint: '未满足条件时得分不超过规定上限' },
    veto: { label: '一票否决', hint: '出现所列情形即取消创建资格' },
    series: { label: '逐年递增', hint: '所列年份逐年递增方得分，否则不得分' },
    verdict: { label: '达标判定', hint: '不计分：按判定等级（如 达标 / 基本达标 / 未达标）评判' },
    unknown: { label: '未分类', hint: '未登记的评分方式' },
  },
};

export default domain;
export type DomainMessages = typeof domain;
