/**
 * Requests acknowledged but not yet answered, kept in the store so that a process killed between
 * the two (Slack does not resend what got its 200) answers them when it starts again.
 */

/** A Slack request as held: enough to answer it again without Slack. */
export interface HeldSlackRequest {
  kind: 'command' | 'mention' | 'dm';
  question: string;
  userId: string;
  channelId: string;
  /** Where a slash command's answer goes (Slack keeps it open for 30 minutes). */
  responseUrl?: string;
  /** The thread a mention is answered in. */
  threadTs?: string;
}

/** How long a held request is still worth answering: a command's response_url lives 30 minutes. */
export const ANSWERABLE_FOR_MS = 30 * 60 * 1000;

/** A held body read back, or undefined when it is not one this version wrote. */
export function asHeldSlackRequest(body: unknown): HeldSlackRequest | undefined {
  const b = body as Partial<HeldSlackRequest> | null;
  if (!b || typeof b.question !== 'string' || typeof b.userId !== 'string' || typeof b.channelId !== 'string') return undefined;
  if (b.kind === 'command' && typeof b.responseUrl === 'string') return b as HeldSlackRequest;
  if (b.kind === 'mention' || b.kind === 'dm') return b as HeldSlackRequest;
  return undefined;
}
