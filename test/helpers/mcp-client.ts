// Drive an MCP server the way an agent's client does: the official SDK client over stdio, the
// server spawned as a child process. Tool results are parsed from their JSON text.
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import type { Readable } from 'node:stream';

export interface McpSession {
  client: Client;
  /** Everything the server wrote to stderr so far. */
  stderr(): string;
  /** Resolves with the first capture group of `pattern` once it shows up on stderr. */
  stderrMatch(pattern: RegExp): Promise<string>;
  /** Every text the server returned through a tool, for "never leaves" checks. */
  transcript: string[];
  tool<T = unknown>(name: string, args?: Record<string, unknown>): Promise<T>;
  toolError(name: string, args?: Record<string, unknown>): Promise<string>;
  close(): Promise<void>;
}

export async function startMcp(args: string[], env: Record<string, string> = {}): Promise<McpSession> {
  const transport = new StdioClientTransport({
    command: process.execPath,
    args,
    env: { ...(process.env as Record<string, string>), ...env },
    stderr: 'pipe',
  });
  let err = '';
  const stderrStream = transport.stderr as Readable;
  stderrStream.on('data', (d: Buffer) => (err += d.toString()));
  const client = new Client({ name: 'hookscope-test', version: '1.0.0' });
  await client.connect(transport);
  const transcript: string[] = [];
  const textOf = async (name: string, a: Record<string, unknown>) => {
    const result = await client.callTool({ name, arguments: a });
    const text = (result.content as { type: string; text: string }[]).map((c) => c.text).join('');
    transcript.push(text);
    return { text, isError: result.isError === true };
  };
  return {
    client,
    stderr: () => err,
    stderrMatch: (pattern) =>
      new Promise((resolve) => {
        const check = () => {
          const m = pattern.exec(err);
          if (!m) return;
          stderrStream.off('data', check);
          resolve(m[1] ?? m[0]);
        };
        stderrStream.on('data', check);
        check();
      }),
    transcript,
    async tool<T>(name: string, a: Record<string, unknown> = {}) {
      const { text, isError } = await textOf(name, a);
      if (isError) throw new Error(`${name} failed: ${text}`);
      return JSON.parse(text) as T;
    },
    async toolError(name: string, a: Record<string, unknown> = {}) {
      const { text, isError } = await textOf(name, a);
      if (!isError) throw new Error(`${name} succeeded: ${text}`);
      return text;
    },
    close: () => client.close(),
  };
}
