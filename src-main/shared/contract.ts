// The one contract between the core and every front end (IPC, control API, renderer client).
// A new operation is one entry in `operations` (its input schema) plus its output schema in
// contract-outputs.ts; the adapters, the output types and docs/api.md's reference are derived from
// these tables. Imports only zod.
import { z } from 'zod';
import type { EventSchemas, OutputSchemas } from './contract-outputs';
import { operationNameList } from './operation-names';
import { startTunnelInput, tunnelDomain, tunnelPathHint } from './tunnel-types';
import {
  deleteSecretInput,
  genericHmacConfigSchema,
  putSecretInput,
  signatureVerdicts,
  verifyRequestInput,
  findSignatureSchemeInput,
} from './signature-types';

import {
  composeEventInput,
  exportCapturesInput,
  importHarInput,
  replayCaptureInput,
  sendTestEventInput,
  setForwardSettingsInput,
  setResponseRulesInput,
} from './replay-types';
import { copyAsInput } from './snippet-types';
import { generateHandlerInput } from './handler-types';

const providerIdInput = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[a-z0-9-]+$/, 'provider ids are lowercase, e.g. "stripe"');

const captureId = z.number().int().positive();

// Rules the Settings forms validate with too (src-renderer/src/model/settings-forms.ts), so the UI
// and the API refuse the same values with the same words.

/** Meta sends the token back in the query string of its check, so it cannot hold spaces. */
export const metaVerifyToken = z
  .string()
  .max(512, 'At most 512 characters')
  .regex(/^\S*$/, 'No spaces: Meta sends the token in the URL');

/** Providers that sign the URL they called are checked against this one, so it must be http(s). */
export const publicUrl = z
  .string()
  .max(2048, 'At most 2048 characters')
  .url('Not a URL: include the scheme, e.g. https://hooks.example.com')
  .refine((u) => /^https?:\/\//i.test(u), 'An http(s) URL');

/** Compared with the start of a capture's path, which always starts with "/". */
export const pathPrefix = z
  .string()
  .min(1, 'A path starting with /')
  .max(2048, 'At most 2048 characters')
  .startsWith('/', 'A path starting with /');

const retentionCountMessage = 'A whole number from 100 to 10,000,000';

export const settingsPatchSchema = z
  .object({
    receiverMaxBodyBytes: z
      .number()
      .int()
      .min(1024)
      .max(1024 * 1024 * 1024)
      .optional(),
    metaVerifyToken: metaVerifyToken.nullable().optional(),
    retentionMaxCaptures: z
      .number()
      .int(retentionCountMessage)
      .min(100, retentionCountMessage)
      .max(10_000_000, retentionCountMessage)
      .optional(),
    retentionMaxBytes: z
      .number()
      .int()
      .min(1024 * 1024)
      .optional(),
    publicUrl: publicUrl.nullable().optional(),
    tunnelDomain: tunnelDomain.nullable().optional(),
    tunnelPathHint: tunnelPathHint.nullable().optional(),
    tunnelStartOnLaunch: z.boolean().optional(),
    /** The user's own HMAC scheme (provider "generic"). */
    genericHmac: genericHmacConfigSchema.nullable().optional(),
    /** Force a provider for captures whose path starts with a prefix (first match wins). */
    providerByPath: z
      .array(
        z
          .object({
            pathPrefix,
            provider: providerIdInput,
            /** With provider "generic": this path's own HMAC scheme (else settings.genericHmac). */
            generic: genericHmacConfigSchema.optional(),
          })
          .strict(),
      )
      .max(100)
      .optional(),
  })
  .strict();

export const operations = {
  listCaptures: z
    .object({
      query: z.string().max(500).optional(),
      cursor: z.string().max(100).optional(),
      limit: z.number().int().min(1).max(1000).optional(),
      method: z.string().max(20).optional(),
      pathPrefix: z.string().max(2048).optional(),
      /** An exact status (404) or a class ("4xx"). */
      status: z
        .union([z.number().int().min(100).max(599), z.enum(['1xx', '2xx', '3xx', '4xx', '5xx'])])
        .optional(),
      /** e.g. ["fail"] for "failures only". */
      verdicts: z.array(z.enum(signatureVerdicts)).max(signatureVerdicts.length).optional(),
      /** Signer id, e.g. "meta". */
      provider: z.string().max(64).optional(),
      /** Payload family, e.g. "whatsapp-cloud". */
      payloadFamily: z.string().max(64).optional(),
    })
    .strict()
    .describe(
      'Newest first, paged by an opaque cursor. `query` is full-text (FTS5) over path, headers and body.',
    ),
  listConversations: z
    .object({
      query: z.string().max(200).optional(),
      cursor: z.string().max(40).optional(),
      limit: z.number().int().min(1).max(500).optional(),
    })
    .strict()
    .describe(
      'Chat threads over all stored captures, newest activity first; `query` matches contact or text.',
    ),
  getConversation: z
    .object({
      key: z.string().min(1).max(300),
      before: z.number().int().positive().optional(),
      limit: z.number().int().min(1).max(1000).optional(),
    })
    .strict()
    .describe("One thread's cards, newest captures first in pages; `before` is the previous page's cursor."),
  getCapture: z
    .object({ id: captureId })
    .strict()
    .describe('One capture in full: wire bytes, headers, signature report, cards, forward outcomes.'),
  clearCaptures: z.object({}).strict().describe('Delete every capture.'),
  getSettings: z.object({}).strict().describe('The settings.'),
  updateSettings: settingsPatchSchema.describe(
    'Change any subset of the settings; answers the new settings. Changes that affect verdicts re-verify stored captures in the background.',
  ),
  getStatus: z
    .object({})
    .strict()
    .describe('Version, receiver URL, storage use, forwarding counters, event-loop delay, start-up notices.'),
  getTunnel: z.object({}).strict().describe("The tunnel's status now."),
  startTunnel: startTunnelInput.describe(
    'Start the ngrok tunnel to the receiver port; answers online or error within 15 s, never hangs.',
  ),
  stopTunnel: z.object({}).strict().describe('Stop the tunnel.'),
  listProviders: z
    .object({})
    .strict()
    .describe('Every provider Hookscope understands (names, secret kinds and hints, re-signing, templates).'),
  listPayloadFamilies: z
    .object({})
    .strict()
    .describe('Every payload family the decoders store on captures, with the provider that signs it.'),
  listSecrets: z.object({}).strict().describe('Signing secrets, masked (never the values).'),
  putSecret: putSecretInput.describe(
    "Store a secret under a label; re-verifies that provider's captures in the background. Answers the new listing.",
  ),
  deleteSecret: deleteSecretInput.describe('Remove a stored secret.'),
  verifyRequest: verifyRequestInput.describe(
    'Verify a request pasted by the user (e.g. from production logs); nothing is stored.',
  ),
  findSignatureScheme: findSignatureSchemeInput.describe(
    'Try a secret on a capture from an unknown sender and propose the generic HMAC scheme that reproduces it.',
  ),
  setCaptureProvider: z
    .object({ id: captureId, provider: providerIdInput.nullable() })
    .strict()
    .describe(
      'Override the detected provider of one capture (null: back to auto-detection); answers the re-analysed capture.',
    ),
  getForwardSettings: z
    .object({})
    .strict()
    .describe('Forward targets (every capture sent to matching local handlers) and the pause switch.'),
  setForwardSettings: setForwardSettingsInput.describe('Replace the forward targets and the pause switch.'),
  retryForward: z
    .object({ id: captureId, targetId: z.string().min(1).max(64).optional() })
    .strict()
    .describe(
      "Queue a capture's forward again: to `targetId`, else to every target whose delivery failed or was not sent (or, never routed, to every matching target). The new outcome replaces the old one (`capture.forwarded`).",
    ),
  retryFailedForwards: z
    .object({})
    .strict()
    .describe('Queue again every failed or unsent forward delivery, oldest capture first.'),
  getResponseRules: z
    .object({})
    .strict()
    .describe(
      'Custom receiver answers, matched in order (status, headers, body, delay up to 60 s, or drop).',
    ),
  setResponseRules: setResponseRulesInput.describe('Replace the custom response rules.'),
  replayCapture: replayCaptureInput.describe(
    'Resend a capture (optionally edited and re-signed); the result is a new capture linked to it.',
  ),
  listEventTemplates: z.object({}).strict().describe("Signed sample events, each provider's own."),
  composeEvent: composeEventInput.describe(
    'Build a signed test event from a template (not sent); pass its `stamp` back to recompose the same event.',
  ),
  sendTestEvent: sendTestEventInput.describe('Compose a test event and send it (default: to the receiver).'),
  exportCaptures: exportCapturesInput.describe(
    'Export captures as text in the answer (HAR, JSON or cURL; up to 1,000 captures).',
  ),
  startExport: exportCapturesInput.describe(
    'Export captures to a file on a worker thread; progress as export.progress events, download from GET /api/exports/<exportId>.',
  ),
  importHar: importHarInput.describe("Import a HAR file's entries as captures."),
  copyAs: copyAsInput.describe(
    'Code that sends a capture again in another language or client (see snippetTargets), with the exact body bytes.',
  ),
  generateHandler: generateHandlerInput.describe(
    'A minimal handler (one of handlerTargets) that verifies requests like this capture, with its fixture and test.',
  ),
} as const;

export type OperationName = keyof typeof operations;
export type OperationInput<N extends OperationName> = z.input<(typeof operations)[N]>;

/** What each operation answers, inferred from its schema in contract-outputs.ts. */
export type OperationOutputs = { [N in OperationName]: z.output<OutputSchemas[N]> };

/** What each event carries, inferred from its schema in contract-outputs.ts. */
export type EventPayloads = { [E in keyof EventSchemas]: z.output<EventSchemas[E]['payload']> };
export type EventName = keyof EventPayloads;
export const eventNames: EventName[] = [
  'capture.added',
  'capture.updated',
  'captures.cleared',
  'settings.changed',
  'secrets.changed',
  'forwarding.changed',
  'responseRules.changed',
  'tunnel.status',
  'analysis.progress',
  'capture.forwarded',
  'forward.stats',
  'export.progress',
  'loop.delay',
];

/** Every operation, in table order (the list the preload uses, checked against the table below). */
export const operationNames: readonly OperationName[] = operationNameList;
// Compile-time: a name missing from either list is an error here, not a missing bridge function.
type MissingName = Exclude<OperationName, (typeof operationNameList)[number]>;
type UnknownName = Exclude<(typeof operationNameList)[number], OperationName>;
export const operationNamesComplete: [MissingName, UnknownName] extends [never, never] ? true : never = true;
// Compile-time: every operation has an output schema and every event name a payload schema.
export const outputSchemasComplete: [
  Exclude<OperationName, keyof OutputSchemas>,
  Exclude<keyof OutputSchemas, OperationName>,
] extends [never, never]
  ? true
  : never = true;
export const eventNamesComplete: Exclude<EventName, (typeof eventNames)[number]> extends never
  ? true
  : never = true;

export function isOperationName(name: string): name is OperationName {
  return Object.hasOwn(operations, name);
}

/** The shape every front end uses to call the core. */
export type InspectorApi = {
  [N in OperationName]: (input: OperationInput<N>) => Promise<OperationOutputs[N]>;
};
