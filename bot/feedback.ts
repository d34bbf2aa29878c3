import type { Store } from '../knowledge/store/store.js';
import { userHash } from './user-hash.js';

/** A 👍 or 👎 from an adapter, with the question it was about and an optional "what was wrong". */
export interface Feedback {
  platform: 'slack' | 'teams';
  userId?: string;
  query: string;
  verdict: 'up' | 'down';
  comment?: string;
}

/** Records feedback for the report; a comment on its own is added to the person's last verdict. */
export type GiveFeedback = (feedback: Feedback) => Promise<void>;

export function createFeedback(store: Store, now: () => Date = () => new Date()): GiveFeedback {
  return async (f) => {
    const hash = f.userId ? userHash(f.platform, f.userId) : undefined;
    await store.feedback.record({ givenAt: now().toISOString(), platform: f.platform, userHash: hash, query: f.query.slice(0, 500), verdict: f.verdict, comment: f.comment?.slice(0, 2000) });
  };
}

/** Adds "what was wrong" to the person's latest verdict on the question. */
export function commentOn(store: Store) {
  return (platform: 'slack' | 'teams', userId: string | undefined, query: string, comment: string) =>
    store.feedback.addComment(platform, userId ? userHash(platform, userId) : undefined, query.slice(0, 500), comment.slice(0, 2000));
}

/** `standing-together report`: questions marked wrong or not answered since a date, most first. */
export async function reportText(store: Store, since: string): Promise<string> {
  const lines = await store.feedback.report(since);
  if (lines.length === 0) return `No question since ${since.slice(0, 10)} was marked wrong or went unanswered.`;
  const out = [`Questions marked wrong (👎) or not answered since ${since.slice(0, 10)}, most frequent first:`];
  for (const l of lines) {
    const what = [l.down ? `${l.down}× 👎` : '', l.unanswered ? `${l.unanswered}× not answered` : ''].filter(Boolean).join(', ');
    out.push(`  ${l.query} — ${what}`);
    for (const c of l.comments) out.push(`      “${c}”`);
  }
  return out.join('\n');
}

/** How long the question behind a sent answer is kept for feedback on it: Teams offers 👍/👎 on old messages too. */
const SENT_ANSWERS_KEPT_MS = 90 * 24 * 60 * 60 * 1000;

/** Which question each answer message sent on a platform answered, for feedback that names only the message. */
export interface SentAnswers {
  remember(messageId: string, query: string): Promise<void>;
  queryOf(messageId: string): Promise<string | undefined>;
}

/** The sent answers of one platform, kept in the store (so any replica, after any restart, can tell). */
export function sentAnswersIn(store: Store, platform: 'slack' | 'teams', now: () => Date = () => new Date()): SentAnswers {
  return {
    remember: (messageId, query) => {
      const at = now();
      return store.feedback.rememberAnswer(platform, messageId, query.slice(0, 500), at.toISOString(), new Date(at.getTime() - SENT_ANSWERS_KEPT_MS).toISOString());
    },
    queryOf: (messageId) => store.feedback.answeredBy(platform, messageId),
  };
}
