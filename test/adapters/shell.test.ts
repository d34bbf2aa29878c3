import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { renderText } from '../../adapters/render/text.js';
import { runShell } from '../../adapters/shell.js';
import { handle } from '../../bot/handle.js';
import { helpText } from '../../bot/commands.js';
import { useRealKnowledge } from '../helpers/knowledge.js';

const knowledge = useRealKnowledge();

/** Pipes `lines` into a non-interactive shell and collects what it writes and what it was asked. */
async function pipeInto(lines: string[]) {
  const input = new PassThrough();
  const output = new PassThrough();
  let written = '';
  output.on('data', (chunk: Buffer) => {
    written += chunk.toString('utf8');
  });
  const asked: string[] = [];
  const done = runShell({
    input,
    output,
    interactive: false,
    answer: (q) => {
      asked.push(q);
      return handle(q, knowledge());
    },
  });
  input.end(lines.map((l) => `${l}\n`).join(''));
  await done;
  return { written, asked };
}

describe('the shell', () => {
  it('answers each line until "exit" and nothing after it', async () => {
    const { written, asked } = await pipeInto(['help', 'CSTR 2023/24', 'exit', 'never reached']);
    expect(asked).toEqual(['help', 'CSTR 2023/24']);
    expect(written).toContain(helpText(knowledge()));
    expect(written).toContain('1362 CSTRs were ordered');
    expect(written).not.toContain('never reached');
    expect(written).not.toMatch(/don't cover/);
    // The CSTR answer is the last thing written: nothing follows for the line after exit.
    expect(written.endsWith(`${renderText(await handle('CSTR 2023/24', knowledge()))}\n\n`)).toBe(true);
    expect(written.indexOf(helpText(knowledge()))).toBeLessThan(written.indexOf('1362 CSTRs'));
  });

  it('cites the document a passage came from', async () => {
    const { written } = await pipeInto(['CSTR 2023/24']);
    expect(written).toMatch(/— Standing Together 2022–25 Priority 2 Year 3 Progress Report.*\(GMCA, 2024-07\)/);
  });

  it('skips blank lines, trims questions, and shows no prompt when not interactive', async () => {
    const { written, asked } = await pipeInto(['', '   ', '  youth reoffending rate  ']);
    expect(asked).toEqual(['youth reoffending rate']);
    expect(written).toContain('29.6%');
    expect(written).not.toContain('standing-together>');
  });

  it('finishes at the end of input without an exit line', async () => {
    const { written, asked } = await pipeInto(['CSTR 2023/24']);
    expect(asked).toEqual(['CSTR 2023/24']);
    expect(written).toContain('1362 CSTRs were ordered');
  });

  it('finishes on empty input without writing anything', async () => {
    const { written, asked } = await pipeInto([]);
    expect(asked).toEqual([]);
    expect(written).toBe('');
  });

  it('leaves on quit and bye as well as exit', async () => {
    for (const word of ['quit', 'BYE', 'Exit']) {
      const { asked } = await pipeInto([word, 'CSTR 2023/24']);
      expect(asked, word).toEqual([]);
    }
  });
});
