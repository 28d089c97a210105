/**
 * What the service worker keeps for reading offline, by area of the app. Everything cached here
 * is the signed-in user's data, so every cache name starts with USER_CACHE_PREFIX and all of them
 * are dropped on logout. Entry caps keep the caches bounded; the oldest entries go first.
 */
export const USER_CACHE_PREFIX = 'paddock-user-';

/** Hashed build files that are not in the precache (chunks loaded on demand): not user data. */
export const STATIC_CACHE = 'paddock-static';
export const STATIC_MAX_ENTRIES = 120;

/** Photos attached to chat messages (`GET /api/chat/uploads/<id>`): content never changes. */
export const PHOTO_CACHE = `${USER_CACHE_PREFIX}photos`;
export const PHOTO_MAX_ENTRIES = 60;

/** Saved copies older than this are deleted even if the cap was not reached. */
export const OFFLINE_MAX_AGE_SECONDS = 30 * 24 * 60 * 60;

export type OfflineAreaName = 'reviews' | 'chat' | 'sessions' | 'skills';

export interface OfflineArea {
  name: OfflineAreaName;
  /** Page paths (documents) kept for offline reading. */
  pages: RegExp;
  /** GET API paths kept for offline reading. */
  api: RegExp;
  pageCache: string;
  apiCache: string;
  maxPages: number;
  maxApiReplies: number;
}

function area(name: OfflineAreaName, pages: RegExp, api: RegExp, maxPages: number, maxApiReplies: number): OfflineArea {
  return { name, pages, api, pageCache: `${USER_CACHE_PREFIX}${name}-pages`, apiCache: `${USER_CACHE_PREFIX}${name}-api`, maxPages, maxApiReplies };
}

/**
 * The inbox plus the last 50 reviews opened; recent sessions, skills and conversations. `/chat`
 * itself (a new chat) is not kept: its page carries a conversation id minted by the server, and a
 * saved copy would reuse that id for every chat started offline.
 */
export const OFFLINE_AREAS: readonly OfflineArea[] = [
  area('reviews', /^\/reviews(?:\/|$)/, /^\/api\/reviews(?:\/|$)/, 55, 60),
  area('chat', /^\/chat\/[^/]+$/, /^\/api\/chat\/conversations(?:\/|$)/, 20, 20),
  area('sessions', /^\/sessions(?:\/|$)/, /^\/api\/sessions(?:\/|$)/, 30, 30),
  area('skills', /^\/skills(?:\/|$)/, /^\/api\/skills(?:\/|$)/, 30, 30),
];

export function isUserCache(name: string): boolean {
  return name.startsWith(USER_CACHE_PREFIX);
}

export function pageAreaOf(pathname: string): OfflineArea | undefined {
  return OFFLINE_AREAS.find((a) => a.pages.test(pathname));
}

export function apiAreaOf(pathname: string): OfflineArea | undefined {
  return OFFLINE_AREAS.find((a) => a.api.test(pathname));
}
