import type { SqlRunner } from './sql.js';

/** How long a rate-limit window's count is kept after it ends. */
const KEEP_WINDOWS_MS = 60 * 60 * 1000;
/** Old windows (and old claims) are swept on every this-many counts (claims), not on each. */
export const SWEEP_EVERY = 500;
/**
 * How long a claimed event id or request signature is kept: Slack and Teams redeliver within
 * minutes, and a signature is refused by its timestamp after five, so a day is ample.
 */
export const KEEP_CLAIMS_MS = 24 * 60 * 60 * 1000;

/**
 * What requests share across every process on the database: platform events already claimed
 * (so a retry sent to another replica is answered once) and per-person question counts (so the
 * rate limit holds however many replicas a load balancer spreads someone over).
 */
export class RequestTables {
  private counted = 0;
  private claimed = 0;

  constructor(private readonly sql: SqlRunner) {}

  /** True the first time an event id is claimed for a platform, false ever after. */
  async claimEvent(platform: string, id: string): Promise<boolean> {
    const { changes } = await this.sql.run('INSERT INTO handled_events (platform, id, handled_at) VALUES (?,?,?) ON CONFLICT (platform, id) DO NOTHING', [
      platform,
      id,
      new Date().toISOString(),
    ]);
    if (++this.claimed % SWEEP_EVERY === 0) {
      await this.sql.run('DELETE FROM handled_events WHERE handled_at < ?', [new Date(Date.now() - KEEP_CLAIMS_MS).toISOString()]);
    }
    return changes === 1;
  }

  /** Keeps a request acknowledged but not yet answered (its body as JSON), until {@link release}. */
  async hold(platform: string, id: string, body: unknown): Promise<void> {
    await this.sql.run('INSERT INTO held_requests (platform, id, body, received_at) VALUES (?,?,?,?) ON CONFLICT (platform, id) DO NOTHING', [
      platform,
      id,
      JSON.stringify(body),
      new Date().toISOString(),
    ]);
  }

  /** Forgets a held request: it was answered (or is past answering). */
  async release(platform: string, id: string): Promise<void> {
    await this.sql.run('DELETE FROM held_requests WHERE platform = ? AND id = ?', [platform, id]);
  }

  /**
   * Takes the requests held for a platform (oldest first), removing them: those received between
   * `since` and `until` (ISO times) are returned to be answered, those before `since` are dropped
   * unanswered, later ones (still in flight) are left. Two processes taking together each get a
   * request at most once between them.
   */
  async takeHeld(platform: string, since: string, until: string): Promise<{ id: string; body: unknown; receivedAt: string }[]> {
    await this.sql.run('DELETE FROM held_requests WHERE platform = ? AND received_at < ?', [platform, since]);
    const rows = await this.sql.all<{ id: string; body: string; received_at: string }>(
      'SELECT id, body, received_at FROM held_requests WHERE platform = ? AND received_at <= ? ORDER BY received_at',
      [platform, until],
    );
    const taken: { id: string; body: unknown; receivedAt: string }[] = [];
    for (const r of rows) {
      const { changes } = await this.sql.run('DELETE FROM held_requests WHERE platform = ? AND id = ?', [platform, r.id]);
      if (changes === 1) taken.push({ id: r.id, body: JSON.parse(r.body) as unknown, receivedAt: r.received_at });
    }
    return taken;
  }

  /**
   * Counts one more request by `key` in the window starting at `windowStart` (an ISO time) and
   * returns the count so far, this one included.
   */
  async count(key: string, windowStart: string): Promise<number> {
    const [row] = await this.sql.all<{ count: number | string }>(
      `INSERT INTO rate_counts (key, window_start, count) VALUES (?,?,1)
       ON CONFLICT (key, window_start) DO UPDATE SET count = rate_counts.count + 1
       RETURNING count`,
      [key, windowStart],
    );
    if (++this.counted % SWEEP_EVERY === 0) {
      await this.sql.run('DELETE FROM rate_counts WHERE window_start < ?', [new Date(Date.parse(windowStart) - KEEP_WINDOWS_MS).toISOString()]);
    }
    return Number(row!.count);
  }
}
