import type { LayoutMessages } from '../zh-CN/layout';

const layout: LayoutMessages = {
  productName: 'Science Popularisation Demonstration District Platform',
  pageTitle: '{page} - {product}',
  zoomOut: 'Zoom out',
  zoomIn: 'Zoom in',
  zoomFit: 'Fit to width',
  openMenu: 'Open menu',
  currentCampaign: 'Current campaign',
  userTitle: '{name} ({username})',
  changePassword: 'Change password',
  logout: 'Log out',
  markAllRead: 'Mark all as read',
  wholePlatform: 'Whole platform',
  wholePlatformTitle: 'Platform system administrator: all organisations',
  organisationTitle: '{name} ({level})',
};

export default layout;
