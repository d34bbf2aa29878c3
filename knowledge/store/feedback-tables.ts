import type { SqlRunner } from './sql.js';

/** A person's verdict on an answer, kept with the question it answered. */
export interface FeedbackRecord {
  givenAt: string;
  platform: string;
  userHash?: string;
  query: string;
  verdict: 'up' | 'down';
  comment?: string;
  topDoc?: string;
}

/** A question worth a look: marked wrong, or not answered, and how often. */
export interface ReportLine {
  query: string;
  down: number;
  unanswered: number;
  comments: string[];
}

/** The store's feedback table (👍 / 👎 under answers) and the report built on it. */
export class FeedbackTables {
  constructor(private readonly sql: SqlRunner) {}

  async record(f: FeedbackRecord): Promise<void> {
    await this.sql.run('INSERT INTO feedback (given_at, platform, user_hash, query, verdict, comment, top_doc) VALUES (?,?,?,?,?,?,?)', [
      f.givenAt, f.platform, f.userHash ?? null, f.query, f.verdict, f.comment ?? null, f.topDoc ?? null,
    ]);
  }

  /**
   * Keeps which question a sent answer message answered, for feedback given on the message later;
   * what was kept longer ago than `keepSince` is dropped, so the table does not grow for ever.
   */
  async rememberAnswer(platform: string, messageId: string, query: string, at: string, keepSince: string): Promise<void> {
    await this.sql.run('INSERT INTO sent_answers (platform, message_id, query, sent_at) VALUES (?,?,?,?) ON CONFLICT (platform, message_id) DO NOTHING', [platform, messageId, query, at]);
    await this.sql.run('DELETE FROM sent_answers WHERE platform = ? AND sent_at < ?', [platform, keepSince]);
  }

  /** The question a sent answer message answered, if it is still kept. */
  async answeredBy(platform: string, messageId: string): Promise<string | undefined> {
    const [row] = await this.sql.all<{ query: string }>('SELECT query FROM sent_answers WHERE platform = ? AND message_id = ?', [platform, messageId]);
    return row?.query;
  }

  /** Adds "what was wrong" to the person's latest verdict on that question. */
  async addComment(platform: string, userHash: string | undefined, query: string, comment: string): Promise<void> {
    await this.sql.run(
      'UPDATE feedback SET comment = ? WHERE id = (SELECT id FROM feedback WHERE platform = ? AND query = ? AND user_hash IS NOT DISTINCT FROM ? ORDER BY id DESC LIMIT 1)',
      [comment, platform, query, userHash ?? null],
    );
  }

  /**
   * Questions since `since` that were marked 👎 or answered no_answer, most frequent first: where
   * the documents have gaps or the answers need fixing.
   */
  async report(since: string): Promise<ReportLine[]> {
    const rows = await this.sql.all<{ query: string; down: number; unanswered: number; comments: string | null }>(
      `SELECT MAX(query) AS query, SUM(down) AS down, SUM(unanswered) AS unanswered, string_agg(comment, '\u001f') AS comments FROM (
         SELECT LOWER(TRIM(query)) AS key, query, 1 AS down, 0 AS unanswered, comment FROM feedback WHERE verdict = 'down' AND given_at >= ?
         UNION ALL
         SELECT LOWER(TRIM(query)) AS key, query, 0, 1, NULL FROM questions WHERE status = 'no_answer' AND intent != 'invalid' AND asked_at >= ?
       ) AS asked GROUP BY key ORDER BY SUM(down) + SUM(unanswered) DESC, MAX(query)`,
      [since, since],
    );
    return rows.map((r) => ({ query: r.query, down: Number(r.down), unanswered: Number(r.unanswered), comments: r.comments ? r.comments.split('\u001f') : [] }));
  }
}
