import { randomUUID } from 'node:crypto';
import teamsAi from '@microsoft/teams-ai';
import botbuilder, { type TurnContext } from 'botbuilder';
import express, { type Application as Http, type NextFunction, type Request, type Response } from 'express';
import type { Answer } from '../../bot/answer.js';
import type { Asker } from '../../bot/ask.js';
import type { GiveFeedback, SentAnswers } from '../../bot/feedback.js';
import type { TeamsConfig } from '../../bot/runtime/config.js';
import type { Logger } from '../../bot/runtime/logger.js';
import type { DigestPoster } from '../../bot/digest/scheduler.js';
import { renderDigestTeams } from './digest-render.js';
import { keepEntityProperties } from './entity-serialization.js';
import { quoteResults, renderTeams, welcomeMessage, type FeedbackSubmit } from './render.js';
import type { Welcome } from '../../bot/welcome.js';
import { TurnRunner } from './turns.js';
import { recoverHeldRequests, type HeldRequests } from '../../bot/runtime/held-requests.js';
import { asHeldTeamsRequest, TEAMS_ANSWERABLE_FOR_MS, type HeldTeamsRequest } from './held-requests.js';

const { Application } = teamsAi;
const { ConfigurationServiceClientCredentialFactory, ActivityTypes } = botbuilder;

/** What the Teams adapter is given: it answers through `answer` and knows nothing of search. */
export interface TeamsAdapterOptions {
  config: TeamsConfig;
  /** Answers (and records) a question; may run commands such as `digest subscribe`. */
  answer: (question: string, asker: Asker) => Answer | Promise<Answer>;
  log: Logger;
  /** Records 👍 / 👎 (with "what was wrong") on an answer. */
  feedback?: GiveFeedback;
  /** Which question each answer sent answered: Teams' feedback names only the message. */
  sentAnswers?: SentAnswers;
  /** What the card sent when the app is added shows: how to ask, and the documents answered from. */
  welcome?: () => Welcome | Promise<Welcome>;
  /** The shared HTTP app to mount `/api/messages` on. */
  http: Http;
  /** Where messages wait between acknowledgement and answer, so a restart answers what a crash left. */
  held?: HeldRequests;
  /** How old a held message must be before this process answers it for another (tests shorten it). */
  inFlightMs?: number;
}

/** A running Teams adapter. */
export interface TeamsAdapter {
  /** Posts the weekly digest to a subscribed channel. */
  postDigest: DigestPoster;
  /** Stops looking for messages a stopped process left unanswered. */
  stop(): void;
}

/** The message extension command that searches for quotes (see appPackage/manifest.json). */
export const FIND_QUOTE_COMMAND = 'findQuote';
const SORRY = 'Sorry, something went wrong looking that up — the team has been told.';
/** Largest activity accepted; anything bigger is refused before it is parsed. */
const BODY_LIMIT = '256kb';

/**
 * Serves Teams on `POST /api/messages` with teams-ai v1: personal chat answers every message;
 * channels and group chats answer only messages that @mention the bot; the "Find a quote"
 * message extension returns verbatim passages as cards. With an app id, requests must carry a
 * valid Bot Framework token (checked by botbuilder); replies go to the activity's serviceUrl.
 */
export async function startTeams(options: TeamsAdapterOptions): Promise<TeamsAdapter> {
  const { config, log } = options;
  keepEntityProperties();
  const adapter = new TurnRunner(
    {},
    new ConfigurationServiceClientCredentialFactory({
      MicrosoftAppId: config.appId,
      MicrosoftAppPassword: config.appPassword,
      MicrosoftAppType: config.appType,
      MicrosoftAppTenantId: config.tenantId,
    }),
  );
  adapter.onTurnError = async (context: TurnContext, error: Error) => {
    log.error({ err: error, platform: 'teams', activityId: context.activity.id }, 'teams turn failed');
    await context.sendActivity(SORRY).catch(() => undefined);
  };
  // No storage: the bot keeps no conversation state, so none piles up per conversation.
  const app = new Application({ adapter, startTypingTimer: false, removeRecipientMention: true });

  // Added to a chat or a team: say how to ask, once, before anyone has to find out.
  app.activity(ActivityTypes.InstallationUpdate, async (context) => {
    const action = String(context.activity.action ?? '');
    if (!options.welcome || (action !== 'add' && action !== 'add-upgrade')) return;
    try {
      await context.sendActivity(welcomeMessage(await options.welcome()) as Partial<botbuilder.Activity>);
    } catch (error) {
      log.error({ err: error, platform: 'teams', conversation: context.activity.conversation?.id }, 'could not send the welcome card');
    }
  });

  // Teams' own 👍/👎 under an answer (feedbackLoopEnabled), with what the person typed in its
  // form: recorded with the question that message answered. teams-ai acknowledges the invoke.
  app.feedbackLoop(async (context, _state, data) => {
    const from = context.activity.from;
    try {
      const query = (data.replyToId && (await options.sentAnswers?.queryOf(data.replyToId))) || '';
      await options.feedback?.({
        platform: 'teams',
        userId: from?.aadObjectId ?? from?.id,
        query,
        verdict: data.actionValue.reaction === 'like' ? 'up' : 'down',
        comment: feedbackText(data.actionValue.feedback),
      });
      log.info({ platform: 'teams', verdict: data.actionValue.reaction, known: query !== '' }, 'feedback recorded');
    } catch (error) {
      log.error({ err: error, platform: 'teams' }, 'feedback failed');
    }
  });

  app.activity(ActivityTypes.Message, async (context) => {
    const activity = context.activity;
    const kind = activity.conversation?.conversationType ?? 'personal';
    const submitted = activity.value as Partial<FeedbackSubmit> | undefined;
    if (submitted?.action === 'feedback' && (submitted.verdict === 'up' || submitted.verdict === 'down')) {
      // A 👍 / 👎 from an answer card (Action.Submit), with the optional comment typed in it.
      await options.feedback?.({
        platform: 'teams',
        userId: activity.from?.aadObjectId ?? activity.from?.id,
        query: String(submitted.query ?? ''),
        verdict: submitted.verdict,
        comment: typeof submitted.comment === 'string' && submitted.comment.trim() ? submitted.comment.trim() : undefined,
      });
      await context.sendActivity('Thanks for the feedback.');
      return;
    }
    const mentioned = (activity.entities ?? []).some((e) => e.type === 'mention' && (e as { mentioned?: { id?: string } }).mentioned?.id === activity.recipient?.id);
    if (kind !== 'personal' && !mentioned) return;
    const reference = botbuilder.TurnContext.getConversationReference(activity);
    const channel = channelOf(activity);
    const request: HeldTeamsRequest = {
      question: questionOf(activity.text ?? ''),
      userId: activity.from?.aadObjectId ?? activity.from?.id,
      channelKind: kind,
      // A channel's threads are one channel: a digest subscribed from any of them is one
      // subscription, posted as a new thread.
      channelId: channel,
      reference,
      replyToId: activity.id,
    };
    const id = `activity:${activity.id ?? randomUUID()}`;
    const requestLog = log.child({ requestId: randomUUID(), platform: 'teams', kind, user: request.userId });
    // Kept before the turn ends (and Teams gets its 200): a crash after that is answered on the next start.
    await options.held?.hold(id, request).catch((error: unknown) => requestLog.error({ err: error }, 'could not hold the message; answering it anyway'));
    // The turn ends at once, so the HTTP request is acknowledged before any searching, as Slack's
    // is; the answer follows as a reply in the same conversation, in its turn.
    void deliver(id, request, requestLog);
  });

  /** Answers a held message, replies in its conversation, and releases the held copy. */
  const deliver = async (id: string, request: HeldTeamsRequest, requestLog: Logger): Promise<void> => {
    let reply: Partial<botbuilder.Activity>;
    let answered: string | undefined;
    try {
      const answer = await options.answer(request.question, {
        platform: 'teams',
        userId: request.userId,
        channelKind: request.channelKind,
        channelId: request.channelId,
        reference: channelReference(request.reference, request.channelId),
      });
      reply = (answer.digest ? renderDigestTeams(answer.digest) : renderTeams(answer)) as Partial<botbuilder.Activity>;
      if (reply.channelData?.feedbackLoopEnabled) answered = answer.query;
      requestLog.info({ status: answer.status }, 'message answered');
    } catch (error) {
      requestLog.error({ err: error }, 'answering failed');
      reply = { type: 'message', text: SORRY };
    }
    let sent: string | undefined;
    try {
      sent = await replyTo(request.reference, request.replyToId, reply);
    } catch (error) {
      requestLog.error({ err: error }, 'could not deliver the answer to Teams');
    }
    // Released the moment the reply is out, before any other write: a process killed between
    // the two would answer it again on restart, so that window is kept as short as it can be.
    await options.held?.release(id).catch((error: unknown) => requestLog.error({ err: error }, 'could not release a held message'));
    if (sent && answered !== undefined) await options.sentAnswers?.remember(sent, answered).catch((error: unknown) => requestLog.error({ err: error }, 'could not keep which question the answer was for'));
  };

  /**
   * Sends `reply` into the conversation of `reference`: as a reply to the message it answers, or
   * (no `replyToId`) as a new post. botbuilder threads a send under the turn's own activity, which
   * in a continued conversation is a made-up event, so that id is set to the one answered.
   */
  const replyTo = async (reference: Partial<botbuilder.ConversationReference>, replyToId: string | undefined, reply: Partial<botbuilder.Activity>) => {
    // A failed send inside a continued conversation goes to onTurnError, which would swallow it
    // (and post an apology where nothing was asked): it is kept here and thrown to the caller,
    // so a digest that never arrived is not counted as sent.
    let failure: unknown;
    let sentId: string | undefined;
    await adapter.continueConversationAsync(config.appId ?? '', reference, async (context) => {
      context.activity.id = replyToId as string;
      try {
        sentId = (await context.sendActivity(reply))?.id;
      } catch (error) {
        failure = error;
      }
    });
    if (failure !== undefined) throw failure;
    return sentId;
  };

  app.messageExtensions.query(FIND_QUOTE_COMMAND, async (_context, _state, query) => {
    const words = String(query.parameters?.query ?? '').trim();
    return quoteResults(await options.answer(words === '' ? 'help' : `quote ${words}`, { platform: 'teams', channelKind: 'message-extension' })) as never;
  });

  options.http.post('/api/messages', express.json({ limit: BODY_LIMIT }), async (req: Request, res: Response) => {
    const body: unknown = req.body;
    if (!body || typeof body !== 'object' || Array.isArray(body) || typeof (body as { type?: unknown }).type !== 'string') {
      res.status(400).json({ error: 'not an activity (no type)' });
      return;
    }
    try {
      const invoke = await adapter.runTurn(req.header('authorization') ?? '', body as Record<string, unknown>, async (context) => {
        await app.run(context);
      });
      res.status(invoke?.status ?? 200);
      if (invoke?.body !== undefined) res.json(invoke.body);
      else res.end();
    } catch (error) {
      // A request without a valid Bot Framework token: refused, logged once, no stack trace.
      const unauthorized = (error as { statusCode?: number }).statusCode === 401 || (error as Error).name === 'AuthenticationError';
      if (unauthorized) log.warn({ platform: 'teams', reason: (error as Error).message }, 'teams request refused: not authenticated');
      else log.error({ err: error, platform: 'teams' }, 'teams turn failed');
      if (!res.headersSent) res.status(unauthorized ? 401 : 500).json({ error: unauthorized ? 'unauthorized' : 'internal error' });
    }
  });
  // Malformed JSON or an oversized body: refuse it, keep serving.
  options.http.use('/api/messages', (error: { status?: number; type?: string }, _req: Request, res: Response, next: NextFunction) => {
    if (res.headersSent) return next(error);
    res.status(error.status === 413 ? 413 : 400).json({ error: error.status === 413 ? 'activity too large' : 'malformed activity JSON' });
  });
  log.info({ authenticated: Boolean(config.appId) }, 'teams adapter ready');
  const stopRecovery = options.held
    ? await recoverHeldRequests({
        held: options.held,
        answerableMs: TEAMS_ANSWERABLE_FOR_MS,
        inFlightMs: options.inFlightMs,
        read: (body) => {
          const request = asHeldTeamsRequest(body);
          return request && { request };
        },
        deliver: (id, request, recovered) => {
          const r = request as HeldTeamsRequest;
          return deliver(id, r, recovered.child({ requestId: randomUUID(), platform: 'teams', kind: r.channelKind, user: r.userId }));
        },
        log,
      })
    : undefined;
  return {
    stop: () => stopRecovery?.(),
    // A proactive post needs the conversation reference stored when the channel subscribed.
    postDigest: async (sub, digest) => {
      if (!sub.reference) throw new Error(`no conversation reference stored for ${sub.channelId}`);
      const reference = sub.reference as Partial<botbuilder.ConversationReference>;
      // A reference stored from a thread before subscriptions were keyed on the channel.
      await replyTo(channelReference(reference, sub.channelId), undefined, renderDigestTeams(digest) as Partial<botbuilder.Activity>);
    },
  };
}

/**
 * The conversation a Teams activity belongs to, as a place to post: for a channel, the channel
 * itself (`channelData.channel.id`, or the conversation id without the thread's
 * `;messageid=…`), not the thread the message was in; otherwise the conversation.
 */
export function channelOf(activity: Partial<botbuilder.Activity>): string | undefined {
  const data = activity.channelData as { channel?: { id?: string } } | undefined;
  return data?.channel?.id ?? withoutThread(activity.conversation?.id);
}

function withoutThread(id: string | undefined): string | undefined {
  return id?.replace(/;messageid=\d+$/, '');
}

/** A reference that posts a new thread in `channel` rather than replying in a thread. */
function channelReference(reference: Partial<botbuilder.ConversationReference>, channel: string | undefined): Partial<botbuilder.ConversationReference> {
  const id = withoutThread(channel ?? reference.conversation?.id);
  if (!reference.conversation || !id) return reference;
  return { ...reference, conversation: { ...reference.conversation, id } };
}

/** The question in a Teams message: mention tags and HTML removed; empty means `help`. */
export function questionOf(text: string): string {
  const question = text
    .replace(/<at>[^<]*<\/at>/gi, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return question === '' ? 'help' : question;
}

/** What the person typed in Teams' feedback form: its default form sends `{"feedbackText": "…"}` as a string. */
function feedbackText(feedback: string | Record<string, unknown>): string | undefined {
  let value: unknown = feedback;
  if (typeof feedback === 'string') {
    try {
      value = JSON.parse(feedback);
    } catch {
      value = feedback;
    }
  }
  const text = typeof value === 'string' ? value : typeof value === 'object' && value !== null ? (value as { feedbackText?: unknown }).feedbackText : undefined;
  return typeof text === 'string' && text.trim() ? text.trim().slice(0, 2000) : undefined;
}
