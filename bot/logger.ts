import { pino, type Logger } from 'pino';

export type { Logger };

/** Paths pino blanks out wherever they appear in a log object. */
const redactPaths = ['token', 'secret', 'password', '*.token', '*.secret', '*.password', 'headers.authorization'];

/**
 * JSON log lines on stderr, so stdout stays clean for the CLI contract.
 * Pass a destination in tests to read what was logged.
 */
export function createLogger(level: string, destination: NodeJS.WritableStream = process.stderr): Logger {
  return pino({ level, base: { name: 'standing-together' }, redact: { paths: redactPaths, censor: '[redacted]' } }, destination as pino.DestinationStream);
}
