// The MCP tools. Read-only tools are always there; tools that send requests somewhere (replay,
// test events) exist only when the server was started with --allow-send. Every result passes
// through redact(): the control API token and any secret pasted into verify_request never leave.
import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import { z } from 'zod';
import { redact, registerSecretForRedaction } from '../core/log/logger';
import { signatureVerdicts } from '@shared/signature-types';
import { snippetTargets, type SnippetTargetId } from '@shared/snippet-types';
import type { HookscopeBackend } from './backend';
import { captureDetailView, captureSummaryView } from './capture-view';
import { newestCaptureId, waitForCapture } from './wait-for-capture';

export interface ToolOptions {
  /** Register replay_capture and send_test_event (they send HTTP requests). */
  allowSend: boolean;
}

const verdict = z.enum(signatureVerdicts);
const header = z.tuple([z.string(), z.string()]);

const filterShape = {
  query: z.string().max(500).optional().describe('Full-text search over path, headers and body'),
  method: z.string().max(20).optional(),
  pathPrefix: z.string().max(2048).optional(),
  status: z.number().int().optional().describe('Exact HTTP status the receiver answered'),
  verdicts: z.array(verdict).max(6).optional().describe('e.g. ["fail"] for failed signatures only'),
  provider: z.string().max(64).optional().describe('Signer id, e.g. "stripe" or "meta"'),
  payloadFamily: z.string().max(64).optional().describe('e.g. "whatsapp-cloud"'),
};

function ok(value: unknown): CallToolResult {
  return { content: [{ type: 'text', text: redact(JSON.stringify(value, null, 2)) }] };
}

function failure(error: unknown): CallToolResult {
  const message = error instanceof Error ? error.message : String(error);
  return { isError: true, content: [{ type: 'text', text: redact(message) }] };
}

async function guarded(run: () => Promise<unknown>): Promise<CallToolResult> {
  try {
    return ok(await run());
  } catch (error) {
    return failure(error);
  }
}

/** The fields that were given (the contract's strict schemas refuse explicit undefined keys). */
function given<T extends object>(args: T): Partial<T> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(args)) if (v !== undefined) out[k] = v;
  return out as Partial<T>;
}

function bodyBase64Of(args: { body?: string; bodyBase64?: string }): string {
  if (args.bodyBase64 !== undefined) return args.bodyBase64;
  return Buffer.from(args.body ?? '', 'utf8').toString('base64');
}

export function registerTools(server: McpServer, backend: HookscopeBackend, options: ToolOptions): void {
  server.registerTool(
    'list_captures',
    {
      title: 'List or search captured webhooks',
      description:
        'Captured requests, newest first, with verdict and one-line summary. Filters combine; pass nextCursor back for older ones.',
      inputSchema: {
        ...filterShape,
        limit: z.number().int().min(1).max(200).optional(),
        cursor: z.string().max(100).optional(),
      },
      annotations: { readOnlyHint: true },
    },
    (args) =>
      guarded(async () => {
        const page = await backend.call('listCaptures', { limit: 20, ...given(args) });
        return { total: page.total, nextCursor: page.nextCursor, items: page.items.map(captureSummaryView) };
      }),
  );

  server.registerTool(
    'get_capture',
    {
      title: 'One capture in full',
      description:
        'Headers in received order, body (UTF-8 text, or base64 when not UTF-8), body SHA-256, signature verdict with received/computed digests and diagnosis, decoded message cards.',
      inputSchema: {
        id: z.number().int().positive(),
        maxBodyBytes: z.number().int().min(0).max(4_000_000).optional().describe('Default 65536'),
      },
      annotations: { readOnlyHint: true },
    },
    ({ id, maxBodyBytes }) =>
      guarded(async () => captureDetailView(await backend.call('getCapture', { id }), maxBodyBytes ?? 65536)),
  );

  server.registerTool(
    'verify_request',
    {
      title: 'Verify a pasted request',
      description:
        "Check a request's signature (e.g. copied from production logs) against the stored secrets or the secrets given here; nothing is stored. Returns the verdict and, on failure, the diagnosis.",
      inputSchema: {
        method: z.string().min(1).max(20),
        url: z.string().min(1).max(8192).describe('Full URL as the provider called it, or just the path'),
        headers: z.array(header).max(500),
        body: z.string().optional().describe('Body as text (UTF-8)'),
        bodyBase64: z.string().optional().describe('Body bytes as base64 (instead of body)'),
        provider: z.string().max(64).optional().describe('Provider id; detected when absent'),
        secrets: z
          .array(z.string().min(1))
          .max(20)
          .optional()
          .describe('Try these instead of the stored secrets'),
        now: z.number().int().optional().describe('Unix seconds to judge timestamps against'),
      },
      annotations: { readOnlyHint: true },
    },
    (args) =>
      guarded(async () => {
        for (const s of args.secrets ?? []) registerSecretForRedaction(s);
        return backend.call('verifyRequest', {
          method: args.method,
          url: args.url,
          headers: args.headers,
          bodyBase64: bodyBase64Of(args),
          ...(args.provider ? { provider: args.provider } : {}),
          ...(args.secrets ? { secrets: args.secrets } : {}),
          ...(args.now !== undefined ? { now: args.now } : {}),
        });
      }),
  );

  server.registerTool(
    'list_event_templates',
    {
      title: 'Sample events that can be composed',
      description: 'Template ids (per provider) for compose_event.',
      inputSchema: {},
      annotations: { readOnlyHint: true },
    },
    () => guarded(() => backend.call('listEventTemplates', {})),
  );

  server.registerTool(
    'compose_event',
    {
      title: 'Compose a signed test event',
      description:
        "Build a provider's sample event signed with the stored secret (headers, body, and an equivalent curl command). Does not send it.",
      inputSchema: {
        template: z
          .string()
          .min(1)
          .max(64)
          .describe('From list_event_templates, e.g. "stripe-payment-intent-succeeded"'),
        provider: z.string().max(64).optional(),
        secretLabel: z.string().max(100).optional(),
        body: z.string().optional().describe('Replace the sample body (signed after the edit)'),
        headers: z.array(header).max(100).optional().describe('Set or add headers'),
        path: z.string().max(2048).optional(),
        baseUrl: z.string().max(2048).optional().describe('Base URL for the curl command'),
      },
      annotations: { readOnlyHint: true },
    },
    (args) =>
      guarded(async () => {
        const overrides = given({ body: args.body, headers: args.headers, path: args.path });
        const composed = await backend.call('composeEvent', {
          template: args.template,
          ...(args.provider ? { provider: args.provider } : {}),
          ...(args.secretLabel ? { secretLabel: args.secretLabel } : {}),
          ...(args.baseUrl ? { baseUrl: args.baseUrl } : {}),
          ...(Object.keys(overrides).length ? { overrides } : {}),
        });
        const { bodyBase64, ...rest } = composed;
        return { ...rest, body: Buffer.from(bodyBase64, 'base64').toString('utf8') };
      }),
  );

  server.registerTool(
    'copy_as',
    {
      title: 'A capture as code',
      description:
        'Code that sends the capture again with its exact body bytes, e.g. target "python-requests", "node-fetch", "go", "php-curl", "httpie".',
      inputSchema: {
        id: z.number().int().positive(),
        target: z.enum(snippetTargets.map((t) => t.id) as [SnippetTargetId, ...SnippetTargetId[]]),
        baseUrl: z.string().max(8192).optional().describe('Base URL the code calls (default: the receiver)'),
      },
      annotations: { readOnlyHint: true },
    },
    (args) => guarded(() => backend.call('copyAs', given(args))),
  );

  server.registerTool(
    'wait_for_capture',
    {
      title: 'Wait for the next matching capture',
      description:
        'Blocks until a capture newer than this call (or than afterId) matches the filter, then returns it in full; null after the timeout. A verdict filter matches once the signature is judged.',
      inputSchema: {
        ...filterShape,
        afterId: z
          .number()
          .int()
          .min(0)
          .optional()
          .describe('Only captures with a larger id (default: the newest now)'),
        timeoutSeconds: z.number().min(1).max(600).optional().describe('Default 60'),
        maxBodyBytes: z.number().int().min(0).max(4_000_000).optional(),
      },
      annotations: { readOnlyHint: true },
    },
    ({ afterId, timeoutSeconds, maxBodyBytes, ...filter }, extra) =>
      guarded(async () => {
        const after = afterId ?? (await newestCaptureId(backend));
        const found = await waitForCapture(
          backend,
          given(filter),
          after,
          (timeoutSeconds ?? 60) * 1000,
          extra.signal,
        );
        if (!found) return { capture: null, timedOut: true, afterId: after };
        const detail = await backend.call('getCapture', { id: found.id });
        return { capture: captureDetailView(detail, maxBodyBytes ?? 65536), timedOut: false };
      }),
  );

  if (!options.allowSend) return;

  server.registerTool(
    'replay_capture',
    {
      title: 'Replay or forward a capture',
      description:
        'Send a stored capture again (to targetUrl, or the first matching forward target), optionally edited and re-signed with the stored secret. The result is stored as a new capture linked to the original.',
      inputSchema: {
        id: z.number().int().positive(),
        targetUrl: z.string().max(8192).optional(),
        pathMode: z.enum(['append', 'replace']).optional(),
        resign: z.boolean().optional(),
        provider: z.string().max(64).optional(),
        secretLabel: z.string().max(100).optional(),
        method: z.string().max(20).optional(),
        headers: z.array(header).max(500).optional().describe('Replaces the whole header list'),
        body: z.string().optional(),
        bodyBase64: z.string().optional(),
      },
      annotations: { readOnlyHint: false, openWorldHint: true },
    },
    (args) =>
      guarded(async () => {
        const edits = given({
          method: args.method,
          headers: args.headers,
          bodyBase64:
            args.body !== undefined || args.bodyBase64 !== undefined ? bodyBase64Of(args) : undefined,
        });
        return backend.call('replayCapture', {
          id: args.id,
          ...given({
            targetUrl: args.targetUrl,
            pathMode: args.pathMode,
            resign: args.resign,
            provider: args.provider,
            secretLabel: args.secretLabel,
          }),
          ...(Object.keys(edits).length ? { edits } : {}),
        });
      }),
  );

  server.registerTool(
    'send_test_event',
    {
      title: 'Send a signed test event',
      description:
        "Compose a provider's sample event, sign it with the stored secret and send it (to baseUrl, default the receiver).",
      inputSchema: {
        template: z.string().min(1).max(64),
        provider: z.string().max(64).optional(),
        secretLabel: z.string().max(100).optional(),
        body: z.string().optional(),
        baseUrl: z.string().max(2048).optional(),
      },
      annotations: { readOnlyHint: false, openWorldHint: true },
    },
    (args) =>
      guarded(() =>
        backend.call('sendTestEvent', {
          template: args.template,
          ...given({ provider: args.provider, secretLabel: args.secretLabel, baseUrl: args.baseUrl }),
          ...(args.body !== undefined ? { overrides: { body: args.body } } : {}),
        }),
      ),
  );
}
