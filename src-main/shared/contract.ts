// The one contract between the core and every front end (IPC, control API, renderer client).
// A new operation is one entry in `operations` plus its output type in `OperationOutputs`;
// the adapters are derived from this table. Imports only zod.
import { z } from 'zod';
import type {
  LoopDelay,
  CaptureDetail,
  CaptureSummary,
  CapturePage,
  ForwardStats,
  Settings,
  ServiceStatus,
} from './types';
import type { Conversation, ConversationSummary } from './cards';
import { operationNameList } from './operation-names';
import type { PayloadFamilyInfo, ProviderInfo } from './provider-types';
import { startTunnelInput, tunnelDomain, tunnelPathHint, type TunnelStatus } from './tunnel-types';
import {
  deleteSecretInput,
  genericHmacConfigSchema,
  putSecretInput,
  signatureVerdicts,
  verifyRequestInput,
  findSignatureSchemeInput,
  type SchemeFinderResult,
  type SecretInfo,
  type SignatureReport,
} from './signature-types';

import {
  composeEventInput,
  exportCapturesInput,
  importHarInput,
  replayCaptureInput,
  sendTestEventInput,
  setForwardSettingsInput,
  setResponseRulesInput,
  type ComposedEvent,
  type EventTemplateInfo,
  type ExportResult,
  type ExportStarted,
  type ExportProgress,
  type ForwardSettings,
  type ImportResult,
  type ReplayResult,
  type ResponseRule,
  type SendOutcome,
  type SentTestEvent,
} from './replay-types';
import { copyAsInput, type CodeSnippet } from './snippet-types';
import { generateHandlerInput, type GeneratedHandler } from './handler-types';

const providerIdInput = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[a-z0-9-]+$/, 'provider ids are lowercase, e.g. "stripe"');

const captureId = z.number().int().positive();

export const settingsPatchSchema = z
  .object({
    receiverMaxBodyBytes: z
      .number()
      .int()
      .min(1024)
      .max(1024 * 1024 * 1024)
      .optional(),
    metaVerifyToken: z.string().max(512).nullable().optional(),
    retentionMaxCaptures: z.number().int().min(100).max(10_000_000).optional(),
    retentionMaxBytes: z
      .number()
      .int()
      .min(1024 * 1024)
      .optional(),
    publicUrl: z.string().url().max(2048).nullable().optional(),
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
            pathPrefix: z.string().min(1).max(2048),
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
  /** Newest first, paged by an opaque cursor. `query` is full-text (FTS5) over path, headers, body. */
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
    .strict(),
  /** Chat threads over all stored captures, newest activity first; `query` matches contact or text. */
  listConversations: z
    .object({
      query: z.string().max(200).optional(),
      cursor: z.string().max(40).optional(),
      limit: z.number().int().min(1).max(500).optional(),
    })
    .strict(),
  /** One thread's cards, newest captures first in pages; `before` is the previous page's cursor. */
  getConversation: z
    .object({
      key: z.string().min(1).max(300),
      before: z.number().int().positive().optional(),
      limit: z.number().int().min(1).max(1000).optional(),
    })
    .strict(),
  getCapture: z.object({ id: captureId }).strict(),
  clearCaptures: z.object({}).strict(),
  getSettings: z.object({}).strict(),
  updateSettings: settingsPatchSchema,
  getStatus: z.object({}).strict(),
  /** Tunnel (ngrok): status now; start (gives up within 15 s, never hangs); stop. */
  getTunnel: z.object({}).strict(),
  startTunnel: startTunnelInput,
  stopTunnel: z.object({}).strict(),
  /** Every provider Hookscope understands (names, secret kinds and hints, re-signing, templates). */
  listProviders: z.object({}).strict(),
  /** Every payload family the decoders store on captures, with the provider that signs it. */
  listPayloadFamilies: z.object({}).strict(),
  /** Signing secrets: listed masked, never returned. Changes re-verify stored captures in the background. */
  listSecrets: z.object({}).strict(),
  putSecret: putSecretInput,
  deleteSecret: deleteSecretInput,
  /** Verify a request pasted by the user (e.g. from production logs); nothing is stored. */
  verifyRequest: verifyRequestInput,
  /** Try a secret on a capture from an unknown sender and propose the generic HMAC scheme that reproduces it. */
  findSignatureScheme: findSignatureSchemeInput,
  /** Override the detected provider of one capture (null: back to auto-detection). */
  setCaptureProvider: z.object({ id: captureId, provider: providerIdInput.nullable() }).strict(),
  /** Forward every capture to local handlers (routing rules; pausable). */
  getForwardSettings: z.object({}).strict(),
  setForwardSettings: setForwardSettingsInput,
  /**
   * Queue a capture's forward again: to `targetId`, else to every target whose delivery failed or
   * was not sent (or, if it was never routed, to every matching target). The new outcome replaces
   * the old one and arrives as `capture.forwarded`.
   */
  retryForward: z.object({ id: captureId, targetId: z.string().min(1).max(64).optional() }).strict(),
  /** Queue again every failed or unsent forward delivery, oldest capture first. */
  retryFailedForwards: z.object({}).strict(),
  /** Custom receiver answers matched in order (status, headers, body, delay ≤ 60 s, or drop). */
  getResponseRules: z.object({}).strict(),
  setResponseRules: setResponseRulesInput,
  /** Resend a capture (optionally edited and re-signed); the result is a new capture linked to it. */
  replayCapture: replayCaptureInput,
  listEventTemplates: z.object({}).strict(),
  composeEvent: composeEventInput,
  sendTestEvent: sendTestEventInput,
  exportCaptures: exportCapturesInput,
  startExport: exportCapturesInput,
  importHar: importHarInput,
  /** Code that sends a capture again in another language/client (see snippetTargets), exact body bytes. */
  copyAs: copyAsInput,
  /** A minimal handler (one of handlerTargets) that verifies requests like this capture, with its fixture and test. */
  generateHandler: generateHandlerInput,
} as const;

export type OperationName = keyof typeof operations;
export type OperationInput<N extends OperationName> = z.input<(typeof operations)[N]>;

export interface OperationOutputs {
  listCaptures: CapturePage;
  listConversations: { conversations: ConversationSummary[]; nextCursor: string | null };
  getConversation: {
    /** The thread grouped as in groupConversations (null when the key has no captures). */
    conversation: Conversation | null;
    /** Pass as `before` for older captures of the thread; null when this page reached the start. */
    olderCursor: number | null;
    capturesLoaded: number;
  };
  getCapture: CaptureDetail;
  clearCaptures: { removed: number };
  getSettings: Settings;
  updateSettings: Settings;
  getStatus: ServiceStatus;
  getTunnel: TunnelStatus;
  startTunnel: TunnelStatus;
  stopTunnel: TunnelStatus;
  listProviders: ProviderInfo[];
  listPayloadFamilies: PayloadFamilyInfo[];
  listSecrets: SecretInfo[];
  putSecret: SecretInfo[];
  deleteSecret: { removed: boolean };
  verifyRequest: SignatureReport;
  findSignatureScheme: SchemeFinderResult;
  setCaptureProvider: CaptureDetail;
  getForwardSettings: ForwardSettings;
  setForwardSettings: ForwardSettings;
  /** Deliveries queued (capture × target). */
  retryForward: { queued: number };
  retryFailedForwards: { queued: number; captures: number };
  getResponseRules: { rules: ResponseRule[] };
  setResponseRules: { rules: ResponseRule[] };
  replayCapture: ReplayResult;
  listEventTemplates: EventTemplateInfo[];
  composeEvent: ComposedEvent;
  sendTestEvent: SentTestEvent;
  exportCaptures: ExportResult;
  startExport: ExportStarted;
  importHar: ImportResult;
  copyAs: CodeSnippet;
  generateHandler: GeneratedHandler;
}

export interface EventPayloads {
  'capture.added': CaptureSummary;
  'capture.updated': CaptureSummary;
  'captures.cleared': { removed: number };
  'settings.changed': Settings;
  /** The stored secrets changed (masked listing, never a value), from any window or client. */
  'secrets.changed': SecretInfo[];
  /** Forward targets or the pause switch changed. */
  'forwarding.changed': ForwardSettings;
  /** The custom response rules changed. */
  'responseRules.changed': { rules: ResponseRule[] };
  'tunnel.status': TunnelStatus;
  /** Background re-verification after a secret or setting changed. */
  'analysis.progress': { done: number; total: number };
  /** A capture was forwarded to local handlers: what each answered (or why it failed, or was not sent). */
  'capture.forwarded': { id: number; outcomes: SendOutcome[] };
  /** Forwarding counters changed (a capture forwarded, failed or dropped; captures cleared). */
  'forward.stats': ForwardStats;
  /** The core's event loop was blocked past the threshold in the last window, or is no longer. */
  'loop.delay': LoopDelay;
  /** A file export (startExport) wrote more captures, finished or failed. */
  'export.progress': ExportProgress;
}
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

export function isOperationName(name: string): name is OperationName {
  return Object.hasOwn(operations, name);
}

/** The shape every front end uses to call the core. */
export type InspectorApi = {
  [N in OperationName]: (input: OperationInput<N>) => Promise<OperationOutputs[N]>;
};
