import { defineCatalogue } from '../catalogue';

/** The HTTPS help page the insecure-connection banner links to. */
export const helpMessages = defineCatalogue({
  en: {
    title: 'HTTPS on your tailnet',
    back: '‹ Back to Paddock',
    intro: 'Plain <code>http://100.x.y.z:3000</code> works for logging in and chatting, but browsers treat plain HTTP on a tailnet address as insecure and withhold what an installed app needs:',
    offline: '<b>Offline use</b>: the service worker that saves reviews and conversations never starts.',
    notifications: '<b>Notifications</b>: no push when a review is ready.',
    clipboard: '<b>Clipboard</b>: pasting into the terminal is blocked, and copying falls back to an older, less reliable method.',
    twoWays: 'Two ways to get HTTPS with a real certificate for <code>https://<machine>.<tailnet>.ts.net</code>:',
    serveHeading: '1. tailscale serve (simplest)',
    serveBody: 'Keep Paddock on loopback and let Tailscale terminate TLS.',
    certHeading: '2. tailscale cert and Paddock’s own TLS',
    certComment: 'writes <name>.crt and <name>.key',
    renew: 'Paddock re-reads the files when <code>tailscale cert</code> renews them.',
    install: 'Then open the HTTPS address in Safari on the iPhone and use <b>Share → Add to Home Screen</b>. The installed app has its own login, separate from Safari’s.',
  },
  'zh-TW': {
    title: '在 tailnet 上使用 HTTPS',
    back: '‹ 回到 Paddock',
    intro: '一般的 <code>http://100.x.y.z:3000</code> 可以登入和對話，但瀏覽器會把 tailnet 位址上的一般 HTTP 視為不安全，並停用已安裝的 App 所需要的功能：',
    offline: '<b>離線使用</b>：儲存回顧和對話的 service worker 永遠不會啟動。',
    notifications: '<b>通知</b>：回顧準備好時不會推播。',
    clipboard: '<b>剪貼簿</b>：無法貼上到終端機，複製也只能改用較舊、較不可靠的方法。',
    twoWays: '有兩種方式可以為 <code>https://<machine>.<tailnet>.ts.net</code> 取得真正憑證的 HTTPS：',
    serveHeading: '1. tailscale serve（最簡單）',
    serveBody: '讓 Paddock 只聽 loopback，由 Tailscale 處理 TLS。',
    certHeading: '2. tailscale cert 搭配 Paddock 自己的 TLS',
    certComment: '會寫出 <name>.crt 和 <name>.key',
    renew: '<code>tailscale cert</code> 更新憑證時，Paddock 會重新讀取檔案。',
    install: '接著在 iPhone 的 Safari 中打開這個 HTTPS 位址，選擇<b>分享 → 加入主畫面</b>。安裝的 App 有自己的登入狀態，與 Safari 分開。',
  },
});
