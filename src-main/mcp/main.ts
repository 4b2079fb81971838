// `npm run mcp`: the Hookscope MCP server on stdio. Talks to a running Hookscope when given its
// control API address and token, otherwise starts a core of its own (receiver + store).
//   --url URL        (HOOKSCOPE_URL)    control API of a running headless Hookscope, e.g. http://127.0.0.1:4040
//   --token T        (HOOKSCOPE_TOKEN)  its API token (printed at its start-up)
//   --data-dir DIR   (HOOKSCOPE_DATA_DIR, default ~/.hookscope)  own core only
//   --receiver-port P (HOOKSCOPE_RECEIVER_PORT, default 8787)    own core only
//   --allow-send     (HOOKSCOPE_MCP_ALLOW_SEND=1) enable replay_capture and send_test_event
// stdout carries the protocol only; messages for people go to stderr.
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { createLogger, registerSecretForRedaction } from '../core/log/logger';
import { DEFAULT_RECEIVER_PORT, startCore } from '../core/start';
import { readVersion } from '../headless/read-version';
import type { HookscopeBackend } from './backend';
import { localBackend } from './local-backend';
import { remoteBackend } from './remote-backend';
import { serveStdio } from './server';

const usage = `Usage: npm run --silent mcp -- [--url URL --token T] [--data-dir DIR] [--receiver-port P] [--allow-send]
Without --url it starts its own Hookscope core. Environment: HOOKSCOPE_URL, HOOKSCOPE_TOKEN,
HOOKSCOPE_DATA_DIR, HOOKSCOPE_RECEIVER_PORT, HOOKSCOPE_MCP_ALLOW_SEND=1.`;

function fail(message: string): never {
  process.stderr.write(`hookscope-mcp: ${message}\n`);
  process.exit(2);
}

async function main(): Promise<void> {
  let values: Record<string, string | boolean | undefined>;
  try {
    ({ values } = parseArgs({
      options: {
        url: { type: 'string' },
        token: { type: 'string' },
        'data-dir': { type: 'string' },
        'receiver-port': { type: 'string' },
        'allow-send': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (error) {
    fail(`${(error as Error).message}\n${usage}`);
  }
  if (values.help) {
    process.stderr.write(usage + '\n');
    return;
  }
  const env = process.env;
  const url = (values.url as string | undefined) ?? env.HOOKSCOPE_URL;
  const token = (values.token as string | undefined) ?? env.HOOKSCOPE_TOKEN;
  const allowSend = values['allow-send'] === true || env.HOOKSCOPE_MCP_ALLOW_SEND === '1';
  const version = readVersion();

  let backend: HookscopeBackend;
  if (url) {
    if (!/^https?:\/\//.test(url)) fail(`--url must be the control API's http(s) address, got "${url}".`);
    if (!token)
      fail('--token (or HOOKSCOPE_TOKEN) is needed with --url: the one the running Hookscope printed.');
    registerSecretForRedaction(token);
    backend = remoteBackend(url, token);
  } else {
    const dataDir = resolve(
      (values['data-dir'] as string) ?? env.HOOKSCOPE_DATA_DIR ?? join(homedir(), '.hookscope'),
    );
    const portText = (values['receiver-port'] as string) ?? env.HOOKSCOPE_RECEIVER_PORT;
    const port = portText ? Number(portText) : DEFAULT_RECEIVER_PORT;
    if (!Number.isInteger(port) || port < 0 || port > 65535)
      fail(`--receiver-port must be a port number, got "${portText}".`);
    const core = await startCore({
      dataDir,
      receiverPort: port,
      mode: 'headless',
      version,
      logger: createLogger(),
    });
    process.stderr.write(`hookscope-mcp: receiver ${core.receiverUrl}, data ${dataDir}\n`);
    backend = localBackend(core, dataDir, true);
  }
  process.stderr.write(
    `hookscope-mcp: serving MCP on stdio (${allowSend ? 'sending tools on' : 'read-only'})\n`,
  );
  await serveStdio(backend, { allowSend }, version);
  await backend.close();
  process.exit(0);
}

main().catch((error: unknown) => fail((error as Error).message));
