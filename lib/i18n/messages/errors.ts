import { defineCatalogue } from '../catalogue';

/** The pages shown instead of a screen: an address that leads nowhere, a screen that crashed. */
export const errorMessages = defineCatalogue({
  en: {
    notFoundTitle: 'Not found',
    notFound: 'There is nothing at this address.',
    toChat: 'Go to chat',
    crashed: 'This screen stopped working.',
    crashedHint: 'Nothing you typed in a chat is lost. Try again, or go back to chat.',
    tryAgain: 'Try again',
  },
  'zh-TW': {
    notFoundTitle: '找不到頁面',
    notFound: '這個網址沒有任何內容。',
    toChat: '前往對話',
    crashed: '這個畫面出了問題。',
    crashedHint: '你在對話中輸入的內容都還在。請再試一次，或回到對話。',
    tryAgain: '再試一次',
  },
});
