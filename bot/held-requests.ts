import type { Store } from '../knowledge/store.js';

/**
 * Where a chat adapter keeps a request between acknowledging it and answering it, so a process
 * killed in between is answered for by the next (see `Store.holdRequest`). Platform-neutral: each
 * adapter decides what a held request holds.
 */
export interface HeldRequests {
  hold(id: string, request: unknown): Promise<void>;
  release(id: string): Promise<void>;
  /** Takes what is held and still answerable (received between `since` and `until`), each once across processes. */
  take(since: string, until: string): Promise<{ id: string; body: unknown }[]>;
}

/** The store's held requests for one platform. */
export function heldRequestsIn(store: Store, platform: string): HeldRequests {
  return {
    hold: (id, request) => store.holdRequest(platform, id, request),
    release: (id) => store.releaseRequest(platform, id),
    take: (since, until) => store.takeHeldRequests(platform, since, until),
  };
}
