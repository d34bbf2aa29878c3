/**
 * Teams messages acknowledged but not yet answered, kept in the store so that a process killed
 * between the two (the Bot Framework does not resend what got its 200) answers them when it, or
 * another replica, starts again.
 */
import type { ConversationReference } from 'botbuilder';

/** A Teams message as held: enough to answer it again without the activity. */
export interface HeldTeamsRequest {
  question: string;
  userId?: string;
  channelKind: string;
  /** The channel (without a thread's `;messageid=`) or chat the digest commands act on. */
  channelId?: string;
  /** Where the answer goes: the conversation the message was in. */
  reference: Partial<ConversationReference>;
  /** The message answered, so the answer is threaded under it. */
  replyToId?: string;
}

/** How long a held message is still worth answering: later than this, the person has moved on. */
export const TEAMS_ANSWERABLE_FOR_MS = 30 * 60 * 1000;

/** A held body read back, or undefined when it is not one this version wrote. */
export function asHeldTeamsRequest(body: unknown): HeldTeamsRequest | undefined {
  const b = body as Partial<HeldTeamsRequest> | null;
  if (!b || typeof b.question !== 'string' || typeof b.channelKind !== 'string') return undefined;
  if (!b.reference || typeof b.reference !== 'object' || typeof b.reference.serviceUrl !== 'string') return undefined;
  return b as HeldTeamsRequest;
}
