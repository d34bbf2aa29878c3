import { isValidSlackRequest } from '@slack/bolt';
import express, { type Request, type RequestHandler } from 'express';
import type { Logger } from '../../bot/runtime/logger.js';

/** How far a request's timestamp may stand from our clock, either way (Slack's own rule is five minutes). */
export const MAX_CLOCK_SKEW_S = 5 * 60;
/** A Slack body is a few kilobytes; anything near this is not Slack. */
const BODY_LIMIT = '1mb';
/** The only signature Slack sends: version 0 and a hex SHA-256. */
const SIGNATURE = /^v0=[0-9a-f]{64}$/;
const TIMESTAMP = /^\d{1,12}$/;

export interface RequestGuardOptions {
  signingSecret: string;
  /** True the first time a signature is seen (kept in the store, shared by replicas). */
  claimSignature?: (signature: string) => Promise<boolean>;
  /** The clock, in milliseconds (tests move it). */
  now?: () => number;
  /** Told when a signature cannot be claimed (the store is unreachable). */
  log?: Pick<Logger, 'warn'>;
}

/**
 * What a slash command is told when its signature cannot be claimed: the request is not acted
 * on (a replay must not get through while the store is away), but the person is not left with
 * Slack's bare "dispatch failed".
 */
export const CANNOT_CLAIM = 'I can’t take questions for a moment (my database is not answering). Please try again in a minute.';

/**
 * What stands before Bolt on `/slack/events`: the body is read once (kept as `rawBody` for Bolt),
 * the headers must have Slack's shapes, the timestamp must be within five minutes of now in
 * either direction (Bolt checks only the past), and the signature must verify — all before
 * anything is written. Only then is the signature claimed, so a request sent again is refused;
 * Slack's own redelivery of an event (a retry header and an `event_id`) is let through to be
 * answered once by its event id. A slash command or button press carries no event id: a retry
 * header on one is no excuse.
 */
export function slackRequestGuard(options: RequestGuardOptions): RequestHandler[] {
  const now = options.now ?? Date.now;
  const check: RequestHandler = (req, res, next) => {
    const signature = req.header('x-slack-signature') ?? '';
    const timestamp = req.header('x-slack-request-timestamp') ?? '';
    const raw = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
    const refuse = (why: string) => res.status(401).json({ error: why });
    if (!SIGNATURE.test(signature) || !TIMESTAMP.test(timestamp)) return refuse('missing or malformed signature headers');
    if (Math.abs(now() / 1000 - Number(timestamp)) > MAX_CLOCK_SKEW_S) return refuse('request timestamp too far from now');
    const body = raw.toString('utf8');
    const valid = isValidSlackRequest({
      signingSecret: options.signingSecret,
      body,
      headers: { 'x-slack-signature': signature, 'x-slack-request-timestamp': Number(timestamp) },
      nowMilliseconds: now(),
    });
    if (!valid) return refuse('signature does not verify');
    (req as Request & { rawBody?: Buffer }).rawBody = raw;
    if (!options.claimSignature || (req.header('x-slack-retry-num') && hasEventId(body))) return next();
    options.claimSignature(signature).then(
      (fresh) => (fresh ? next() : refuse('replayed request')),
      (error: unknown) => {
        options.log?.warn({ err: (error as Error).message }, 'could not claim a request signature; the request was not acted on');
        // A slash command is answered at once in the acknowledgement; an event is refused with
        // 503, which Slack delivers again later (its event id keeps that to one answer).
        if (isSlashCommand(body)) res.status(200).json({ response_type: 'ephemeral', text: CANNOT_CLAIM });
        else res.status(503).json({ error: 'cannot check the request now; send it again later' });
      },
    );
  };
  return [express.raw({ type: () => true, limit: BODY_LIMIT }), check];
}

/** Whether a body is a slash command's form (Slack sends `command=/…` with its `response_url`). */
function isSlashCommand(body: string): boolean {
  const form = new URLSearchParams(body);
  return (form.get('command') ?? '').startsWith('/');
}

/** Whether a body is an Events API delivery, which Slack may resend with the same event id. */
function hasEventId(body: string): boolean {
  try {
    const parsed = JSON.parse(body) as { event_id?: unknown };
    return typeof parsed.event_id === 'string' && parsed.event_id !== '';
  } catch {
    return false;
  }
}
