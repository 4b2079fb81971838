// The headless control API: POST /api/<operation> (JSON in, JSON out), WebSocket /api/events,
// and the built renderer as static files. Loopback only, on its own port (never the receiver's),
// guarded by Host, Origin and a per-run bearer token. See docs/api.md.
import { createReadStream, existsSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import express, { type NextFunction, type Request, type Response } from 'express';
import { WebSocketServer, type WebSocket } from 'ws';
import { isOperationName } from '@shared/contract';
import { httpStatusFor, InspectorError, type ApiErrorBody, type ErrorCode } from '@shared/errors';
import type { EventEnvelope } from '@shared/bridge';
import type { InspectorService } from '../core/service/types';
import type { Logger } from '../core/log/logger';
import { bearerToken, isAllowedHost, isAllowedOrigin, tokensEqual } from './guards';
import { contentDisposition, EXPORT_ID } from '../core/replay/export-download';
import { sendJson } from './send-json';

export interface ControlApiOptions {
  service: InspectorService;
  token: string;
  host: string;
  port: number;
  rendererDir: string | null;
  logger: Logger;
}

export interface ControlApi {
  listen(): Promise<{ port: number; url: string }>;
  close(): Promise<void>;
}

const MAX_SOCKET_BACKLOG = 8 * 1024 * 1024;

export function createControlApi(options: ControlApiOptions): ControlApi {
  let port = options.port;
  const app = express();
  app.disable('x-powered-by');
  app.set('etag', false);

  // Host and Origin first, for every route including static files.
  app.use((req, res, next) => {
    if (!isAllowedHost(req.headers.host, port)) {
      return sendError(
        res,
        'forbidden',
        `Host "${req.headers.host ?? ''}" is not allowed; use http://127.0.0.1:${port}.`,
      );
    }
    if (!isAllowedOrigin(req.headers.origin, port)) {
      return sendError(
        res,
        'forbidden',
        `Origin "${req.headers.origin}" may not use the Hookscope control API.`,
      );
    }
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Referrer-Policy', 'no-referrer');
    next();
  });

  // A finished export's file. A plain download link carries no Authorization header: the random
  // export id (128 bits, handed out only through the guarded API) is what allows it.
  app.get('/api/exports/:id', (req, res) => {
    const file = EXPORT_ID.test(req.params.id) ? options.service.exportFile(req.params.id) : null;
    if (!file) return sendError(res, 'not_found', 'No finished export with that id.');
    res.setHeader('Cache-Control', 'no-store');
    res.setHeader('Content-Type', file.mimeType);
    res.setHeader('Content-Length', String(file.size));
    res.setHeader('Content-Disposition', contentDisposition(file.fileName));
    const stream = createReadStream(file.path);
    stream.on('error', () => res.destroy());
    stream.pipe(res);
  });

  app.use('/api', (req, res, next) => {
    if (!tokensEqual(bearerToken(req.headers.authorization), options.token)) {
      return sendError(
        res,
        'unauthorized',
        'Missing or wrong token: send "Authorization: Bearer <token>" (printed at start-up).',
      );
    }
    res.setHeader('Cache-Control', 'no-store');
    next();
  });
  app.use('/api', express.json({ limit: '64mb', strict: true, type: () => true }));
  app.use(
    '/api',
    (error: Error & { type?: string; status?: number }, _req: Request, res: Response, next: NextFunction) => {
      if (!error) return next();
      if (error.type === 'entity.too.large')
        return sendError(res, 'payload_too_large', 'Request body over 64 MB.');
      return sendError(res, 'invalid_input', `Request body is not valid JSON: ${error.message}`);
    },
  );
  app.all('/api/:operation', async (req, res) => {
    const name = req.params.operation as string;
    if (!isOperationName(name))
      return sendError(res, 'unknown_operation', `Unknown operation "${name}". See docs/api.md.`);
    if (req.method !== 'POST') return sendError(res, 'method_not_allowed', `Use POST /api/${name}.`);
    try {
      const result = await options.service.call(name, req.body ?? {});
      // A capture's detail can hold a large body in base64: its long strings go out in slices, one
      // per turn of the loop, so no single turn encodes or writes all of it.
      await sendJson(res, 200, result);
    } catch (error) {
      if (error instanceof InspectorError) return sendError(res, error.code, error.message);
      options.logger.error(`control API ${name}: ${(error as Error).message}`);
      sendError(res, 'internal', 'Internal error; see the Hookscope log.');
    }
  });
  app.use('/api', (_req, res) => sendError(res, 'unknown_operation', 'Unknown API path. See docs/api.md.'));

  serveRenderer(app, options, () => port);

  const server = createServer(app);
  const sockets = new Set<Socket>();
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  const wss = new WebSocketServer({ noServer: true, maxPayload: 64 * 1024 });
  attachEvents(server, wss, options, () => port);

  return {
    listen() {
      return new Promise((resolve, reject) => {
        const onError = (error: NodeJS.ErrnoException) =>
          reject(
            new Error(
              error.code === 'EADDRINUSE'
                ? `Inspector port ${options.port} is already in use. Choose another with --inspector-port.`
                : `The control API could not listen: ${error.message}`,
            ),
          );
        server.once('error', onError);
        server.listen(options.port, options.host, () => {
          server.off('error', onError);
          port = (server.address() as AddressInfo).port;
          resolve({ port, url: `http://${options.host}:${port}` });
        });
      });
    },
    close() {
      return new Promise((resolve) => {
        for (const client of wss.clients) client.terminate();
        wss.close();
        server.close(() => resolve());
        for (const s of sockets) s.destroy();
      });
    },
  };
}

function sendError(res: Response, code: ErrorCode, message: string): void {
  const body: ApiErrorBody = { code, message };
  res.status(httpStatusFor(code)).json(body);
}

function attachEvents(
  server: Server,
  wss: WebSocketServer,
  options: ControlApiOptions,
  port: () => number,
): void {
  server.on('upgrade', (req: IncomingMessage, socket: Socket, head: Buffer) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const refuse = (status: number, text: string) => {
      socket.end(`HTTP/1.1 ${status} ${text}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
    };
    if (url.pathname !== '/api/events') return refuse(404, 'Not Found');
    if (!isAllowedHost(req.headers.host, port()) || !isAllowedOrigin(req.headers.origin, port())) {
      return refuse(403, 'Forbidden');
    }
    const token = url.searchParams.get('token') ?? bearerToken(req.headers.authorization);
    if (!tokensEqual(token, options.token)) return refuse(401, 'Unauthorized');
    wss.handleUpgrade(req, socket, head, (ws) => subscribe(ws, options));
  });
}

function subscribe(ws: WebSocket, options: ControlApiOptions): void {
  const unsubscribe = options.service.onAny((event, payload) => {
    if (ws.readyState !== ws.OPEN) return;
    // A client that stopped reading is dropped; it reconnects and refetches the list.
    if (ws.bufferedAmount > MAX_SOCKET_BACKLOG) return ws.terminate();
    const envelope: EventEnvelope = { event, payload } as EventEnvelope;
    ws.send(JSON.stringify(envelope));
  });
  const ping = setInterval(() => ws.readyState === ws.OPEN && ws.ping(), 30_000);
  ping.unref();
  ws.on('close', () => {
    clearInterval(ping);
    unsubscribe();
  });
  ws.on('error', () => ws.terminate());
}

function serveRenderer(app: express.Express, options: ControlApiOptions, port: () => number): void {
  const dir = options.rendererDir;
  if (!dir || !existsSync(dir)) {
    app.get('/', (_req, res) => {
      res
        .status(503)
        .type('text/plain')
        .send(
          'The inspector UI is not built. Run `npm run build` (or `npm run headless`, which builds first).',
        );
    });
    return;
  }
  app.use((_req, res, next) => {
    const p = port();
    res.setHeader(
      'Content-Security-Policy',
      [
        "default-src 'self'",
        "script-src 'self'",
        "style-src 'self'",
        "img-src 'self' data: blob:",
        "font-src 'self'",
        `connect-src 'self' ws://127.0.0.1:${p} ws://localhost:${p}`,
        "object-src 'none'",
        "base-uri 'none'",
        "form-action 'none'",
        "frame-ancestors 'none'",
      ].join('; '),
    );
    res.setHeader('X-Frame-Options', 'DENY');
    next();
  });
  app.use(express.static(dir, { index: 'index.html', fallthrough: true }));
}
