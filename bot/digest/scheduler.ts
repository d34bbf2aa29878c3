import { Cron } from 'croner';
import type { KnowledgeBase } from '../../knowledge/search/retrieve.js';
import type { Store } from '../../knowledge/store/store.js';
import type { Subscription } from '../../knowledge/store/digest-tables.js';
import type { Logger } from '../runtime/logger.js';
import { buildDigest, isoWeek } from './content.js';
import type { Digest } from './digest.js';

/** Posts a digest to one subscribed channel; one per platform, given by its adapter. */
export type DigestPoster = (subscription: Subscription, digest: Digest) => Promise<void>;
/** Tells whoever subscribed a channel that this week's post there failed, and why. */
export type DigestFailureNotice = (subscription: Subscription, week: string, error: string) => Promise<void>;

export interface DigestScheduleOptions {
  kb: () => KnowledgeBase;
  store: Store;
  posters: Map<string, DigestPoster>;
  /** Per platform, how to tell a subscriber their channel's post failed (a failure is not only logged). */
  failureNotices?: Map<string, DigestFailureNotice>;
  log: Logger;
  /** When to post, a cron expression in `timezone` (default Monday 08:00). */
  cron: string;
  timezone: string;
  /** Names this process in claims, for the log. */
  worker: string;
  /** How long a claim holds before another process may take the post over (default 10 minutes). */
  leaseMs?: number;
  now?: () => Date;
  sleep?: (ms: number) => Promise<void>;
}

/** By default, a claim older than this is taken to belong to a process that died before sending. */
const STALE_CLAIM_MS = 10 * 60 * 1000;
const WEEK_MS = 7 * 24 * 60 * 60 * 1000;
/** Waits between tries of a failed post: then the failure is logged and the next channel goes on. */
const BACKOFF_MS = [1_000, 5_000, 25_000];

/** What one run did, channel by channel ("slack:C123"). */
export interface DigestRun {
  week: string;
  posted: string[];
  skipped: string[];
  failed: string[];
}

/**
 * Posts the digest for the week ending at `at` to every subscribed channel, each exactly once:
 * a (week, channel) post is claimed in the store before posting and marked sent after, so two
 * processes on one database post once, and a claim left by a process killed mid-post is taken
 * over once it is stale. A failing post is retried with back-off, then logged; the next channel
 * still gets its post.
 */
export async function runDigest(options: DigestScheduleOptions, at: Date): Promise<DigestRun> {
  const now = options.now ?? (() => new Date());
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  const digest = await buildDigest(options.kb(), options.store, at);
  const run: DigestRun = { week: digest.week, posted: [], skipped: [], failed: [] };
  for (const sub of await options.store.digest.subscriptions()) {
    const name = `${sub.platform}:${sub.channelId}`;
    const t = now();
    const claimed = await options.store.digest.claimDigest(digest.week, sub.platform, sub.channelId, options.worker, t.toISOString(), new Date(t.getTime() - (options.leaseMs ?? STALE_CLAIM_MS)).toISOString());
    if (!claimed) {
      run.skipped.push(name);
      continue;
    }
    const poster = options.posters.get(sub.platform);
    let lastError = poster ? undefined : `no ${sub.platform} adapter is running`;
    for (let attempt = 0; poster && attempt <= BACKOFF_MS.length; attempt++) {
      try {
        await poster(sub, digest);
        lastError = undefined;
        break;
      } catch (error) {
        lastError = (error as Error).message;
        if (attempt < BACKOFF_MS.length) await sleep(BACKOFF_MS[attempt]!);
      }
    }
    if (lastError === undefined) {
      await options.store.digest.markDigestSent(digest.week, sub.platform, sub.channelId, now().toISOString());
      run.posted.push(name);
    } else {
      await options.store.digest.markDigestFailed(digest.week, sub.platform, sub.channelId, lastError);
      run.failed.push(name);
      options.log.error({ channel: name, week: digest.week, error: lastError }, 'digest post failed after retries');
      const notice = options.failureNotices?.get(sub.platform);
      if (notice && sub.subscribedBy) {
        await notice(sub, digest.week, lastError).catch((error: unknown) => options.log.error({ err: error, channel: name }, 'could not tell the subscriber the digest failed'));
      }
    }
  }
  options.log.info({ ...run }, 'digest run finished');
  return run;
}

/** The most recent scheduled time at or before `now`, if one fell within the last week. */
export function previousFire(cron: string, timezone: string, now: Date): Date | undefined {
  const job = new Cron(cron, { timezone, paused: true });
  // Asked directly, not by stepping through the week: a schedule every few seconds would take
  // hundreds of thousands of steps and hold up the start.
  const [last] = job.previousRuns(1, new Date(now.getTime() + 1));
  job.stop();
  return last && now.getTime() - last.getTime() <= WEEK_MS ? last : undefined;
}

/**
 * Runs the digest on its schedule (croner, in the configured time zone, so the clock change
 * does not move it). At start it also runs this week's digest if its time has passed — posting
 * what a stopped or crashed process left unsent; claims stop anything being posted twice.
 */
export function startDigestSchedule(options: DigestScheduleOptions): { stop(): void; nextRun(): Date | null } {
  const now = options.now ?? (() => new Date());
  const lease = options.leaseMs ?? STALE_CLAIM_MS;
  let followUp: NodeJS.Timeout | undefined;
  const safeRun = async (at: Date): Promise<void> => {
    try {
      const run = await runDigest(options, at);
      // A channel held by another process's claim is looked at again once that claim's lease
      // runs out: if the holder died between claiming and posting, this process posts instead.
      if (run.skipped.length > 0 && (await options.store.digest.unsentClaims(run.week)) > 0) {
        clearTimeout(followUp);
        followUp = setTimeout(() => {
          // Only while the week's post is still news; a week-old digest is not posted late.
          if (now().getTime() - at.getTime() < WEEK_MS) void safeRun(at);
        }, lease + 1000);
        followUp.unref();
      }
    } catch (error) {
      options.log.error({ err: error }, 'digest run failed');
    }
  };
  const missed = previousFire(options.cron, options.timezone, now());
  if (missed && isoWeek(missed) === isoWeek(now())) void safeRun(missed);
  const job = new Cron(options.cron, { timezone: options.timezone, protect: true }, () => safeRun(now()));
  return {
    stop: () => {
      job.stop();
      clearTimeout(followUp);
    },
    nextRun: () => job.nextRun(),
  };
}
