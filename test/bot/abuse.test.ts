import { monitorEventLoopDelay } from 'node:perf_hooks';
import { describe, expect, it } from 'vitest';
import { handle } from '../../bot/handle.js';
import { useRealKnowledge } from '../helpers/knowledge.js';

const knowledge = useRealKnowledge();

/** Hostile questions: huge, regex-heavy, broken encoding, control characters, markup. */
const HOSTILE = [
  'CSTR '.repeat(20_000),
  'a'.repeat(100_000),
  `${'('.repeat(5000)}2023/24${')'.repeat(5000)}`,
  `${'1,'.repeat(10_000)}000%`,
  `${'quarter 1 of '.repeat(2000)}2024/25`,
  Buffer.from([0xff, 0xfe, 0x41, 0xc3, 0x28]).toString('utf8').repeat(5000),
  `<script>${'<'.repeat(20_000)}</script>`,
  '\u0000\u0007\u001b[31m'.repeat(3000),
];

describe('hostile questions', () => {
  it('are each answered or refused quickly, never holding up the event loop', async () => {
    const delay = monitorEventLoopDelay({ resolution: 10 });
    delay.enable();
    for (const q of HOSTILE) {
      const started = performance.now();
      const answer = await handle(q, knowledge());
      const took = performance.now() - started;
      expect(['answered', 'no_answer', 'other_period']).toContain(answer.status);
      expect(answer.headline.length).toBeGreaterThan(0);
      // A bound, not a benchmark: anything near a second would stall every other user.
      expect(took, q.slice(0, 40)).toBeLessThan(1000);
    }
    delay.disable();
    expect(delay.max / 1e6).toBeLessThan(2000);
  });
});
