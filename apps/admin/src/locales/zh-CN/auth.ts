// 登录与修改密码。
const auth = {
  login: {
    title: '用户登录',
    username: '用户名',
    usernamePlaceholder: '请输入用户名',
    password: '密码',
    passwordPlaceholder: '请输入密码',
    submit: '登录',
    submitting: '正在登录…',
    hint: '忘记密码或账号被锁定，请联系办公室管理员。',
  },
  password: {
    section: '我的账号',
    title: '修改密码',
    mustChange: '您的密码由管理员设置或系统生成，请先设置自己的密码再开始工作',
    current: '当前密码',
    next: '新密码',
    rules: '10 位以上，含大写字母、小写字母、数字、符号中的至少三类',
    again: '再次输入新密码',
    submit: '修改密码',
    currentMissing: '请输入当前密码',
    nextMissing: '请输入新密码',
    mismatch: '两次输入的新密码不一致',
    changed: '密码已修改；您在其他设备上的登录已失效',
  },
};

export default auth;
export type AuthMessages = typeof auth;
