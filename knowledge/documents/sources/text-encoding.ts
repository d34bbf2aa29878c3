import { BotError, ErrorCode } from '../../errors.js';

/**
 * A text file's bytes as text: UTF-8, or, for a file that is not UTF-8, Windows-1252 (what Word
 * and Excel save), with a note saying so and where the first bad byte was. Binary content is
 * refused.
 */
export function decodeText(bytes: Buffer, file: string, notes: string[]): string {
  const nul = bytes.indexOf(0);
  if (nul >= 0) throw new BotError(ErrorCode.SourceMalformed, `binary content (a NUL byte at offset ${nul}), not text`, { file });
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    const lenient = new TextDecoder('utf-8').decode(bytes);
    const line = lenient.slice(0, lenient.indexOf('\uFFFD')).split('\n').length;
    notes.push(`not UTF-8 (first bad byte on line ${line}); read as Windows-1252`);
    return new TextDecoder('windows-1252').decode(bytes);
  }
}
