import { createStore, del, entries, set, type UseStore } from 'idb-keyval';

/** A message waiting to be sent; photos are blobs until uploaded, then their stored ids. */
export interface OutboxItem {
  messageId: string;
  conversationId: string;
  text: string;
  photos: (string | Blob)[];
  createdAt: number;
}

let store: UseStore | undefined;

function outboxStore(): UseStore {
  store ??= createStore('paddock', 'outbox');
  return store;
}

export async function putOutbox(item: OutboxItem): Promise<void> {
  await set(item.messageId, item, outboxStore());
  // Ask the browser not to evict the outbox under storage pressure; harmless if refused.
  void navigator.storage?.persist?.().catch(() => undefined);
}

export async function removeOutbox(messageId: string): Promise<void> {
  await del(messageId, outboxStore());
}

/** Waiting messages, oldest first, so they reach the agent in the order they were written. */
export async function listOutbox(): Promise<OutboxItem[]> {
  const all = await entries<string, OutboxItem>(outboxStore());
  return all.map(([, item]) => item).sort((a, b) => a.createdAt - b.createdAt);
}
