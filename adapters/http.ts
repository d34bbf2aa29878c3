import type { Server } from 'node:http';
import express, { type Application } from 'express';

/**
 * The one HTTP server the chat platforms share: Slack at `POST /slack/events`, and later Teams
 * at `POST /api/messages`, on one port. `GET /healthz` says the process is up.
 */
export function createHttpApp(isReady: () => boolean = () => true): Application {
  const app = express();
  app.disable('x-powered-by');
  app.get('/healthz', (_req, res) => {
    res.json({ ok: true });
  });
  // Ready: the store is open and the index loaded, so questions can be answered.
  app.get('/readyz', (_req, res) => {
    const ready = isReady();
    res.status(ready ? 200 : 503).json({ ready });
  });
  return app;
}

/**
 * The last handler: a failure in one request's handler answers that request with a 500 and a
 * line in the log, and the process goes on serving the others.
 */
export function handleErrors(app: Application, log: { error(obj: object, msg: string): void }): void {
  app.use((error: Error, _req: express.Request, res: express.Response, next: express.NextFunction) => {
    log.error({ err: error }, 'request failed');
    if (res.headersSent) return next(error);
    res.status(500).json({ error: 'internal error' });
  });
}

/** Starts listening; resolves with the server once the port is bound. */
export function listen(app: Application, port: number, host?: string): Promise<Server> {
  return new Promise((resolve, reject) => {
    const server = host ? app.listen(port, host) : app.listen(port);
    server.once('listening', () => resolve(server));
    server.once('error', reject);
  });
}
