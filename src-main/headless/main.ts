// `npm run headless`: the core, the control API and the built UI, without Electron.
//   --receiver-port P   (HOOKSCOPE_RECEIVER_PORT, default 8787)
//   --receiver-host H   (HOOKSCOPE_RECEIVER_HOST, default 127.0.0.1)
//   --inspector-port Q  (HOOKSCOPE_INSPECTOR_PORT, default 4040)
//   --data-dir DIR      (HOOKSCOPE_DATA_DIR, default ~/.hookscope)
//   --token T           (HOOKSCOPE_TOKEN, default: random per run)
//   --mcp               also serve MCP over stdio (stdout is then the protocol; the banner goes to stderr)
//   --allow-send        with --mcp: enable the MCP tools that send requests (replay, test events)
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { startCore, DEFAULT_RECEIVER_PORT } from '../core/start';
import { createLogger, registerSecretForRedaction } from '../core/log/logger';
import { createControlApi } from './control-api';
import { readVersion } from './read-version';
import { localBackend } from '../mcp/local-backend';
import { serveStdio } from '../mcp/server';

export const DEFAULT_INSPECTOR_PORT = 4040;
const here = dirname(fileURLToPath(import.meta.url));

const usage = `Usage: npm run headless -- [--receiver-port P] [--receiver-host H] [--inspector-port Q] [--data-dir DIR] [--token T] [--mcp [--allow-send]]
Environment variables HOOKSCOPE_RECEIVER_PORT, HOOKSCOPE_RECEIVER_HOST, HOOKSCOPE_INSPECTOR_PORT,
HOOKSCOPE_DATA_DIR and HOOKSCOPE_TOKEN stand in for the flags.`;

function fail(message: string): never {
  process.stderr.write(`hookscope: ${message}\n`);
  process.exit(2);
}

function portFrom(value: string | undefined, fallback: number, name: string): number {
  if (value === undefined || value === '') return fallback;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    fail(`${name} must be a port number (0-65535), got "${value}".`);
  return port;
}

async function main(): Promise<void> {
  let values: Record<string, string | boolean | undefined>;
  try {
    ({ values } = parseArgs({
      options: {
        'receiver-port': { type: 'string' },
        'receiver-host': { type: 'string' },
        'inspector-port': { type: 'string' },
        'data-dir': { type: 'string' },
        token: { type: 'string' },
        mcp: { type: 'boolean' },
        'allow-send': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (error) {
    fail(`${(error as Error).message}\n${usage}`);
  }
  if (values.help) {
    process.stdout.write(usage + '\n');
    return;
  }
  const env = process.env;
  const receiverPort = portFrom(
    (values['receiver-port'] as string) ?? env.HOOKSCOPE_RECEIVER_PORT,
    DEFAULT_RECEIVER_PORT,
    '--receiver-port',
  );
  const inspectorPort = portFrom(
    (values['inspector-port'] as string) ?? env.HOOKSCOPE_INSPECTOR_PORT,
    DEFAULT_INSPECTOR_PORT,
    '--inspector-port',
  );
  if (receiverPort !== 0 && receiverPort === inspectorPort) {
    fail(
      'The receiver and the inspector need different ports: the receiver is public, the control API never is.',
    );
  }
  const receiverHost = (values['receiver-host'] as string) ?? env.HOOKSCOPE_RECEIVER_HOST ?? '127.0.0.1';
  const dataDir = resolve(
    (values['data-dir'] as string) ?? env.HOOKSCOPE_DATA_DIR ?? join(homedir(), '.hookscope'),
  );
  const token = (values.token as string) ?? env.HOOKSCOPE_TOKEN ?? randomBytes(24).toString('base64url');
  if (!/^[\w.~-]{16,256}$/.test(token))
    fail('--token must be 16-256 characters of letters, digits, "-", "_", "." or "~".');
  registerSecretForRedaction(token);

  const logger = createLogger();
  const version = readVersion();
  const core = await startCore({
    dataDir,
    receiverHost,
    receiverPort,
    mode: 'headless',
    version,
    logger,
  });
  const rendererDir = [join(here, '../renderer'), resolve('out/renderer')].find((d) =>
    existsSync(join(d, 'index.html')),
  );
  const api = createControlApi({
    service: core.service,
    token,
    host: '127.0.0.1',
    port: inspectorPort,
    rendererDir: rendererDir ?? null,
    logger,
  });
  let inspector: { port: number; url: string };
  try {
    inspector = await api.listen();
  } catch (error) {
    await core.close();
    throw error;
  }
  if (inspector.port === core.receiverPort) fail('The inspector must not share the receiver port.');
  core.protectPort(inspector.port);

  const mcp = values.mcp === true;
  // With --mcp, stdout belongs to the MCP protocol: everything for people goes to stderr.
  const say = (text: string) => (mcp ? process.stderr : process.stdout).write(text);
  say(
    [
      `Hookscope ${version} (headless${mcp ? ', MCP on stdio' : ''})`,
      `  Receiver:  ${core.receiverUrl}  <- send webhooks here`,
      `  Inspector: ${inspector.url}/#token=${token}`,
      `  API token: ${token}  (Authorization: Bearer …; see docs/api.md)`,
      `  Data:      ${dataDir}`,
      rendererDir ? '' : '  UI:        not built — run `npm run build` to get the inspector page',
      'Press Ctrl-C to stop.',
      '',
    ]
      .filter((l) => l !== '')
      .join('\n') + '\n',
  );

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    say(`\nStopping (${signal}): flushing captures…\n`);
    await api.close();
    await core.close();
    say('Stopped. Every acknowledged capture is stored.\n');
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
  if (mcp) {
    await serveStdio(
      localBackend(core, dataDir, false),
      { allowSend: values['allow-send'] === true },
      version,
    );
    await stop('MCP client closed');
  }
}

main().catch((error: unknown) => fail((error as Error).message));
