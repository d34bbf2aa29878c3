/**
 * The store's tables for the question log and the weekly digest: who asked what (by a hash of
 * the user id, never the name), which channels are subscribed, and which (week, channel) posts
 * are claimed or sent — the claim is what makes a post happen once however many bots run.
 */

import type { SqlRunner } from './sql.js';

/** One question asked through any adapter. */
export interface QuestionRecord {
  askedAt: string;
  platform: string;
  channelKind?: string;
  /** sha256 of the platform's user id; undefined for the shell and CLI. */
  userHash?: string;
  query: string;
  intent: string;
  status: string;
  topDoc?: string;
}

/** A channel that gets the weekly digest. */
export interface Subscription {
  platform: string;
  channelId: string;
  /** What the platform needs to post there unprompted (a Teams conversation reference). */
  reference?: unknown;
  /** The platform's id for the person who subscribed it: told when a week's post fails there. */
  subscribedBy?: string;
}

export class DigestTables {
  constructor(private readonly sql: SqlRunner) {}

  async recordQuestion(q: QuestionRecord): Promise<void> {
    await this.sql.run(
      'INSERT INTO questions (asked_at, platform, channel_kind, user_hash, query, intent, status, top_doc) VALUES (?,?,?,?,?,?,?,?)',
      [q.askedAt, q.platform, q.channelKind ?? null, q.userHash ?? null, q.query, q.intent, q.status, q.topDoc ?? null],
    );
  }

  /** Questions asked from `from` (inclusive) to `to` (exclusive), ISO times. */
  async questionsBetween(from: string, to: string): Promise<QuestionRecord[]> {
    const rows = await this.sql.all<Record<string, string | null>>('SELECT * FROM questions WHERE asked_at >= ? AND asked_at < ? ORDER BY asked_at', [from, to]);
    return rows.map((r) => ({
      askedAt: r.asked_at!,
      platform: r.platform!,
      channelKind: r.channel_kind ?? undefined,
      userHash: r.user_hash ?? undefined,
      query: r.query!,
      intent: r.intent!,
      status: r.status!,
      topDoc: r.top_doc ?? undefined,
    }));
  }

  /** Removes every question a user asked ("forget me"); returns how many. */
  async forgetUser(userHash: string): Promise<number> {
    return (await this.sql.run('DELETE FROM questions WHERE user_hash = ?', [userHash])).changes;
  }

  /** Subscribes a channel; true if it was not subscribed before. */
  async subscribe(s: Subscription, at: string): Promise<boolean> {
    const before = await this.sql.all('SELECT 1 FROM digest_subscriptions WHERE platform = ? AND channel_id = ?', [s.platform, s.channelId]);
    await this.sql.run(
      `INSERT INTO digest_subscriptions (platform, channel_id, reference, subscribed_at, subscribed_by) VALUES (?,?,?,?,?)
       ON CONFLICT (platform, channel_id) DO UPDATE SET reference = excluded.reference, subscribed_at = excluded.subscribed_at, subscribed_by = excluded.subscribed_by`,
      [s.platform, s.channelId, s.reference === undefined ? null : JSON.stringify(s.reference), at, s.subscribedBy ?? null],
    );
    return before.length === 0;
  }

  /** Unsubscribes a channel; true if it was subscribed. */
  async unsubscribe(platform: string, channelId: string): Promise<boolean> {
    return (await this.sql.run('DELETE FROM digest_subscriptions WHERE platform = ? AND channel_id = ?', [platform, channelId])).changes > 0;
  }

  async subscriptions(): Promise<Subscription[]> {
    const rows = await this.sql.all<{ platform: string; channel_id: string; reference: string | null; subscribed_by: string | null }>('SELECT * FROM digest_subscriptions ORDER BY platform, channel_id');
    return rows.map((r) => ({ platform: r.platform, channelId: r.channel_id, reference: r.reference ? JSON.parse(r.reference) : undefined, subscribedBy: r.subscribed_by ?? undefined }));
  }

  /**
   * Claims the (week, channel) post for `worker`. True if this worker should post: nobody had
   * claimed it, or a claim older than `staleBefore` was left by a process that died before
   * sending. A sent post is never claimed again.
   */
  async claimDigest(week: string, platform: string, channelId: string, worker: string, now: string, staleBefore: string): Promise<boolean> {
    const inserted = await this.sql.run(
      "INSERT INTO digest_runs (week, platform, channel_id, state, claimed_at, claimed_by) VALUES (?,?,?,'claimed',?,?) ON CONFLICT (week, platform, channel_id) DO NOTHING",
      [week, platform, channelId, now, worker],
    );
    if (inserted.changes === 1) return true;
    const taken = await this.sql.run(
      "UPDATE digest_runs SET claimed_at = ?, claimed_by = ? WHERE week = ? AND platform = ? AND channel_id = ? AND state IN ('claimed', 'failed') AND claimed_at < ?",
      [now, worker, week, platform, channelId, staleBefore],
    );
    return taken.changes === 1;
  }

  async markDigestSent(week: string, platform: string, channelId: string, at: string): Promise<void> {
    await this.sql.run("UPDATE digest_runs SET state = 'sent', sent_at = ?, attempts = attempts + 1 WHERE week = ? AND platform = ? AND channel_id = ?", [at, week, platform, channelId]);
  }

  async markDigestFailed(week: string, platform: string, channelId: string, error: string): Promise<void> {
    await this.sql.run("UPDATE digest_runs SET state = 'failed', error = ?, attempts = attempts + 1 WHERE week = ? AND platform = ? AND channel_id = ?", [error, week, platform, channelId]);
  }

  /** How many of a week's claimed posts are not sent yet (held by a live or a dead process). */
  async unsentClaims(week: string): Promise<number> {
    const [row] = await this.sql.all<{ n: number | string }>("SELECT COUNT(*) AS n FROM digest_runs WHERE week = ? AND state != 'sent'", [week]);
    return Number(row?.n ?? 0);
  }

  /** When the digest was last sent to any channel, for "since the last digest". */
  async lastSent(): Promise<string | undefined> {
    const [row] = await this.sql.all<{ at: string | null }>("SELECT MAX(sent_at) AS at FROM digest_runs WHERE state = 'sent'");
    return row?.at ?? undefined;
  }
}
