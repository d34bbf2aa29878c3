/**
 * `npm run soak`: the real bot, on loopback, under signed Slack slash commands and events and
 * Teams activities — half at a steady rate, half in bursts of 50 sent at once — while a fake Slack API, response_url and Bot
 * Framework connector answer, some of them with 429 and 500 (with `--crash`, the bot is killed with
 * SIGKILL halfway through the bursts and started again on the same store). Reports what was sent,
 * acknowledged, answered, duplicated and lost, ack latency p50/p99 and the bot's memory at start
 * and end. `--short` is the CI run. Traffic goes only to 127.0.0.1 and stops by itself.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createHmac } from 'node:crypto';
import { mkdtempSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Command } from 'commander';
import { latency } from '../bench/stats.js';
import { readBody } from '../test/fakes/read-body.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const opts = new Command('soak')
  .option('--short', 'a short run (CI)')
  .option('--crash', 'kill the bot with SIGKILL halfway through the bursts and start it again on the same store')
  .option('--requests <n>', 'requests to send', '3000')
  .option('--concurrency <n>', 'requests sent at once in each burst', '50')
  .option('--rate <n>', 'requests a second in the steady half', '100')
  .parse()
  .opts<{ short?: boolean; crash?: boolean; requests: string; concurrency: string; rate: string }>();
const TOTAL = opts.short ? 300 : Number(opts.requests);
const CONCURRENCY = Number(opts.concurrency);
const RATE = Number(opts.rate);
const SECRET = 'soak-signing-secret';
const QUESTIONS = ['CSTR 2023/24', 'youth reoffending rate', 'Challenger disruptions', "quote women's centres", 'what is MATAC', 'police precept increase 2024/25'];

let faults = 0;
/** Every 20th call to a fake fails once: 429 with Retry-After, or a 500. */
const fault = () => (++faults % 20 === 0 ? (faults % 40 === 0 ? 500 : 429) : 0);

function fake(handler: (url: string, body: string) => void, faulty: boolean): Promise<{ server: Server; url: string }> {
  const server = createServer((req, res) => {
    void readBody(req).then((body) => {
      const status = faulty ? fault() : 0;
      if (status) {
        res.writeHead(status, status === 429 ? { 'retry-after': '1' } : {});
        res.end();
        return;
      }
      handler(req.url ?? '', body);
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify({ ok: true, ts: '1.1', id: 'r', user_id: 'UBOT', bot_id: 'BBOT', team_id: 'T1' }));
    });
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve({ server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` })));
}

const answered = new Map<string, number>();
const count = (id: string) => answered.set(id, (answered.get(id) ?? 0) + 1);
const slackApi = await fake((url, body) => {
  if (url.includes('chat.postMessage')) count(`event:${/thread_ts=([^&]+)/.exec(body)?.[1] ?? /"thread_ts":"([^"]+)"/.exec(body)?.[1]}`);
}, true);
const responses = await fake((url) => count(`command:${url.split('/').pop()}`), true);
const connector = await fake((url) => {
  const m = /conversations\/([^/]+)\/activities/.exec(url);
  if (m) count(`teams:${decodeURIComponent(m[1]!)}`);
}, false);

/** A port nothing listens on now: one the kernel hands out, then let go (a random pick could land on one in use). */
const port = await new Promise<number>((resolve) => {
  const probe = createServer().listen(0, '127.0.0.1', () => {
    const { port: free } = probe.address() as AddressInfo;
    probe.close(() => resolve(free));
  });
});
/** The bot's store, kept across the crash: what it acknowledged and held must survive a kill -9. */
const dbPath = path.join(mkdtempSync(path.join(tmpdir(), 'st-soak-')), 'db.sqlite');
let botErrors = 0;
/** The bot's last lines on stderr: printed if it never becomes ready, so a failed run says why. */
const stderrTail: string[] = [];
let botExit: string | undefined;

/** Starts the bot on the port and store, counting the errors it logs. */
function startBot(): ChildProcess {
  botExit = undefined;
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(root, 'bot', 'index.ts')], {
    cwd: root,
    env: {
      ...process.env,
      PORT: String(port),
      SLACK_BOT_TOKEN: 'xoxb-soak',
      SLACK_SIGNING_SECRET: SECRET,
      SLACK_API_URL: `${slackApi.url}/api/`,
      TEAMS_ENABLED: 'true',
      RATE_LIMIT_PER_MINUTE: '100000',
      DB_PATH: dbPath,
      // One process: what it held when killed is its own, answered soon after it is back.
      ...(opts.crash ? { HELD_REQUEST_GRACE_SECONDS: '20' } : {}),
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  child.stderr!.on('data', (c) => {
    botErrors += (String(c).match(/"level":50/g) ?? []).length;
    stderrTail.push(...String(c).split('\n').filter(Boolean));
    stderrTail.splice(0, Math.max(0, stderrTail.length - 20));
  });
  child.on('exit', (code, signal) => (botExit = `exited (code ${code}, signal ${signal})`));
  return child;
}

const base = `http://127.0.0.1:${port}`;
/** Waits until the bot answers /readyz (or gives up, printing why). */
async function untilReady(child: ChildProcess): Promise<void> {
  // Ready once data/ is ingested into the store and the fake Slack API has accepted the token:
  // about 10 s here; two minutes leaves room for a slow machine.
  for (const startedAt = Date.now(); ; ) {
    if (await fetch(`${base}/readyz`).then((r) => r.ok).catch(() => false)) return;
    if (botExit || Date.now() - startedAt > 120_000) {
      console.error(`soak: the bot ${botExit ?? 'was not ready after 120 s'}; its last lines on stderr:\n${stderrTail.join('\n')}`);
      child.kill('SIGKILL');
      process.exit(1);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
}

const spawnedAt = performance.now();
let bot = startBot();
const rss = () => Math.round(Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${bot.pid}/status`, 'utf8'))?.[1] ?? 0) / 1024);
await untilReady(bot);
console.error(`soak: bot ready in ${((performance.now() - spawnedAt) / 1000).toFixed(1)} s`);
const rssStart = rss();

const sign = (body: string) => {
  const ts = Math.floor(Date.now() / 1000);
  return { 'x-slack-request-timestamp': String(ts), 'x-slack-signature': `v0=${createHmac('sha256', SECRET).update(`v0:${ts}:${body}`).digest('hex')}` };
};

interface Job {
  id: string;
  url: string;
  init: RequestInit;
  /** An attack that must be refused and never answered: forged, from the future, or replayed. */
  hostile?: boolean;
  /** Sent once this one is acknowledged: a replay can only follow what it replays. */
  after?: Job[];
}

/** A slash command's form body, answered at `/response/<at>`. */
const commandBody = (q: string, i: number, at: string | number) =>
  new URLSearchParams({ command: '/standing-together', text: q, user_id: `U${i % 97}`, channel_id: 'C1', team_id: 'T1', response_url: `${responses.url}/response/${at}`, trigger_id: `t${at}` }).toString();
const FORM = 'application/x-www-form-urlencoded';

/**
 * Every tenth slash command is followed, once acknowledged, by three attacks: a forged one with an
 * 8 KB signature, one correctly signed an hour ahead of the clock, and the command itself replayed
 * with a retry header.
 */
function attacks(q: string, i: number, original: RequestInit): Job[] {
  const forged = commandBody(q, i, `forged-${i}`);
  const future = commandBody(q, i, `future-${i}`);
  const ts = Math.floor(Date.now() / 1000) + 3600;
  return [
    { id: `command:forged-${i}`, url: '/slack/events', hostile: true, init: { method: 'POST', headers: { 'content-type': FORM, 'x-slack-request-timestamp': String(ts - 3600), 'x-slack-signature': `v0=${'f'.repeat(8192)}` }, body: forged } },
    { id: `command:future-${i}`, url: '/slack/events', hostile: true, init: { method: 'POST', headers: { 'content-type': FORM, 'x-slack-request-timestamp': String(ts), 'x-slack-signature': `v0=${createHmac('sha256', SECRET).update(`v0:${ts}:${future}`).digest('hex')}` }, body: future } },
    { id: `command:${i}`, url: '/slack/events', hostile: true, init: { ...original, headers: { ...(original.headers as Record<string, string>), 'x-slack-retry-num': '1' } } },
  ];
}

/** One request of the mix: a slash command, a mention (some sent again as Slack retries) or a Teams message. */
function request(i: number): Job[] {
  const q = QUESTIONS[i % QUESTIONS.length]!;
  if (i % 5 < 3) {
    const body = commandBody(q, i, i);
    const init: RequestInit = { method: 'POST', headers: { 'content-type': FORM, ...sign(body) }, body };
    return [{ id: `command:${i}`, url: '/slack/events', init, after: i % 10 === 0 ? attacks(q, i, init) : undefined }];
  }
  if (i % 5 === 3) {
    const body = JSON.stringify({ type: 'event_callback', team_id: 'T1', api_app_id: 'A1', event_id: `Ev${i}`, event_time: 1, event: { type: 'app_mention', text: `<@UBOT> ${q}`, user: `U${i % 97}`, channel: 'C2', ts: `${i}.1` } });
    const first = { id: `event:${i}.1`, url: '/slack/events', init: { method: 'POST', headers: { 'content-type': 'application/json', ...sign(body) }, body } as RequestInit };
    // Every third mention is delivered again, as Slack retries: it must be answered once.
    return i % 3 === 0 ? [first, { ...first, init: { ...first.init, headers: { ...(first.init.headers as Record<string, string>), 'x-slack-retry-num': '1' } } }] : [first];
  }
  const activity = { type: 'message', id: `a${i}`, text: q, channelId: 'msteams', serviceUrl: connector.url, from: { id: `u${i % 97}` }, recipient: { id: '28:bot' }, conversation: { id: `c${i}`, conversationType: 'personal' } };
  return [{ id: `teams:c${i}`, url: '/api/messages', init: { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(activity) } }];
}

const acks: number[] = [];
const acksBy: Record<string, number[]> = { slack: [], teams: [], steady: [], burst: [] };
const expected = new Set<string>();
let sent = 0;
let acknowledged = 0;
let hostileSent = 0;
let hostileAccepted = 0;
const queue = Array.from({ length: TOTAL }, (_, i) => request(i)).flat();
const steadyCount = Math.floor(queue.length / 2);

/** Sends one request and records how long its acknowledgement took. */
async function send(job: Job, phase: 'steady' | 'burst'): Promise<void> {
  if (job.hostile) {
    hostileSent++;
    const res = await fetch(`${base}${job.url}`, job.init).catch(() => undefined);
    if (res?.ok) hostileAccepted++;
    await res?.arrayBuffer().catch(() => undefined);
    return;
  }
  const t = performance.now();
  sent++;
  const res = await fetch(`${base}${job.url}`, job.init).catch(() => undefined);
  const took = performance.now() - t;
  acks.push(took);
  acksBy[job.url === '/api/messages' ? 'teams' : 'slack']!.push(took);
  acksBy[phase]!.push(took);
  if (res?.ok) {
    acknowledged++;
    expected.add(job.id);
  }
  await res?.arrayBuffer().catch(() => undefined);
  await Promise.all((job.after ?? []).map((attack) => send(attack, phase)));
}

const started = performance.now();
// Steady: the first half at a fixed rate, sent on the clock whether or not earlier ones are
// done, as requests from many people arrive.
const steady: Promise<void>[] = [];
for (const [i, job] of queue.splice(0, steadyCount).entries()) {
  const due = started + (i * 1000) / RATE;
  await new Promise((r) => setTimeout(r, Math.max(0, due - performance.now())));
  steady.push(send(job, 'steady'));
}
await Promise.all(steady);
// Bursts: the second half in groups of CONCURRENCY sent at the same instant (a morning rush of
// slash commands), each group after the one before is acknowledged.
// With --crash, halfway through the bursts the bot is killed (kill -9) the moment a burst is acknowledged,
// before it has answered it, and started again on the same store and port: what it acknowledged
// must still be answered, once.
const crashWhenLeft = Math.floor(queue.length / 2);
let crashes = 0;
while (queue.length > 0) {
  await Promise.all(queue.splice(0, CONCURRENCY).map((job) => send(job, 'burst')));
  if (opts.crash && crashes === 0 && queue.length <= crashWhenLeft) {
    crashes++;
    const exited = new Promise((r) => bot.once('exit', r));
    bot.kill('SIGKILL');
    await exited;
    bot = startBot();
    await untilReady(bot);
  }
  await new Promise((r) => setTimeout(r, 50));
}
const sendSeconds = (performance.now() - started) / 1000;

// Answers arrive after the acks (and after any 429 waits): give them time, bounded.
// After a crash, what the dead process held is answered once it is older than the grace.
const answerWaitMs = opts.crash ? 90_000 : 30_000;
for (let waited = 0; waited < answerWaitMs && [...expected].some((id) => !answered.has(id)); waited += 250) await new Promise((r) => setTimeout(r, 250));
const rssEnd = rss();
const lost = [...expected].filter((id) => !answered.has(id));
// A forged or future-dated command answered at its own response_url got through.
const hostileAnswered = [...answered.keys()].filter((id) => /^command:(?:forged|future)-/.test(id)).length;
const duplicated = [...answered].filter(([, n]) => n > 1).map(([id]) => id);
bot.kill('SIGTERM');
for (const f of [slackApi, responses, connector]) f.server.close();

const ack = latency(acks);
const report = {
  requests: sent,
  acknowledged,
  answered: [...expected].filter((id) => answered.has(id)).length,
  duplicated: duplicated.length,
  lost: lost.length,
  ack_p50_ms: Math.round(ack.p50),
  ack_p99_ms: Math.round(ack.p99),
  // Both acknowledge before any search and answer after (Slack via response_url or the Web API,
  // Teams as a reply through the connector).
  slack_ack_p99_ms: Math.round(latency(acksBy.slack!).p99),
  teams_ack_p99_ms: Math.round(latency(acksBy.teams!).p99),
  steady_ack_p99_ms: Math.round(latency(acksBy.steady!).p99),
  burst_ack_p99_ms: Math.round(latency(acksBy.burst!).p99),
  rss_start_mb: rssStart,
  rss_end_mb: rssEnd,
  seconds: Math.round(sendSeconds * 10) / 10,
  bot_errors_logged: botErrors,
  attacks: hostileSent,
  attacks_accepted: hostileAccepted,
  attacks_answered: hostileAnswered,
  crash_restarts: crashes,
};
console.log(Object.entries(report).map(([k, v]) => `${k}=${v}`).join(' '));
if (lost.length > 0 || duplicated.length > 0) {
  console.error(`soak: ${lost.length} lost (${lost.slice(0, 5).join(', ')}), ${duplicated.length} duplicated (${duplicated.slice(0, 5).join(', ')})`);
  process.exitCode = 1;
}
if (hostileAccepted > 0 || hostileAnswered > 0) {
  console.error(`soak: of ${hostileSent} forged, future-dated or replayed requests, ${hostileAccepted} were accepted and ${hostileAnswered} answered`);
  process.exitCode = 1;
}
