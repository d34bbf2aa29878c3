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

/**
 * The level to log at: as configured, except that a person at a terminal (a command or the
 * shell writing to one) sees warnings and errors only, unless they set LOG_LEVEL themselves.
 * Servers and piped runs keep every line, as JSON on stderr.
 */
export function levelFor(config: { logLevel: string; logLevelSet: boolean }, atTerminal: boolean): string {
  return atTerminal && !config.logLevelSet && ['info', 'debug', 'trace'].includes(config.logLevel) ? 'warn' : config.logLevel;
}
