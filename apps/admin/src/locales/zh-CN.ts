// 界面文字（简体中文，默认），按界面区域分模块（./zh-CN/*.ts）。API 返回的数据与错误信息本身是中文，不在此翻译。
// 英文版（en.ts）以本对象的类型为准：缺一个键即类型错误。
import domain from './zh-CN/domain';
import messages from './zh-CN/messages';
import layout from './zh-CN/layout';
import auth from './zh-CN/auth';
import work from './zh-CN/work';
import task from './zh-CN/task';
import overview from './zh-CN/overview';
import settings from './zh-CN/settings';
import nationalBatch from './zh-CN/national-batch';
import scoring from './zh-CN/scores';
import filingStatus from './zh-CN/filing-status';

const zhCN = {
  domain,
  messages,
  layout,
  auth,
  work,
  task,
  overview,
  settings,
  scoring,
  nationalBatch,
  filingStatus,
  nav: {
    overview: '创建总览',
    work: '任务办理',
    campaign: '创建管理',
    settings: '系统设置',
    dashboard: '工作看板',
    taskTable: '任务分解表',
    exports: '导出',
    myTasks: '我的任务',
    review: '审核队列',
    indicatorTree: '指标体系',
    scores: '评分',
    indicatorImport: '指标导入',
    campaignDesigner: '新建创建工作',
    campaignPlan: '调整计划',
    indicatorTemplates: '指标体系模板',
    workflow: '创建流程',
    documents: '创建文件',
    participants: '参与单位',
    applications: '申报',
    forms: '申报材料',
    filingStatus: '报送情况',
    departments: '部门与部门组',
    organisations: '组织机构',
    users: '用户与角色',
    workflows: '流程定义',
  },
  common: {
    refresh: '刷新',
    search: '搜索',
    all: '全部',
    save: '保存',
    cancel: '取消',
    confirm: '确定',
    edit: '编辑',
    create: '新增',
    close: '关闭',
    loading: '加载中…',
    empty: '暂无数据',
    actions: '操作',
    state: '状态',
    department: '部门',
    indicator: '指标',
    dueOn: '截止日期',
    points: '分值',
    rule: '评分规则',
    requirements: '考察内容',
    note: '备注',
    lead: '牵头',
    support: '配合',
    overdueOnly: '仅看逾期',
    language: 'English',
    notifications: '消息通知',
    noNotifications: '暂无通知',
    noCampaign: '暂无创建活动',
    forbiddenPage: '当前账号无权访问该页面',
  },
  dashboard: {
    title: '工作看板',
    timeline: '创建进度时间轴',
    today: '今天',
    progress: '总完成率',
    progressHint: '完成率 = 已通过任务 / 全部任务',
    totalTasks: '任务总数',
    approved: '已通过',
    submitted: '待审核',
    overdue: '已逾期',
    projectedScore: '预计得分',
    byIndicator: '各指标完成情况',
    byState: '任务状态分布',
    ranking: '部门红黑榜',
    redList: '红榜（前 10）',
    blackList: '黑榜（后 10）',
    overdueTasks: '逾期与即将到期任务',
    pointsAtRisk: '可能失分',
    remind: '发送催办提醒',
  },
  taskTable: { title: '任务分解表', filtered: '筛选结果' },
  myTasks: { title: '我的任务' },
  review: { title: '审核队列' },
  workflow: { title: '创建流程' },
  scores: { title: '评分', self: '自评', expert: '专家评分', readOnly: '只读' },
  indicatorImport: { title: '指标导入' },
  exports: { title: '导出' },
};

export default zhCN;
export type MessageSchema = typeof zhCN;
