import { Writable } from 'node:stream';
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

const LEVEL_NAMES: Record<number, string> = { 10: 'trace', 20: 'debug', 30: 'info', 40: 'warning', 50: 'error', 60: 'fatal' };
/** Fields a person reading a terminal line has no use for. */
const MACHINE_FIELDS = new Set(['level', 'time', 'pid', 'hostname', 'name', 'msg', 'err', 'stack']);

/**
 * A log destination for a person at a terminal: each record as one readable line ("warning:
 * document skipped — file broken.pdf, reason the PDF is damaged…"), passed to `write` so a
 * caller drawing a progress bar can put it above the bar.
 */
export function terminalDestination(write: (line: string) => void): NodeJS.WritableStream {
  return new Writable({
    write(chunk, _encoding, done) {
      for (const text of String(chunk).split('\n')) {
        if (!text.trim()) continue;
        try {
          const record = JSON.parse(text) as Record<string, unknown>;
          const details = Object.entries(record)
            .filter(([k, v]) => !MACHINE_FIELDS.has(k) && v !== undefined && typeof v !== 'object')
            .map(([k, v]) => `${k} ${String(v)}`);
          write(`${LEVEL_NAMES[Number(record.level)] ?? 'log'}: ${String(record.msg ?? '')}${details.length > 0 ? ` — ${details.join(', ')}` : ''}`);
        } catch {
          write(text);
        }
      }
      done();
    },
  });
}
