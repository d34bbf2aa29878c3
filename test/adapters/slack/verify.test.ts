import { isValidSlackRequest, verifySlackRequest } from '@slack/bolt';
import { describe, expect, it } from 'vitest';
import { sign } from './helpers.js';

/** The worked example in Slack's "Verifying requests from Slack" documentation. */
const example = {
  signingSecret: '8f742231b10e8888abcd99yyyzzz85a5',
  timestamp: 1531420618,
  body:
    'token=xyzz0WbapA4vBCDEFasx0q6G&team_id=T1DC2JH3J&team_domain=testteamnow&channel_id=G8PSS9T3V&channel_name=foobar' +
    '&user_id=U2CERLKJA&user_name=roadrunner&command=%2Fwebhook-collect&text=' +
    '&response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands%2FT1DC2JH3J%2F397700885554%2F96rGlfmibIGlgcZRskXaIFfN' +
    '&trigger_id=398738663015.47445629121.803a0bc887a14d10d2c447fce8b6703c',
  signature: 'v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503',
};

/** Shortly after Slack sent it. */
const soon = example.timestamp * 1000 + 1500;

function request(overrides: { body?: string; signature?: string; timestamp?: number; now?: number } = {}) {
  return {
    signingSecret: example.signingSecret,
    body: overrides.body ?? example.body,
    headers: {
      'x-slack-signature': overrides.signature ?? example.signature,
      'x-slack-request-timestamp': overrides.timestamp ?? example.timestamp,
    },
    nowMilliseconds: overrides.now ?? soon,
  };
}

describe("Slack's documented signing example", () => {
  it('is reproduced exactly by the tests’ sign() helper', () => {
    expect(sign(example.body, example.signingSecret, example.timestamp)).toBe(example.signature);
    expect(sign(example.body, example.signingSecret, String(example.timestamp))).toBe(example.signature);
  });

  it('is accepted by Bolt’s verifier shortly after it was sent', () => {
    expect(isValidSlackRequest(request())).toBe(true);
    expect(() => verifySlackRequest(request())).not.toThrow();
    // Still fresh just inside five minutes.
    expect(isValidSlackRequest(request({ now: (example.timestamp + 299) * 1000 }))).toBe(true);
  });

  it('is rejected when one character of the body changes', () => {
    const changed = example.body.replace('user_name=roadrunner', 'user_name=roadrunnex');
    expect(changed).not.toBe(example.body);
    expect(isValidSlackRequest(request({ body: changed }))).toBe(false);
    expect(() => verifySlackRequest(request({ body: changed }))).toThrow(/signature mismatch/);
    // And the body re-encoded differently (same fields, different bytes) is not the same body.
    expect(isValidSlackRequest(request({ body: example.body.replace('%2Fwebhook-collect', '/webhook-collect') }))).toBe(false);
  });

  it('is rejected with another secret, timestamp or signature version', () => {
    expect(isValidSlackRequest({ ...request(), signingSecret: 'another-secret-entirely' })).toBe(false);
    expect(isValidSlackRequest(request({ timestamp: example.timestamp + 1, now: soon }))).toBe(false);
    expect(isValidSlackRequest(request({ signature: example.signature.replace('v0=', 'v1=') }))).toBe(false);
    expect(isValidSlackRequest(request({ signature: 'v0=' }))).toBe(false);
  });

  it('is rejected as stale more than five minutes later', () => {
    const sixMinutesLater = (example.timestamp + 6 * 60) * 1000;
    expect(isValidSlackRequest(request({ now: sixMinutesLater }))).toBe(false);
    expect(() => verifySlackRequest(request({ now: sixMinutesLater }))).toThrow(/stale/);
  });

  it('agrees with sign() on a body of our own', () => {
    const body = 'command=%2Fstanding-together&text=CSTR+2023%2F24';
    const ts = 1_700_000_000;
    const headers = { 'x-slack-signature': sign(body, 'test-secret', ts), 'x-slack-request-timestamp': ts };
    expect(isValidSlackRequest({ signingSecret: 'test-secret', body, headers, nowMilliseconds: ts * 1000 })).toBe(true);
    expect(isValidSlackRequest({ signingSecret: 'wrong-secret', body, headers, nowMilliseconds: ts * 1000 })).toBe(false);
  });
});
