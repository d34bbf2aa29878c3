import type { Store } from '../../knowledge/store/store.js';
import type { Logger } from './logger.js';

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

/**
 * How old a held request must be before another process answers it: younger, it may still be in
 * the hands of a replica that is alive and answering (answers take seconds).
 */
export const IN_FLIGHT_MS = 2 * 60 * 1000;
/** How often a running process looks for requests a dead one left. */
export const RECOVER_EVERY_MS = 60 * 1000;

/** When held requests are worth answering for another process, and how each is answered. */
export interface Recovery {
  held: HeldRequests;
  /** How long after it arrived a request is still worth answering. */
  answerableMs: number;
  /** How old it must be before this process takes it over (tests shorten it). */
  inFlightMs?: number;
  /** The held body read back as a request this version can answer, or undefined. */
  read(body: unknown): { request: unknown } | undefined;
  deliver(id: string, request: unknown, recovered: Logger): Promise<void>;
  log: Logger;
}

/**
 * Answers what a process killed after acknowledging left unanswered, while it can still be
 * answered: looked for now (awaited) and then every minute, leaving alone what a live replica may
 * still be answering. Returns what stops the looking.
 */
export async function recoverHeldRequests(r: Recovery): Promise<() => void> {
  const recover = async () => {
    const now = Date.now();
    const taken = await r.held.take(new Date(now - r.answerableMs).toISOString(), new Date(now - (r.inFlightMs ?? IN_FLIGHT_MS)).toISOString()).catch((error: unknown) => {
      r.log.error({ err: error }, 'could not read the requests held by an earlier process');
      return [];
    });
    if (taken.length > 0) r.log.warn({ requests: taken.length }, 'answering requests a stopped process acknowledged but did not answer');
    for (const { id, body } of taken) {
      const read = r.read(body);
      if (read) void r.deliver(id, read.request, r.log.child({ recovered: true }));
    }
  };
  await recover();
  // Looked for at least as often as requests come of age: with a grace of seconds (one process,
  // restarted), what it held when killed is answered seconds after it is back.
  const timer = setInterval(() => void recover(), Math.min(RECOVER_EVERY_MS, r.inFlightMs ?? IN_FLIGHT_MS)).unref();
  return () => clearInterval(timer);
}
