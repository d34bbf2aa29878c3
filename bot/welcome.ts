import type { KnowledgeBase } from '../knowledge/search/retrieve.js';
import { ASK_INTRO, examples, PROMISES, sources, type Example, type Source } from './commands.js';

/**
 * What a newcomer is shown before asking anything (Slack's App Home tab, Teams' welcome card):
 * how to ask, with examples drawn from the documents, and which documents the bot answers from.
 * Platform-neutral, like an answer: each adapter only renders it.
 */
export interface Welcome {
  intro: string;
  examples: Example[];
  documents: Source[];
  /** What every answer does. */
  promises: string[];
  /** How to get the weekly digest where one is read. */
  digest: string;
  /** The channels (this platform's ids) that get the weekly digest, when the adapter shows them. */
  digestChannels?: string[];
}

/** The welcome for the knowledge held now, with the channels subscribed to the digest where given. */
export function welcome(kb: KnowledgeBase, digestChannels?: string[]): Welcome {
  return {
    ...(digestChannels ? { digestChannels } : {}),
    intro: ASK_INTRO,
    examples: examples(kb),
    documents: sources(kb),
    promises: PROMISES,
    digest: 'In a channel, "digest subscribe" posts a weekly digest of what changed there; "digest preview" shows this week’s.',
  };
}
