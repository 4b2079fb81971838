// The Hookscope MCP server over stdio: stdout carries the protocol only (logs go to stderr).
import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { StdioServerTransport } from '@modelcontextprotocol/sdk/server/stdio.js';
import type { HookscopeBackend } from './backend';
import { registerTools, type ToolOptions } from './tools';

export function createMcpServer(backend: HookscopeBackend, options: ToolOptions, version: string): McpServer {
  const server = new McpServer(
    { name: 'hookscope', version },
    {
      instructions: [
        `Hookscope webhook inspector: captured webhooks from ${backend.description}.`,
        'Start with list_captures (filters: verdicts ["fail"], provider, query) and get_capture for headers, body, signature verdict, digests and diagnosis.',
        'wait_for_capture blocks until the next matching webhook arrives.',
        options.allowSend
          ? 'replay_capture and send_test_event send HTTP requests.'
          : 'Sending tools (replay, test events) are off: the server runs read-only (start it with --allow-send to enable them).',
      ].join(' '),
    },
  );
  registerTools(server, backend, options);
  return server;
}

/** Serve on stdin/stdout until the client goes away; resolves when the connection closes. */
export async function serveStdio(
  backend: HookscopeBackend,
  options: ToolOptions,
  version: string,
): Promise<void> {
  const server = createMcpServer(backend, options, version);
  const transport = new StdioServerTransport();
  const closed = new Promise<void>((resolve) => {
    transport.onclose = () => resolve();
    process.stdin.once('end', () => resolve());
  });
  await server.connect(transport);
  await closed;
  await server.close().catch(() => undefined);
}
