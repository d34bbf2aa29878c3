import { setTimeout as sleep } from 'node:timers/promises';

/**
 * Resolves with `check()`'s first defined value, polling every `every` ms; rejects after `ms`
 * naming `what` was awaited. For what a server does after it has answered (a vote written, a
 * post sent): a fixed sleep is too short on a busy machine and too long on an idle one.
 */
export async function eventually<T>(check: () => T | undefined | Promise<T | undefined>, ms: number, what: string, every = 20): Promise<T> {
  const started = Date.now();
  for (;;) {
    const value = await Promise.resolve()
      .then(check)
      .catch(() => undefined);
    if (value !== undefined) return value;
    if (Date.now() - started >= ms) throw new Error(`timed out after ${ms} ms waiting for ${what}`);
    await sleep(every);
  }
}
