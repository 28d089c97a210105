import { defineCatalogue } from '../catalogue';

/** The app as the system sees it: the page description and the installed app's manifest. */
export const appMessages = defineCatalogue({
  en: {
    description: 'Your Hermes agent, in your pocket.',
    newChat: 'New chat',
    newChatShort: 'Chat',
    newChatDescription: 'Start a new conversation',
    reviews: 'Reviews',
    reviewsDescription: 'Read the latest reviews',
  },
  'zh-TW': {
    description: '把你的 Hermes 代理放進口袋。',
    newChat: '新對話',
    newChatShort: '對話',
    newChatDescription: '開始新的對話',
    reviews: '回顧',
    reviewsDescription: '閱讀最新的回顧',
  },
});
