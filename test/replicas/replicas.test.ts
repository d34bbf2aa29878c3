import { writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { blockText, eventBody, FORM, JSON_TYPE, signatureHeaders, slashCommandBody } from '../adapters/slack/helpers.js';
import { startFakeSlackApi, startResponseUrlReceiver, type FakeSlackApi, type PostedMessage, type ResponseUrlReceiver } from '../fakes/slack-api.js';
import { CANNOT_CLAIM } from '../../adapters/slack/request-guard.js';
import { STORE_AWAY } from '../../bot/ask.js';
import { startThrowawayPostgres } from '../../scripts/throwaway-postgres.js';
import { freshDatabase } from '../helpers/postgres.js';
import { Cluster, digestRuns, eventually, sleep, subscribeToDigest, type Replica, type ReplicaOptions } from './cluster.js';

/**
 * Three real bot processes over one PostgreSQL database, as a deployment runs them behind a
 * load balancer: what one replica does must not be done again by another (a retried event, a
 * digest post), what one leaves half-done must be finished by another, and new knowledge
 * published anywhere must reach all of them.
 */

/** A digest every two seconds (croner's six-field form, with seconds). */
const EVERY_TWO_SECONDS = '*/2 * * * * *';
const CRON_PERIOD_MS = 2000;
const TEST_MS = 120_000;
/** How soon after a replica dies between claim and post another must have posted for it. */
const COVER_MS = 20_000;

/** What the bot names a replica in its digest claims. */
const workerOf = (r: Replica) => `${hostname()}:${r.pid}`;

const postsTo = (calls: PostedMessage[], channel: string) => calls.filter((c) => c.channel === channel);

/** A message's text and blocks as one string, for "does it say X" checks. */
const messageText = (m: Record<string, unknown>) => `${typeof m.text === 'string' ? m.text : ''}\n${blockText(m.blocks)}`;

/** A document none of the shipped ones has, and the question only it answers (with 640). */
const DIVERSION = 'Youth diversion\n\nIn 2024/25, 640 young people were diverted from court through the Youth Diversion Scheme.\n';
const DIVERSION_QUESTION = 'how many young people were diverted from court in 2024/25?';

describe('the bot as three replicas on one PostgreSQL database', () => {
  let api: FakeSlackApi;
  let responses: ResponseUrlReceiver;
  let cluster: Cluster;

  beforeAll(async () => {
    api = await startFakeSlackApi();
    responses = await startResponseUrlReceiver();
  });

  afterAll(async () => {
    await api?.close();
    await responses?.close();
  });

  beforeEach(() => {
    cluster = new Cluster();
  });

  afterEach(async (context) => {
    if (context.task.result?.state === 'fail') {
      process.stderr.write(`\n===== replica logs for "${context.task.name}" =====\n${cluster.report()}\n===== end of replica logs =====\n`);
    }
    await cluster.cleanup();
    // The next test starts from a fake that has seen nothing and answers at once.
    api.hold = false;
    api.calls.length = 0;
    api.requests.length = 0;
    api.held.length = 0;
    responses.posts.length = 0;
  });

  /** Options for replica `name` on `databaseUrl`, talking to the shared fake Web API. */
  const replica = (name: string, databaseUrl: string, env: Record<string, string> = {}): ReplicaOptions => ({ name, databaseUrl, slackApiUrl: api.url, env });

  let sent = 0;
  /** Asks `r` the diversion question by signed slash command; resolves with the answer's text and when it arrived. */
  const ask = async (r: Replica): Promise<{ text: string; at: number }> => {
    const id = `${r.name}-${++sent}`;
    // A new person each time: the shared rate limit is not what is being tested.
    const body = slashCommandBody(DIVERSION_QUESTION, responses.urlFor(id), { user_id: `U${id}` });
    const res = await fetch(r.events, { method: 'POST', headers: { 'content-type': FORM, ...signatureHeaders(body) }, body });
    expect(res.status).toBe(200);
    const post = await eventually(() => responses.posts.find((p) => p.id === id), 10_000, `the answer to command ${id}`, 20);
    return { text: messageText(post.body), at: post.receivedAt ?? Date.now() };
  };

  /**
   * Asks `r` again and again until it answers with 640; resolves with the milliseconds from
   * `since` to that answer, or Infinity once 15 s have passed since `since` without it.
   */
  const untilItKnows640 = async (r: Replica, since: number): Promise<number> => {
    for (;;) {
      const answer = await ask(r);
      if (answer.text.includes('640')) return answer.at - since;
      if (Date.now() - since > 15_000) return Infinity;
      await sleep(100);
    }
  };

  /** `standing-together ingest` of a copy of the shipped data with diversion.txt added, into `url`. */
  const ingestDiversion = async (url: string) => {
    const dir = cluster.dataDir();
    writeFileSync(path.join(dir, 'documents', 'diversion.txt'), DIVERSION);
    const ingest = await cluster.runCli(['ingest', dir], { DATABASE_URL: url });
    expect(ingest.code, ingest.output).toBe(0);
    expect(ingest.output).toContain('1 added');
    return ingest;
  };

  it(
    'a Slack event retried to another replica is answered once',
    async () => {
      const url = await freshDatabase();
      const [r1, r2] = await cluster.startAll([replica('1', url), replica('2', url), replica('3', url)]);

      const ts = '1717000000.000100';
      const body = eventBody('Ev0REPLICA1', { type: 'app_mention', user: 'U1', text: '<@UBOT> CSTR 2023/24', ts, channel: 'C9', event_ts: ts });
      const headers = { 'content-type': JSON_TYPE, ...signatureHeaders(body) };
      // The first delivery to replica 1 and, at the same moment, Slack's retry of it (it did
      // not see the ack in time) landing on replica 2.
      const [first, retry] = await Promise.all([
        fetch(r1!.events, { method: 'POST', headers, body }),
        fetch(r2!.events, { method: 'POST', headers: { ...headers, 'x-slack-retry-num': '1', 'x-slack-retry-reason': 'http_timeout' }, body }),
      ]);
      expect(first.status).toBe(200);
      expect(retry.status).toBe(200);

      await api.waitFor(1, 30_000);
      await sleep(3000);
      const answers = postsTo(api.calls, 'C9');
      expect(answers).toHaveLength(1);
      expect(api.calls).toHaveLength(1);
      expect(answers[0]!.thread_ts).toBe(ts);
      expect(messageText(answers[0]!)).not.toContain('something went wrong');
      // Exactly one replica says it answered the mention.
      const answeredBy = cluster.replicas.filter((r) => r.lines().some((l) => l.msg === 'mention answered'));
      expect(answeredBy.map((r) => r.name)).toHaveLength(1);
    },
    TEST_MS,
  );

  it(
    "three replicas' digest schedulers post once per channel",
    async () => {
      const url = await freshDatabase();
      await subscribeToDigest(url, ['C1', 'C2']);
      const replicas = await cluster.startAll(['1', '2', '3'].map((n) => replica(n, url, { DIGEST_CRON: EVERY_TWO_SECONDS })));
      await eventually(() => (postsTo(api.calls, 'C1').length > 0 && postsTo(api.calls, 'C2').length > 0 ? true : undefined), 30_000, 'a digest in C1 and in C2');
      // Every replica's scheduler fires a few more times; none may post again.
      await sleep(4 * CRON_PERIOD_MS);

      expect(postsTo(api.calls, 'C1')).toHaveLength(1);
      expect(postsTo(api.calls, 'C2')).toHaveLength(1);
      expect(api.calls).toHaveLength(2);
      const runs = await digestRuns(url);
      expect(runs.map((r) => [r.channel_id, r.state])).toEqual([
        ['C1', 'sent'],
        ['C2', 'sent'],
      ]);
      const workers = replicas.map(workerOf);
      for (const run of runs) expect(workers).toContain(run.claimed_by);
      // The schedulers really were running all along: each replica fired more than once.
      for (const r of replicas) expect(r.lines().filter((l) => l.msg === 'digest run finished').length).toBeGreaterThan(1);
    },
    TEST_MS,
  );

  it(
    'a replica killed between claim and post is covered by another',
    async () => {
      const url = await freshDatabase();
      await subscribeToDigest(url, ['C1']);
      const env = { DIGEST_CRON: EVERY_TWO_SECONDS, DIGEST_LEASE_SECONDS: '3' };

      // Replica A claims the channel's post, and its chat.postMessage never gets an answer.
      api.hold = true;
      const a = await cluster.start(replica('A', url, env));
      const claim = await eventually(async () => (await digestRuns(url)).find((r) => r.claimed_by === workerOf(a)), 30_000, "A's claim in digest_runs");
      await api.waitForHeld(1, 10_000);
      expect(claim.state).toBe('claimed');
      await a.kill('SIGKILL');
      const killedAt = Date.now();
      expect(api.calls).toHaveLength(0);
      expect((await digestRuns(url))[0]!.state).toBe('claimed');
      api.hold = false;

      // B and C come up (as an orchestrator replaces a dead replica) and one of them posts
      // within 20 s of the kill: start-up, the 3 s lease, a cron period or two.
      const [b, c] = await cluster.startAll([replica('B', url, env), replica('C', url, env)]);
      const readyMs = Date.now() - killedAt;
      await eventually(
        () => (postsTo(api.calls, 'C1').length > 0 ? true : undefined),
        Math.max(0, COVER_MS - readyMs),
        `the digest in C1 posted by B or C within ${COVER_MS} ms of A's kill (B and C were ready ${readyMs} ms after it)`,
      );
      const coveredMs = Date.now() - killedAt;
      // Well past the lease and a few cron periods: nobody posts it again.
      await sleep(3000 + 1000 + 3 * CRON_PERIOD_MS);

      expect(postsTo(api.calls, 'C1')).toHaveLength(1);
      expect(api.calls).toHaveLength(1);
      const [run, ...others] = await digestRuns(url);
      expect(others).toEqual([]);
      expect(run!.state).toBe('sent');
      expect(run!.channel_id).toBe('C1');
      expect([workerOf(b!), workerOf(c!)]).toContain(run!.claimed_by);
      console.log(`digest covered ${coveredMs} ms after replica A was killed; B and C ready after ${readyMs} ms (held posts from A, never answered: ${api.held.length})`);
    },
    TEST_MS,
  );

  // The corpus held in each replica's memory, and (as a large one is) searched in PostgreSQL.
  it.each([
    ['held in memory', {}],
    ['searched in PostgreSQL', { SEARCH_IN_STORE_ABOVE: '0' }],
  ])(
    'a document ingested through one place reaches every replica within 5 s (corpus %s)',
    async (_, env: Record<string, string>) => {
      const url = await freshDatabase();
      const replicas = await cluster.startAll([replica('1', url, env), replica('2', url, env), replica('3', url, env)]);

      // Before the ingest, nobody knows the figure.
      for (const r of replicas) expect((await ask(r)).text).not.toContain('640');

      const ingest = await ingestDiversion(url);

      // Each replica is asked again and again until it answers with the new figure.
      const propagation = await Promise.all(replicas.map((r) => untilItKnows640(r, ingest.exitedAt)));
      const reloads = replicas.map((r) => {
        const line = r.lines().find((l) => l.msg === 'new knowledge loaded without a restart');
        return line ? `${Number(line.time) - ingest.exitedAt}` : 'none';
      });
      console.log(
        `replica propagation ms: ${replicas.map((r, i) => `replica ${r.name} ${propagation[i]}`).join(', ')} ` +
          `(after the ingest exited; knowledge reloaded at ${reloads.join(' / ')} ms)`,
      );
      for (const ms of propagation) expect(ms).toBeLessThanOrEqual(5000);
    },
    TEST_MS,
  );

  it(
    'PostgreSQL stopped and started under load: every command answered once, "try again" while it is down, and the next generation reaches every replica',
    async () => {
      // A server of its own, which this test stops: the shared one serves other test files.
      const server = await startThrowawayPostgres();
      try {
        const url = await freshDatabase(server.url);
        const env = { SEARCH_IN_STORE_ABOVE: '0' };
        const replicas = await cluster.startAll([replica('1', url, env), replica('2', url, env)]);

        // Commands arrive all along, to each replica in turn, while the server stops and starts.
        const sentIds: string[] = [];
        const statuses: number[] = [];
        /** Commands answered in their acknowledgement (told to try again, not acted on). */
        const acknowledged = new Map<string, string>();
        let loading = true;
        const load = (async () => {
          for (let i = 0; loading; i++) {
            const r = replicas[i % replicas.length]!;
            const id = `outage-${i}`;
            const body = slashCommandBody('CSTR 2023/24', responses.urlFor(id), { user_id: `Uoutage${i}` });
            sentIds.push(id);
            const res = await fetch(r.events, { method: 'POST', headers: { 'content-type': FORM, ...signatureHeaders(body) }, body });
            statuses.push(res.status);
            const ack = await res.text();
            if (ack.trim()) acknowledged.set(id, messageText(JSON.parse(ack) as Record<string, unknown>));
            await sleep(150);
          }
        })();
        await sleep(1500);
        await server.pause();
        await sleep(4000);
        await server.restart();
        await sleep(4000);
        loading = false;
        await load;

        const answersTo = (id: string) => [...responses.posts.filter((p) => p.id === id).map((p) => messageText(p.body)), ...(acknowledged.has(id) ? [acknowledged.get(id)!] : [])];
        await eventually(() => (sentIds.every((id) => answersTo(id).length > 0) ? true : undefined), 30_000, 'an answer to every command');
        // Long enough for a second answer to any of them to have come.
        await sleep(3000);
        const answers = sentIds.map(answersTo);
        expect(answers.filter((a) => a.length !== 1)).toEqual([]);
        const texts = answers.map((a) => a[0]!);
        // While the server was down each was told to try again, by the answer or the acknowledgement.
        const away = (t: string) => t.includes(STORE_AWAY) || t.includes(CANNOT_CLAIM);
        expect(texts.some(away)).toBe(true);
        expect(texts.at(0)).toContain('1,362');
        expect(texts.at(-1)).toContain('1,362');
        expect(texts.filter((t) => !t.includes('1,362') && !away(t))).toEqual([]);
        expect(statuses.filter((s) => s !== 200)).toEqual([]);
        for (const r of replicas) expect(r.running(), r.output()).toBe(true);

        // Knowledge published after the outage reaches both: neither is left on a stale generation.
        const ingest = await ingestDiversion(url);
        for (const ms of await Promise.all(replicas.map((r) => untilItKnows640(r, ingest.exitedAt)))) expect(ms).toBeLessThanOrEqual(5000);
      } finally {
        await server.stop();
      }
    },
    TEST_MS,
  );

  it(
    'a replica restarted over its own older data folder keeps the documents ingested since for every replica',
    async () => {
      const url = await freshDatabase();
      const [r1, r2] = await cluster.startAll([replica('1', url), replica('2', url)]);
      const ingest = await ingestDiversion(url);
      expect(await untilItKnows640(r2!, ingest.exitedAt)).toBeLessThan(Infinity);

      // Replica 1 is restarted (a deploy, a moved pod) over the data folder it started with,
      // which has never had diversion.txt.
      await r1!.kill('SIGTERM');
      expect(await r1!.exited).toBe(0);
      const restarted = await cluster.start({ ...replica('1-restarted', url), dataDir: r1!.dataDir });
      // Long enough for replica 2 to have reloaded had the restart published a generation.
      await sleep(1500);

      const answers = { restarted: (await ask(restarted)).text, r2: (await ask(r2!)).text };
      expect(answers.restarted).toContain('640');
      expect(answers.r2).toContain('640');
      expect(restarted.lines().filter((l) => String(l.msg).startsWith('document removed'))).toEqual([]);
      expect(restarted.lines().some((l) => l.msg === 'documents come from the shared database; `standing-together ingest` publishes new ones')).toBe(true);
    },
    TEST_MS,
  );
});
