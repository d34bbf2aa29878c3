import type { KnowledgeBase } from '../knowledge/search/retrieve.js';
import { isStoreUnavailable, type Store } from '../knowledge/store/store.js';
import type { Answer } from './answer.js';
import { reportText } from './feedback.js';
import { handle } from './handle.js';
import { TakeTurns } from './runtime/take-turns.js';
import { userHash } from './user-hash.js';
import type { Logger } from './runtime/logger.js';

/** Who is asking, and where: what the question log and the commands need. */
export interface Asker {
  platform: 'slack' | 'teams' | 'shell' | 'cli';
  /** The platform's user id; stored only as a hash. */
  userId?: string;
  /** personal, channel, groupChat, im, command… */
  channelKind?: string;
  /** Where a digest subscription would post. */
  channelId?: string;
  /** What the platform needs to post to the channel unprompted (a Teams conversation reference). */
  reference?: unknown;
}

/** Answers a question from someone, recording it; commands (`forget me`, `digest …`) included. */
export type Ask = (question: string, asker: Asker) => Promise<Answer>;

export interface AskOptions {
  kb: () => KnowledgeBase;
  store: Store;
  log: Logger;
  now?: () => Date;
  /** Questions one person may ask a minute (chat platforms only); default 30. */
  perMinute?: number;
}

const DEFAULT_PER_MINUTE = 30;

const DIGEST_HELP = [
  'digest subscribe     post the weekly digest in this channel (Mondays, 08:00 London time)',
  'digest unsubscribe   stop posting it here',
  'digest preview       show what would be posted now, to you only',
].join('\n');

/** What a question gets while the database holding the documents cannot be reached. */
export const STORE_AWAY = 'The documents can’t be reached just now (the database is not answering). Please try again in a minute.';

/** Days back the `report` command looks, as the CLI's does by default. */
const REPORT_DAYS = 30;


/**
 * The bot's front door for every adapter: runs the commands that need the store (`forget me`,
 * `digest subscribe|unsubscribe|preview`), answers everything else with `handle`, and records
 * each question in the log (time, platform, channel kind, a hash of the user id, the query,
 * intent, status and top document) for the digest and later reports.
 */
export function createAsk(options: AskOptions): Ask {
  const now = options.now ?? (() => new Date());
  const turns = new TakeTurns();
  const perMinute = options.perMinute ?? DEFAULT_PER_MINUTE;
  // Counted in the store, per person and clock minute, so replicas behind a load balancer
  // share one limit. A store that cannot count does not cost anyone their answer.
  const overLimit = async (asker: Asker): Promise<boolean> => {
    if (!asker.userId) return false;
    const minute = new Date(Math.floor(now().getTime() / 60_000) * 60_000).toISOString();
    try {
      return (await options.store.countRequest(userHash(asker.platform, asker.userId), minute)) > perMinute;
    } catch (error) {
      options.log.warn({ err: (error as Error).message }, 'could not count the question for the rate limit');
      return false;
    }
  };
  const reply = (query: string, headline: string, extra: Partial<Answer> = {}): Answer => ({
    query,
    intent: 'command',
    status: 'answered',
    headline,
    figures: [],
    passages: [],
    notes: [],
    ...extra,
  });

  return async (question, asker) => {
    const text = question.trim().replace(/\s+/g, ' ');
    if (await overLimit(asker)) {
      return reply(question, `That's a lot of questions in a minute — please give it a moment and ask again. (The limit is ${perMinute} a minute.)`);
    }
    if (/^report$/i.test(text)) {
      // The report shows every person's failed questions: for whoever runs the bot, not a channel.
      if (asker.platform !== 'shell' && asker.platform !== 'cli') return reply(question, 'The report is for whoever runs the bot: `standing-together report` on its command line.');
      return reply(question, await reportText(options.store, new Date(now().getTime() - REPORT_DAYS * 24 * 60 * 60 * 1000).toISOString()));
    }
    const command = /^(forget me|digest(?: (subscribe|unsubscribe|preview))?)$/i.exec(text);
    if (command) {
      const { store } = options;
      if (/^forget me$/i.test(text)) {
        if (!asker.userId) return reply(question, 'Questions asked here are not logged by person, so there is nothing to forget.');
        const n = await store.digest.forgetUser(userHash(asker.platform, asker.userId));
        return reply(question, `Done: ${n} question${n === 1 ? '' : 's'} you asked ${n === 1 ? 'is' : 'are'} removed from the log.`);
      }
      const verb = command[2]?.toLowerCase();
      if (verb === 'preview') {
        // Imported when asked for: a start does not pay for what most questions never use.
        const [{ buildDigest }, { renderDigestText }] = await Promise.all([import('./digest/content.js'), import('./digest/render-text.js')]);
        const digest = await buildDigest(options.kb(), store, now());
        return reply(question, renderDigestText(digest), { digest });
      }
      if ((verb === 'subscribe' || verb === 'unsubscribe') && asker.channelId && (asker.platform === 'slack' || asker.platform === 'teams')) {
        if (verb === 'subscribe') {
          const fresh = await store.digest.subscribe({ platform: asker.platform, channelId: asker.channelId, reference: asker.reference, subscribedBy: asker.userId }, now().toISOString());
          return reply(question, fresh ? 'Subscribed: the weekly digest will be posted here on Mondays at 08:00 (London time).' : 'This channel already gets the weekly digest.');
        }
        const was = await store.digest.unsubscribe(asker.platform, asker.channelId);
        return reply(question, was ? 'Unsubscribed: the weekly digest will no longer be posted here.' : 'This channel was not subscribed to the digest.');
      }
      if (verb === 'subscribe' || verb === 'unsubscribe') return reply(question, 'Digest subscriptions are for Slack and Teams channels: run the command in the channel that should get it.');
      return reply(question, DIGEST_HELP);
    }

    let answer: Answer;
    try {
      answer = await turns.run(() => handle(question, options.kb()));
    } catch (error) {
      // A large corpus is searched in the database: while it cannot be reached, say so and ask
      // for the question again, rather than reporting a fault. The pool reconnects by itself.
      if (!isStoreUnavailable(error)) throw error;
      options.log.warn({ err: (error as Error).message }, 'the store could not be reached for a question');
      return reply(question, STORE_AWAY, { intent: 'passage', status: 'no_answer' });
    }
    try {
      await options.store.digest.recordQuestion({
        askedAt: now().toISOString(),
        platform: asker.platform,
        channelKind: asker.channelKind,
        userHash: asker.userId ? userHash(asker.platform, asker.userId) : undefined,
        query: text.slice(0, 500),
        intent: answer.intent,
        status: answer.status,
        topDoc: answer.passages[0]?.docId,
      });
    } catch (error) {
      // The log is for reports; a failed write must not cost the person their answer.
      options.log.warn({ err: (error as Error).message }, 'could not record the question');
    }
    return answer;
  };
}
