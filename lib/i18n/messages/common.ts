import { defineCatalogue } from '../catalogue';

/** Words several screens share: copying, loading more, retrying. */
export const commonMessages = defineCatalogue({
  en: {
    copy: 'Copy',
    copied: 'Copied',
    selected: 'Selected',
    copyCode: 'Copy code',
    codeCopied: 'Code copied to clipboard',
    codeSelected: 'Code selected; use your device’s copy command',
    loadMore: 'Load more',
    loading: 'Loading…',
    tryAgain: 'Try again',
    couldNotLoadMore: 'Could not load more.',
    notYet: '{what} is not built yet in this version of Paddock.',
  },
  'zh-TW': {
    copy: '複製',
    copied: '已複製',
    selected: '已選取',
    copyCode: '複製程式碼',
    codeCopied: '程式碼已複製到剪貼簿',
    codeSelected: '已選取程式碼；請用裝置的複製功能',
    loadMore: '載入更多',
    loading: '載入中…',
    tryAgain: '再試一次',
    couldNotLoadMore: '無法載入更多。',
    notYet: '這個版本的 Paddock 還沒有{what}。',
  },
});
