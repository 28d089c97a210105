import { defineCatalogue } from '../catalogue';

/** The offline fallback page the service worker shows (plain HTML, no React). */
export const offlineMessages = defineCatalogue({
  en: {
    title: 'Offline',
    heading: 'You are offline',
    body: 'Paddock cannot reach your home server, and this page was not saved on this device.',
    savedHere: 'Saved on this device',
    reviews: 'Reviews',
    conversations: 'Conversations',
    sessions: 'Sessions',
    skills: 'Skills',
    recent: 'Pages you read recently open without a connection.',
    keepWriting: 'In a saved conversation you can keep writing: messages wait on this device and are sent when you are back online.',
    tryAgain: 'Try again',
    savedAt: 'saved {date}',
  },
  'zh-TW': {
    title: '離線',
    heading: '你目前離線',
    body: 'Paddock 連不上你家裡的伺服器，而這個頁面沒有儲存在這台裝置上。',
    savedHere: '已儲存在這台裝置上',
    reviews: '回顧',
    conversations: '對話',
    sessions: '工作階段',
    skills: '技能',
    recent: '最近讀過的頁面不需要連線也能開啟。',
    keepWriting: '在已儲存的對話中可以繼續撰寫：訊息會先留在這台裝置上，恢復連線後再送出。',
    tryAgain: '再試一次',
    savedAt: '儲存於 {date}',
  },
});
