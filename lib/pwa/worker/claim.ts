/// <reference lib="webworker" />
import { CLAIM_ME, isMessage } from '../worker-messages';

/** Takes control of a page that asks for it (see CLAIM_ME): the same `clients.claim()` as at activation. */
export function listenForClaimRequests(sw: ServiceWorkerGlobalScope): void {
  sw.addEventListener('message', (event) => {
    if (isMessage(event.data, CLAIM_ME)) event.waitUntil(sw.clients.claim());
  });
}
