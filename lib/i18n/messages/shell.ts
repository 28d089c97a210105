import { defineCatalogue } from '../catalogue';

/** The frame around every screen: tabs and sidebar, gateway status, skip link, pull to refresh. */
export const shellMessages = defineCatalogue({
  en: {
    main: 'Main',
    chat: 'Chat',
    reviews: 'Reviews',
    sessions: 'Sessions',
    skills: 'Skills',
    more: 'More',
    unread: ' unread',
    skipToContent: 'Skip to content',
    gatewayOk: 'Gateway online',
    gatewayUnreachable: 'Gateway unreachable',
    gatewayUnauthorized: 'Gateway key rejected',
    gatewayError: 'Gateway error',
    checkingGateway: 'Checking gateway…',
    agentUnreachable: 'The agent cannot be reached right now.',
    refreshing: 'Refreshing…',
  },
  'zh-TW': {
    main: '主選單',
    chat: '對話',
    reviews: '回顧',
    sessions: '工作階段',
    skills: '技能',
    more: '更多',
    unread: ' 則未讀',
    skipToContent: '跳到主要內容',
    gatewayOk: 'Gateway 連線正常',
    gatewayUnreachable: '無法連上 Gateway',
    gatewayUnauthorized: 'Gateway 拒絕了金鑰',
    gatewayError: 'Gateway 發生錯誤',
    checkingGateway: '正在檢查 Gateway…',
    agentUnreachable: '目前無法連上代理。',
    refreshing: '重新整理中…',
  },
});
