import { defineCatalogue } from '../catalogue';

/** The Settings screen's own words: its title and the Language section. */
export const settingsMessages = defineCatalogue({
  en: {
    title: 'Settings',
    language: 'Language',
    languageHint: 'The language Paddock uses on this device, for words, dates and numbers.',
    followBrowser: 'Follow the browser',
    followBrowserNow: 'Follow the browser ({language})',
    keptHere: 'Kept on this device only.',
  },
  'zh-TW': {
    title: '設定',
    language: '語言',
    languageHint: 'Paddock 在這台裝置上使用的語言，包括文字、日期和數字。',
    followBrowser: '跟隨瀏覽器',
    followBrowserNow: '跟隨瀏覽器（{language}）',
    keptHere: '只儲存在這台裝置上。',
  },
});
