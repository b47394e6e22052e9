// 请求与上传的提示（composables）：网络、登录、权限、上传、催办、流程操作。
const messages = {
  listSeparator: '；',
  withPrefix: '{prefix}：{message}',
  requestFailed: '请求未成功，请稍后重试。',
  sessionInvalid: '登录已失效，请重新登录。',
  sessionExpired: '登录已过期，请重新登录',
  forbidden: '没有访问权限，请联系办公室管理员。',
  unavailable: '服务暂时不可用（HTTP {status}），请稍后重试。',
  refusedReload: '请求未被受理（HTTP {status}），请刷新页面后重试。',
  refused: '请求未被受理（HTTP {status}）。',
  offline: '无法连接服务器，请检查网络后重试。',
  tooLarge: '文件太大，服务器拒绝接收。',
  cancelled: '已取消',
  unreadable: '服务器的答复无法识别，请稍后重试。',
  loginFailed: '登录未成功，请稍后重试。',
  logoutFailed: '退出登录未成功：{message}',
  logoutFailedRetry: '退出登录未成功，请稍后重试。',
  upload: {
    offline: '无法连接服务器，上传未完成，请检查网络后重试。',
    refused: '上传未被受理（HTTP {status}）。',
    unreadable: '服务器的答复无法识别，请刷新后查看是否已上传。',
    cancelled: '已取消上传',
    retrying: '网络中断，正在重试…',
    gaveUp: '网络中断，多次重试未成功；请检查网络后再次点击上传，将从中断处继续。',
    incomplete: '服务器尚未收齐这个文件，请再次点击上传以继续。',
  },
  urge: {
    failed: '催办未成功',
    taskDone: '已催办{who}',
    departmentDone: '已催办，涉及 {n} 项未完成任务',
    previewFailed: '无法统计将提醒的任务',
    nothingToday: '今天没有需要提醒的任务（已提醒过的任务每天只提醒一次）',
    confirm:
      '将向 {departments} 个部门发送提醒，涉及 {tasks} 项任务（其中 {overdue} 项已逾期）。每项任务每天最多提醒一次。确定发送？',
    confirmTitle: '发送催办提醒',
    send: '发送',
    sendFailed: '发送提醒未成功',
    busy: '另一处正在发送提醒，本次未执行',
    sent: '已提醒 {departments} 个部门的 {tasks} 项任务',
  },
  action: {
    commentPrompt: '请填写「{action}」的意见，对方会看到这条意见。',
    commentRequired: '{action}必须填写意见',
    notePrompt: '{what}可填写说明：',
    doAction: '执行「{action}」',
    notePlaceholder: '说明（可不填）',
    done: '已{event}：当前状态「{state}」',
    conflict: '{message}（已刷新为最新状态，请核对后重试）',
  },
};

export default messages;
export type Messages = typeof messages;
