import { isUserCache } from './offline-areas';

/** Deletes every cache that holds the user's data (pages, API replies, photos); returns their names. */
export async function deleteUserCaches(storage: CacheStorage): Promise<string[]> {
  const names = (await storage.keys()).filter(isUserCache);
  await Promise.all(names.map((name) => storage.delete(name)));
  return names;
}
