import { defineCatalogue } from '../catalogue';

/** The More screen: the areas that do not fit the phone's tab bar, and logging out. */
export const moreMessages = defineCatalogue({
  en: {
    title: 'More',
    files: 'Files',
    terminal: 'Terminal',
    jobs: 'Jobs',
    settings: 'Settings',
    logOut: 'Log out',
  },
  'zh-TW': {
    title: '更多',
    files: '檔案',
    terminal: '終端機',
    jobs: '排程工作',
    settings: '設定',
    logOut: '登出',
  },
});
