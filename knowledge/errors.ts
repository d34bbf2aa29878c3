/** Codes a caller can branch on; each BotError carries one. */
export const ErrorCode = {
  ConfigInvalid: 'CONFIG_INVALID',
  DataDirMissing: 'DATA_DIR_MISSING',
  CatalogInvalid: 'CATALOG_INVALID',
  SourceUnreadable: 'SOURCE_UNREADABLE',
  SourceMalformed: 'SOURCE_MALFORMED',
  StoreFailed: 'STORE_FAILED',
  QueryInvalid: 'QUERY_INVALID',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

/** Where a problem was found, as precisely as the finder knows it. */
export interface ErrorLocation {
  file?: string;
  line?: number;
  row?: number;
  field?: string;
}

/**
 * The one error type of the project: a message a person can act on, a code, and where.
 * A user sees `message` (with the location); the log gets the cause and stack.
 */
export class BotError extends Error {
  readonly code: ErrorCode;
  readonly location: ErrorLocation;

  constructor(code: ErrorCode, message: string, location: ErrorLocation = {}, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'BotError';
    this.code = code;
    this.location = location;
  }

  /** The message with its location, e.g. `data/catalog.json, field "date": expected YYYY-MM-DD`. */
  describe(): string {
    const where = [
      this.location.file,
      this.location.line !== undefined ? `line ${this.location.line}` : undefined,
      this.location.row !== undefined ? `row ${this.location.row}` : undefined,
      this.location.field !== undefined ? `field "${this.location.field}"` : undefined,
    ].filter(Boolean);
    return where.length ? `${where.join(', ')}: ${this.message}` : this.message;
  }
}

/** Wraps anything thrown into a BotError, keeping a BotError as it is. */
export function asBotError(error: unknown, fallback: ErrorCode, location: ErrorLocation = {}): BotError {
  if (error instanceof BotError) return error;
  const message = error instanceof Error ? error.message : String(error);
  return new BotError(fallback, message, location, { cause: error });
}

/** The least a logger must offer for reportFailure. */
interface ErrorLog {
  error(obj: object, msg: string): void;
}

/**
 * Logs a failure and returns the one line to show a person. A BotError is a known problem with
 * a message to act on, so it is logged by code and place, without a stack; anything else is a
 * bug, logged with its stack for whoever fixes it. Neither shows the person a stack trace.
 */
export function reportFailure(error: unknown, log?: ErrorLog): string {
  if (error instanceof BotError) {
    log?.error({ code: error.code, location: error.location }, error.message);
    return error.describe();
  }
  log?.error({ err: error }, 'unexpected failure');
  return `something went wrong (${(error as Error)?.message ?? String(error)}); the log has the details`;
}
