import { randomUUID } from 'node:crypto';
import { App, ExpressReceiver, LogLevel, type Logger as BoltLogger } from '@slack/bolt';
import type { Application } from 'express';
import type { Answer } from '../../bot/answer.js';
import type { Asker } from '../../bot/ask.js';
import type { GiveFeedback } from '../../bot/feedback.js';
import type { SlackConfig } from '../../bot/runtime/config.js';
import type { Logger } from '../../bot/runtime/logger.js';
import type { DigestFailureNotice, DigestPoster } from '../../bot/digest/scheduler.js';
import type { Welcome } from '../../bot/welcome.js';
import { renderSlackHome } from './home.js';
import { renderDigestSlack } from './digest-render.js';
import { parseSlackText } from './parse.js';
import { afterVote, FEEDBACK_DOWN, FEEDBACK_UP, renderSlack, SHARE_ACTION, VOTED, type Block } from './render.js';
import { recoverHeldRequests, type HeldRequests } from '../../bot/runtime/held-requests.js';
import { ANSWERABLE_FOR_MS, asHeldSlackRequest, type HeldSlackRequest } from './held-requests.js';
import { slackRequestGuard } from './request-guard.js';
import { postToResponseUrl } from './respond.js';

/** What the Slack adapter is given: it answers through `answer` and knows nothing of search. */
export interface SlackAdapterOptions {
  config: SlackConfig;
  /** Answers (and records) a question; may run commands such as `digest subscribe`. */
  answer: (question: string, asker: Asker) => Answer | Promise<Answer>;
  /** Records 👍 / 👎 and "what was wrong" on an answer. */
  feedback?: GiveFeedback;
  /** What the App Home tab shows: how to ask, and the documents answered from. */
  welcome?: () => Welcome | Promise<Welcome>;
  /** Adds "what was wrong" to the person's last verdict. */
  comment?: (platform: 'slack', userId: string, query: string, comment: string) => Promise<void>;
  /** True the first time an event id is seen (kept in the store across restarts). */
  claimEvent: (id: string) => Promise<boolean>;
  /** Where requests wait between acknowledgement and answer, so a restart answers what a crash left. */
  held?: HeldRequests;
  /** How old a held request must be before this process answers it for another (tests shorten it). */
  inFlightMs?: number;
  /** True the first time a request signature is seen: a replayed request is refused (checked only once it verifies). */
  claimSignature?: (signature: string) => Promise<boolean>;
  log: Logger;
  /** The shared HTTP app to mount `/slack/events` on (HTTP mode). */
  http?: Application;
}

/** A running Slack adapter. */
export interface SlackAdapter {
  /** The Bolt app (tests reach its client). */
  app: InstanceType<typeof App>;
  /** Posts the weekly digest to a subscribed channel. */
  postDigest: DigestPoster;
  /** Tells the person who subscribed a channel, in a direct message, that its post failed. */
  tellDigestFailed: DigestFailureNotice;
  /** Whether Slack has accepted the bot's token (auth.test answered): until then it cannot answer. */
  ready(): boolean;
  stop(): Promise<void>;
}

/** How long between tries to reach Slack's Web API while it has not yet answered. */
const READY_RETRY_MS = 5_000;

/** What a person sees when something fails after Slack was told we had it. */
export const SORRY = 'Sorry, something went wrong looking that up — the team has been told.';
/** Said when a channel asks for the digest but the bot cannot post there. */
export const CANNOT_POST = 'I can’t post in this channel yet, so I haven’t subscribed it. Add me first (type /invite @Standing Together here), then run /standing-together digest subscribe again.';
/** The message shortcut's callback id (manifest.json: features.shortcuts). */
export const ASK_ABOUT_MESSAGE = 'ask_about_message';
/** Said when the message a shortcut was used on has no text (a file or an image alone). */
export const NOTHING_TO_ASK = 'That message has no text for me to look up. Try /standing-together followed by your question.';
/** The most of a message a shortcut asks about: a long post is cut, not refused. */
const MAX_SHORTCUT_CHARS = 500;
/** Said to the sharer when Slack refused the shared copy (the button's response_url lasts 30 minutes). */
export const SHARE_FAILED = 'Sorry, that answer could not be shared here (a share button works for 30 minutes) — ask again and share the new answer.';

/**
 * Serves Slack: the `/standing-together` slash command (acknowledged at once, answered through
 * `response_url` as an ephemeral message with a share button), mentions (answered in their
 * thread) and direct messages. HTTP mode mounts on the shared server; with an app-level token it
 * uses Socket Mode instead. Each event id is answered once, even across restarts.
 */
export async function startSlack(options: SlackAdapterOptions): Promise<SlackAdapter> {
  const { config, log } = options;
  const logger = boltLogger(log);
  // Checked before Bolt, which trusts a timestamp from the future and would let a replay through.
  if (options.http && !config.appToken) {
    options.http.use('/slack/events', ...slackRequestGuard({ signingSecret: config.signingSecret, claimSignature: options.claimSignature, log }));
  }
  const clientOptions = config.apiUrl ? { slackApiUrl: config.apiUrl } : undefined;
  const app = config.appToken
    ? new App({ token: config.botToken, appToken: config.appToken, socketMode: true, logger, clientOptions })
    : new App({
        token: config.botToken,
        logger,
        clientOptions,
        receiver: new ExpressReceiver({
          signingSecret: config.signingSecret,
          app: options.http,
          endpoints: '/slack/events',
          processBeforeResponse: false,
          logger,
        }),
      });

  const answerSafely = async (question: string, asker: Asker, requestLog: Logger): Promise<Answer | undefined> => {
    try {
      return await options.answer(question, asker);
    } catch (error) {
      requestLog.error({ err: error }, 'answering failed');
      return undefined;
    }
  };

  /**
   * Before a channel subscribes to the digest: whether the bot can post there. It joins a public
   * channel it is not in; for a private one it cannot see, the person is told how to add it, and
   * nothing is subscribed (the first Monday's post would fail with no one to hear it).
   */
  const cannotPostIn = async (channel: string, requestLog: Logger): Promise<string | undefined> => {
    try {
      const found = (await app.client.conversations.info({ channel })).channel;
      if (!found || found.is_member !== false) return undefined;
      if (found.is_private) return CANNOT_POST;
      await app.client.conversations.join({ channel });
      requestLog.info({ channel }, 'joined the channel to post its digest');
      return undefined;
    } catch (error) {
      const code = (error as { data?: { error?: string } }).data?.error;
      // A private channel the bot is not in is one it cannot see.
      if (code === 'channel_not_found') return CANNOT_POST;
      // An app installed before it had the scopes to look: subscribe as before.
      requestLog.warn({ err: error, channel }, 'could not check the bot can post in the channel; subscribing anyway');
      return undefined;
    }
  };

  /** Answers one request and posts the answer where it belongs; the held copy is then released. */
  const deliver = async (id: string, request: HeldSlackRequest, requestLog: Logger): Promise<void> => {
    if (request.kind === 'command' && /^digest subscribe$/i.test(request.question.trim()) && request.channelId && !request.channelId.startsWith('D')) {
      const problem = await cannotPostIn(request.channelId, requestLog);
      if (problem) {
        await postToResponseUrl(request.responseUrl!, { response_type: 'ephemeral', text: problem }).catch((error: unknown) => requestLog.error({ err: error }, 'could not post to response_url'));
        await options.held?.release(id).catch((error: unknown) => requestLog.error({ err: error }, 'could not release a held request'));
        return;
      }
    }
    const answer = await answerSafely(request.question, { platform: 'slack', userId: request.userId, channelKind: request.kind === 'dm' ? 'im' : request.kind, channelId: request.channelId }, requestLog);
    try {
      if (request.kind === 'command') {
        await postToResponseUrl(request.responseUrl!, answer ? { response_type: 'ephemeral', ...render(answer, true) } : { response_type: 'ephemeral', text: SORRY });
      } else {
        await app.client.chat.postMessage({ channel: request.channelId, ...(request.threadTs ? { thread_ts: request.threadTs } : {}), ...(answer ? render(answer) : { text: SORRY }) });
      }
      requestLog.info({ status: answer?.status }, `${request.kind === 'dm' ? 'direct message' : request.kind} answered`);
    } catch (error) {
      requestLog.error({ err: error }, request.kind === 'command' ? 'could not post the answer to response_url' : 'could not post the answer');
    }
    await options.held?.release(id).catch((error: unknown) => requestLog.error({ err: error }, 'could not release a held request'));
  };
  const hold = (id: string, request: HeldSlackRequest, requestLog: Logger) =>
    options.held?.hold(id, request).catch((error: unknown) => requestLog.error({ err: error }, 'could not hold the request; answering it anyway'));

  app.command('/standing-together', async ({ ack, command }) => {
    const id = `command:${command.trigger_id ?? randomUUID()}`;
    const requestLog = log.child({ requestId: randomUUID(), platform: 'slack', kind: 'command', user: command.user_id });
    // A command whose body has no text field (never from Slack, but signed) is read as empty: help.
    const request: HeldSlackRequest = { kind: 'command', question: parseSlackText(typeof command.text === 'string' ? command.text : ''), userId: command.user_id, channelId: command.channel_id, responseUrl: command.response_url };
    // Kept before Slack is told we have it: a crash after the ack is answered on the next start.
    await hold(id, request, requestLog);
    await ack(); // Before any search: Slack gives a slash command three seconds.
    await yieldToOtherRequests();
    await deliver(id, request, requestLog);
  });

  // "Ask Standing Together about this" on a message: the message's text is the question, and the
  // answer goes only to the person who asked, through the shortcut's response_url, which works
  // in any conversation (the bot need not be a member). Held and answered like a slash command.
  app.shortcut(ASK_ABOUT_MESSAGE, async ({ ack, shortcut }) => {
    await ack();
    if (shortcut.type !== 'message_action') return;
    const requestLog = log.child({ requestId: randomUUID(), platform: 'slack', kind: 'shortcut', user: shortcut.user.id });
    const raw = typeof shortcut.message.text === 'string' ? shortcut.message.text : '';
    const text = parseSlackText(raw).slice(0, MAX_SHORTCUT_CHARS).trim();
    // A file, an image or a bare mention holds nothing to look up (and is not a request for help).
    if (text === 'help' && !/\bhelp\b/i.test(raw)) {
      await postToResponseUrl(shortcut.response_url, { response_type: 'ephemeral', text: NOTHING_TO_ASK }).catch((error: unknown) => requestLog.error({ err: error }, 'could not post to response_url'));
      return;
    }
    const id = `shortcut:${shortcut.trigger_id}`;
    const request: HeldSlackRequest = { kind: 'command', question: text, userId: shortcut.user.id, channelId: shortcut.channel.id, responseUrl: shortcut.response_url };
    await hold(id, request, requestLog);
    await yieldToOtherRequests();
    await deliver(id, request, requestLog);
  });

  // Shared through the button's response_url, as Slack intends: it posts where the command was
  // used (private channels and DMs included) without the bot being a member or needing a scope.
  app.action(SHARE_ACTION, async ({ ack, body, action, respond }) => {
    await ack();
    const requestLog = log.child({ requestId: randomUUID(), platform: 'slack', kind: 'share', user: body.user.id });
    const question = 'value' in action && typeof action.value === 'string' ? action.value : '';
    const channel = 'channel' in body && body.channel ? body.channel.id : undefined;
    const answer = await answerSafely(question, { platform: 'slack', userId: body.user.id, channelKind: 'share', channelId: channel }, requestLog);
    try {
      if (!answer) throw new Error('no answer');
      await respond({ response_type: 'in_channel', replace_original: false, ...renderSlack(answer, { sharedBy: body.user.id }) });
      // The ephemeral original, with its buttons, has done its work.
      await respond({ delete_original: true });
      requestLog.info('answer shared');
    } catch (error) {
      requestLog.error({ err: error }, 'share failed');
      await respond({ response_type: 'ephemeral', replace_original: false, text: SHARE_FAILED }).catch(() => undefined);
    }
  });

  for (const [actionId, verdict] of [[FEEDBACK_UP, 'up'], [FEEDBACK_DOWN, 'down']] as const) {
    app.action(actionId, async ({ ack, body, action, client, respond }) => {
      await ack();
      const query = 'value' in action && typeof action.value === 'string' ? action.value : '';
      const requestLog = log.child({ requestId: randomUUID(), platform: 'slack', kind: 'feedback', user: body.user.id });
      try {
        // Asking what was wrong comes first: the trigger for the modal lives three seconds.
        if (verdict === 'down' && 'trigger_id' in body) await client.views.open({ trigger_id: body.trigger_id, view: feedbackModal(query) });
        await options.feedback?.({ platform: 'slack', userId: body.user.id, query, verdict });
        // The answer itself says the vote was taken, and offers no second one. Where Slack sends
        // no copy of the message voted on, a short ephemeral line says it instead.
        const shown = 'message' in body && body.message?.blocks ? { text: String(body.message.text ?? ''), blocks: body.message.blocks as Block[] } : undefined;
        if (shown) await respond({ replace_original: true, ...afterVote(shown) });
        else await respond({ response_type: 'ephemeral', replace_original: false, text: VOTED });
        requestLog.info({ verdict }, 'feedback recorded');
      } catch (error) {
        requestLog.error({ err: error }, 'feedback failed');
      }
    });
  }

  app.view(FEEDBACK_VIEW, async ({ ack, body, view }) => {
    await ack();
    const text = Object.values(view.state.values).flatMap((block) => Object.values(block)).map((input) => input.value ?? '').join(' ').trim();
    if (text) await options.comment?.('slack', body.user.id, view.private_metadata, text).catch((error: unknown) => log.error({ err: error }, 'feedback comment failed'));
  });

  // Opening the app's Home tab shows how to ask and what the bot answers from.
  app.event('app_home_opened', async ({ event, client }) => {
    if (event.tab !== 'home' || !options.welcome) return;
    try {
      await client.views.publish({ user_id: event.user, view: renderSlackHome(await options.welcome()) });
    } catch (error) {
      log.error({ err: error, user: event.user }, 'could not publish the Home tab');
    }
  });

  app.event('app_mention', async ({ event, body }) => {
    if (event.bot_id || !(await options.claimEvent(body.event_id))) return;
    await yieldToOtherRequests();
    const requestLog = log.child({ requestId: randomUUID(), platform: 'slack', kind: 'mention', user: event.user, eventId: body.event_id });
    const request: HeldSlackRequest = { kind: 'mention', question: parseSlackText(event.text ?? ''), userId: event.user ?? '', channelId: event.channel, threadTs: event.thread_ts ?? event.ts };
    await hold(`event:${body.event_id}`, request, requestLog);
    await deliver(`event:${body.event_id}`, request, requestLog);
  });

  app.message(async ({ message, body }) => {
    // Direct messages only; never other bots, edits or the bot's own posts.
    if (message.channel_type !== 'im' || message.subtype !== undefined || 'bot_id' in message) return;
    if (!(await options.claimEvent((body as { event_id: string }).event_id))) return;
    const eventId = (body as { event_id: string }).event_id;
    const requestLog = log.child({ requestId: randomUUID(), platform: 'slack', kind: 'dm', user: message.user });
    const request: HeldSlackRequest = { kind: 'dm', question: parseSlackText(message.text ?? ''), userId: message.user, channelId: message.channel };
    await hold(`event:${eventId}`, request, requestLog);
    await deliver(`event:${eventId}`, request, requestLog);
  });

  app.error(async (error) => {
    log.error({ err: error, platform: 'slack' }, 'slack handler failed');
  });

  if (config.appToken) await app.start();
  log.info({ mode: config.appToken ? 'socket' : 'http' }, 'slack adapter started');
  // Ready once Slack accepts the token: until then no answer can be posted, and a load balancer
  // reading /readyz should send Slack's requests to a replica that can.
  let ready = false;
  let stopped = false;
  let retry: NodeJS.Timeout | undefined;
  const checkToken = async () => {
    try {
      await app.client.auth.test({ token: config.botToken });
      ready = true;
      log.info('slack adapter ready: Slack accepted the bot token');
    } catch (error) {
      log.warn({ err: error }, `slack is not reachable or refused the bot token; trying again in ${READY_RETRY_MS / 1000} s`);
      if (!stopped) retry = setTimeout(() => void checkToken(), READY_RETRY_MS).unref();
    }
  };
  void checkToken();
  // What a process killed after acknowledging left unanswered, while it can still be answered:
  // looked for at start and every minute, leaving alone what a live replica may still be answering.
  const stopRecovery = options.held
    ? await recoverHeldRequests({
        held: options.held,
        answerableMs: ANSWERABLE_FOR_MS,
        inFlightMs: options.inFlightMs,
        read: (body) => {
          const request = asHeldSlackRequest(body);
          return request && { request };
        },
        deliver: (id, request, recovered) => {
          const r = request as HeldSlackRequest;
          return deliver(id, r, recovered.child({ requestId: randomUUID(), platform: 'slack', kind: r.kind, user: r.userId }));
        },
        log,
      })
    : undefined;
  return {
    app,
    postDigest: async (sub, digest) => {
      await app.client.chat.postMessage({ channel: sub.channelId, ...renderDigestSlack(digest) });
    },
    tellDigestFailed: async (sub, week, error) => {
      // Posted to the person's id: Slack puts it in their direct messages with the bot.
      await app.client.chat.postMessage({ channel: sub.subscribedBy!, text: digestFailedText(sub.channelId, week, error) });
    },
    ready: () => ready,
    stop: async () => {
      stopped = true;
      clearTimeout(retry);
      stopRecovery?.();
      if (config.appToken) await app.stop();
    },
  };
}

/**
 * What the subscriber is told when a week's digest could not be posted: where, and what to do
 * about the usual reasons (the bot removed from the channel, the channel archived).
 */
export function digestFailedText(channelId: string, week: string, error: string): string {
  const removed = /not_in_channel|channel_not_found/.test(error);
  const archived = /is_archived/.test(error);
  const fix = removed
    ? 'I’m no longer in that channel: /invite @Standing Together there and it will get next week’s.'
    : archived
      ? 'That channel is archived: run /standing-together digest subscribe in the channel that should get it now.'
      : 'I’ll try again next Monday; if it keeps failing, ask whoever runs the bot to look at its log.';
  return `I couldn’t post the weekly digest (week ${week}) in <#${channelId}>. Slack said: ${error.replace(/[<>&]/g, '')}. ${fix}`;
}

/** An answer as Slack shows it: a digest preview with the digest renderer, the rest as answers. */
function render(answer: Answer, shareable = false) {
  if (answer.digest) return renderDigestSlack(answer.digest);
  const isAnswer = answer.intent !== 'command' && answer.intent !== 'help';
  return renderSlack(answer, { shareable: shareable && isAnswer, feedback: isAnswer });
}

const FEEDBACK_VIEW = 'feedback_comment';

/** The modal that asks what was wrong with an answer (optional). */
function feedbackModal(query: string) {
  return {
    type: 'modal' as const,
    callback_id: FEEDBACK_VIEW,
    private_metadata: query.slice(0, 3000),
    title: { type: 'plain_text' as const, text: 'What was wrong?' },
    submit: { type: 'plain_text' as const, text: 'Send' },
    close: { type: 'plain_text' as const, text: 'Skip' },
    blocks: [
      {
        type: 'input',
        block_id: 'comment',
        optional: true,
        label: { type: 'plain_text', text: `About "${query.slice(0, 120)}"` },
        element: { type: 'plain_text_input', action_id: 'text', multiline: true },
      },
    ],
  };
}

/**
 * Lets requests already waiting be acknowledged before this one's answer is worked out: the
 * search is CPU work, and a burst of commands should all get their acks first.
 */
function yieldToOtherRequests(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

/** Bolt's logger interface over pino, so Slack's own lines are JSON on stderr like ours. */
function boltLogger(log: Logger): BoltLogger {
  const child = log.child({ component: 'bolt' });
  let level = LogLevel.INFO;
  return {
    debug: (...msg: unknown[]) => child.debug(msg.map(String).join(' ')),
    info: (...msg: unknown[]) => child.info(msg.map(String).join(' ')),
    warn: (...msg: unknown[]) => child.warn(msg.map(String).join(' ')),
    error: (...msg: unknown[]) => child.error(msg.map(String).join(' ')),
    setLevel: (l) => {
      level = l;
    },
    getLevel: () => level,
    setName: () => undefined,
  };
}
