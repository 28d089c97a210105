import { defineCatalogue } from '../catalogue';

/** What the installed app adds to every page: banners, the update prompt, the offline strip. */
export const pwaMessages = defineCatalogue({
  en: {
    notSecureLabel: 'Connection not secure',
    notSecure: 'Not a secure connection.',
    notSecureBody: 'Over plain HTTP this browser turns off offline use, notifications and the clipboard.',
    howToHttps: 'How to set up HTTPS',
    dismiss: 'Dismiss',
    offline: 'You are offline; reading saved copies',
    updateLabel: 'Update available',
    update: 'A new version of Paddock is available.',
    later: 'Later',
    reloading: 'Reloading…',
    reload: 'Reload',
  },
  'zh-TW': {
    notSecureLabel: '連線不安全',
    notSecure: '這不是安全連線。',
    notSecureBody: '透過一般 HTTP 連線時，這個瀏覽器會關閉離線使用、通知和剪貼簿。',
    howToHttps: '如何設定 HTTPS',
    dismiss: '關閉',
    offline: '你目前離線，正在閱讀已儲存的副本',
    updateLabel: '有可用的更新',
    update: 'Paddock 有新版本可以使用。',
    later: '稍後',
    reloading: '重新載入中…',
    reload: '重新載入',
  },
});
