import teamsAi from '@microsoft/teams-ai';
import type { Activity, InvokeResponse, TurnContext } from 'botbuilder';

const { TeamsAdapter } = teamsAi;

/** Fields Bot Framework sends as ISO strings that botbuilder reads as dates. */
const DATE_FIELDS = ['timestamp', 'localTimestamp', 'expiration'] as const;

/**
 * The Teams adapter, with one way in for an HTTP request's activity: its turn is run and a
 * failure (a missing or forged token above all) is thrown to the caller to log and answer,
 * rather than printed to stderr as a stack trace, which botbuilder's own `process` does.
 */
export class TurnRunner extends TeamsAdapter {
  /** Runs the turn for one activity as received (JSON), authenticated by its Authorization header. */
  runTurn(authHeader: string, body: Record<string, unknown>, logic: (context: TurnContext) => Promise<void>): Promise<InvokeResponse | undefined> {
    // As botbuilder prepares an activity: its date fields as dates, the raw strings kept.
    const activity = { ...body } as Record<string, unknown>;
    for (const field of DATE_FIELDS) {
      const value = activity[field];
      if (typeof value === 'string') {
        activity[`raw${field[0]!.toUpperCase()}${field.slice(1)}`] = value;
        activity[field] = new Date(value);
      }
    }
    return this.processActivity(authHeader, activity as unknown as Activity, logic);
  }
}
