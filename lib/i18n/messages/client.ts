import { defineCatalogue } from '../catalogue';

/** What the browser says when it never got the server's own words: offline, signed out, a bare status. */
export const clientMessages = defineCatalogue({
  en: {
    sessionEnded: 'Your session ended. Log in again.',
    httpStatus: 'The server answered HTTP {status}.',
    unreachable: 'Paddock cannot be reached. Check your connection.',
  },
  'zh-TW': {
    sessionEnded: '登入已逾時，請重新登入。',
    httpStatus: '伺服器回應了 HTTP {status}。',
    unreachable: '無法連上 Paddock，請檢查網路連線。',
  },
});
