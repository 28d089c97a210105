/** A user message claimed for sending whose row is not written yet (see claimUserMessage). */
export interface PendingClaim {
  id: string;
  conversationId: string;
  title: string;
  text: string;
  imageIds: string;
  now: number;
  /** The row could not be written; the turn must stop, and its id stays refused. */
  onLost: (error: unknown) => void;
  lost: boolean;
}

interface ClaimQueue {
  claims: Map<string, PendingClaim>;
  scheduled: boolean;
}

/**
 * Shared through globalThis like the connection itself (see db.ts): the server bundle claims, and
 * Next's bundle reads the same rows, so both must see and write the same pending claims.
 */
const SLOT = Symbol.for('paddock.store.pendingClaims');
const shared = globalThis as typeof globalThis & { [SLOT]?: ClaimQueue };
export const claimQueue: ClaimQueue = (shared[SLOT] ??= { claims: new Map(), scheduled: false });
