import type { Server } from 'node:http';
import express, { type Application } from 'express';

/**
 * The one HTTP server the chat platforms share: Slack at `POST /slack/events`, and later Teams
 * at `POST /api/messages`, on one port. `GET /healthz` says the process is up.
 */
export function createHttpApp(): Application {
  const app = express();
  app.disable('x-powered-by');
  app.get('/healthz', (_req, res) => {
    res.json({ ok: true });
  });
  return app;
}

/** Starts listening; resolves with the server once the port is bound. */
export function listen(app: Application, port: number, host?: string): Promise<Server> {
  return new Promise((resolve, reject) => {
    const server = host ? app.listen(port, host) : app.listen(port);
    server.once('listening', () => resolve(server));
    server.once('error', reject);
  });
}
