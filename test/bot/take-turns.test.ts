import { describe, expect, it } from 'vitest';
import { TakeTurns } from '../../bot/runtime/take-turns.js';

describe('answers taking turns', () => {
  it('runs queued work in arrival order, one piece per turn, and a failure does not stop the queue', async () => {
    const turns = new TakeTurns();
    const order: string[] = [];
    const a = turns.run(() => order.push('a'));
    const b = turns.run(() => {
      throw new Error('b broke');
    });
    const c = turns.run(() => order.push('c'));
    // Nothing runs in the caller's own turn: a request being read finishes first.
    order.push('caller');
    await expect(b).rejects.toThrow('b broke');
    await Promise.all([a, c]);
    expect(order).toEqual(['caller', 'a', 'c']);
  });

  it('lets other callbacks of the event loop run between two pieces of work', async () => {
    const turns = new TakeTurns();
    const order: string[] = [];
    const first = turns.run(() => {
      order.push('answer 1');
      // Arrives while answer 1 runs, as a new request's I/O would.
      setImmediate(() => order.push('ack'));
    });
    const second = turns.run(() => order.push('answer 2'));
    await Promise.all([first, second]);
    expect(order).toEqual(['answer 1', 'ack', 'answer 2']);
  });
});
