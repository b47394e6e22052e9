// 页头、菜单、用户菜单、通知。
const layout = {
  productName: '科普示范区创建工作平台',
  pageTitle: '{page} - {product}',
  zoomOut: '缩小',
  zoomIn: '放大',
  zoomFit: '适合宽度',
  openMenu: '打开菜单',
  currentCampaign: '当前创建',
  userTitle: '{name}（{username}）',
  changePassword: '修改密码',
  logout: '退出登录',
  markAllRead: '全部标为已读',
  wholePlatform: '全平台',
  wholePlatformTitle: '平台系统管理员：全部单位',
  organisationTitle: '{name}（{level}）',
};

export default layout;
export type LayoutMessages = typeof layout;
