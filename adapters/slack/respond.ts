/**
 * Posts a message to a slash command's `response_url`. Slack answers 429 with `Retry-After`
 * when it is busy, and now and then a 5xx: the post waits (as told, or a second) and tries again
 * a few times, so a busy moment does not lose the answer.
 */

const ATTEMPTS = 5;
const MAX_WAIT_SECONDS = 30;

export async function postToResponseUrl(url: string, message: Record<string, unknown>, wait = sleep): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(message) });
    if (res.ok) return;
    if ((res.status !== 429 && res.status < 500) || attempt >= ATTEMPTS) throw new Error(`response_url answered ${res.status}`);
    const seconds = Math.min(MAX_WAIT_SECONDS, Math.max(0, Number(res.headers.get('retry-after') ?? 1) || 1));
    await wait(seconds * 1000);
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
