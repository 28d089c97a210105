import { defineCatalogue } from '../catalogue';

/** The login page: the only strings a signed-out visitor sees. */
export const authMessages = defineCatalogue({
  en: {
    title: 'Log in',
    tagline: 'Your Hermes agent, in your pocket.',
    password: 'Password',
    logIn: 'Log in',
    invalid: 'That password is not right. Try again.',
    badRequest: 'Type the password first.',
    failed: 'Logging in failed. Try again.',
  },
  'zh-TW': {
    title: '登入',
    tagline: '把你的 Hermes 代理放進口袋。',
    password: '密碼',
    logIn: '登入',
    invalid: '密碼不正確，請再試一次。',
    badRequest: '請先輸入密碼。',
    failed: '登入失敗，請再試一次。',
  },
});
