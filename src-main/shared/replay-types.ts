// Replay, forward, custom responses, test events and export/import: the contract's part for issue 7.
// Shared with the renderer, so this file imports only zod (no node:, no Buffer); output shapes are
// inferred from ./outputs/replay.
import { z } from 'zod';
import type {
  captureOriginSchema,
  composedEventSchema,
  eventTemplateInfoSchema,
  exportProgressSchema,
  exportResultSchema,
  exportStartedSchema,
  importResultSchema,
  replayResultSchema,
  resignInfoSchema,
  sendErrorCodeSchema,
  sendOutcomeSchema,
  sentRequestSchema,
  sentTestEventSchema,
} from './outputs/replay';

const headerPair = z.tuple([z.string().min(1).max(1024), z.string().max(64 * 1024)]);
const providerId = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[a-z0-9][a-z0-9-]*$/, 'provider ids are lowercase, e.g. "stripe"');
const captureId = z.number().int().positive();
const httpMethod = z
  .string()
  .min(1)
  .max(32)
  .regex(/^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/, 'A method is a token such as POST');
/** Path plus optional query, as on a request line. */
const requestPath = z
  .string()
  .min(1)
  .max(8192)
  .regex(/^\/[^\s]*$/, 'A path starts with "/" and has no spaces');
const httpUrl = z
  .string()
  .max(8192, 'At most 8192 characters')
  .url('Not a URL: include the scheme, e.g. http://localhost:3000/webhook')
  .refine((u) => /^https?:\/\//i.test(u), 'Only http:// and https:// URLs');
const bodyBase64 = z.string().max(40 * 1024 * 1024);

// ------------------------------------------------------------------------------------------------
// Forwarding

export const forwardMatchSchema = z
  .object({
    /** Only captures whose path starts with this. */
    pathPrefix: z.string().min(1).max(2048).optional(),
    /** Only captures from this provider (signature provider id, e.g. "meta", "wasphere"). */
    provider: providerId.optional(),
    /**
     * Only captures carrying this event type, e.g. WhatsApp "messages" / "statuses", WaSphere
     * "message.received", GitHub "push", Stripe "invoice.paid". `*` is a wildcard ("message.*").
     */
    eventType: z.string().min(1).max(200).optional(),
  })
  .strict();

export const forwardTargetSchema = z
  .object({
    id: z.string().min(1).max(64),
    url: httpUrl,
    enabled: z.boolean(),
    match: forwardMatchSchema.default({}),
    /** append: target path + capture path; replace: the target path (capture query kept). */
    pathMode: z.enum(['append', 'replace']).default('append'),
  })
  .strict();

/** How many forward targets the settings hold. */
export const MAX_FORWARD_TARGETS = 20;

export const forwardSettingsSchema = z
  .object({
    /** While paused nothing is forwarded (captures are still stored and answered). */
    paused: z.boolean(),
    /** Every enabled target whose match fits receives the capture. */
    targets: z.array(forwardTargetSchema).max(MAX_FORWARD_TARGETS),
  })
  .strict();

export type ForwardMatch = z.infer<typeof forwardMatchSchema>;
export type ForwardTarget = z.infer<typeof forwardTargetSchema>;
export type ForwardSettings = z.infer<typeof forwardSettingsSchema>;
export const setForwardSettingsInput = forwardSettingsSchema;

export type SendErrorCode = z.infer<typeof sendErrorCodeSchema>;
/** What one send (forward, replay, test event) produced: the handler's answer or why there was none. */
export type SendOutcome = z.infer<typeof sendOutcomeSchema>;
/** The request as it went on the wire (hop-by-hop headers dropped, Host rewritten). */
export type SentRequest = z.infer<typeof sentRequestSchema>;

// ------------------------------------------------------------------------------------------------
// Replay

export const requestEditsSchema = z
  .object({
    method: httpMethod.optional(),
    path: requestPath.optional(),
    /** Replaces the whole header list (order kept as given). */
    headers: z.array(headerPair).max(500).optional(),
    bodyBase64: bodyBase64.optional(),
  })
  .strict();
export type RequestEdits = z.infer<typeof requestEditsSchema>;

export const replayCaptureInput = z
  .object({
    id: captureId,
    /** Where to send; default: the first enabled forward target whose match fits. */
    targetUrl: httpUrl.optional(),
    /** How `targetUrl` combines with the capture path. Default "replace" (the URL as typed). */
    pathMode: z.enum(['append', 'replace']).optional(),
    edits: requestEditsSchema.optional(),
    /** Recompute the signature (and timestamp) with the stored secret. */
    resign: z.boolean().optional(),
    /** Provider to re-sign for (default: the capture's provider). */
    provider: providerId.optional(),
    /** Which stored secret to sign with (default: the provider's primary one). */
    secretLabel: z.string().min(1).max(100).optional(),
  })
  .strict();
export type ReplayCaptureInput = z.infer<typeof replayCaptureInput>;

/** How a re-signed request was signed (never the secret). */
export type ResignInfo = z.infer<typeof resignInfoSchema>;
export type ReplayResult = z.infer<typeof replayResultSchema>;

// ------------------------------------------------------------------------------------------------
// Custom responses

export const MAX_RULE_DELAY_MS = 60_000;

export const responseRuleSchema = z
  .object({
    id: z.string().min(1).max(64),
    enabled: z.boolean().default(true),
    /** Shown in the UI, e.g. "Meta: answer 500 to see retries". */
    name: z.string().max(200).optional(),
    match: z
      .object({
        /** Any of these methods (case-insensitive); absent or empty = any method. */
        methods: z.array(httpMethod).max(20).optional(),
        /**
         * Path (query ignored). prefix: starts with; glob: `*` = within one segment, `**` = across
         * segments, `?` = one character; exact: equal.
         */
        path: z
          .object({ mode: z.enum(['prefix', 'glob', 'exact']), value: z.string().min(1).max(2048) })
          .strict()
          .optional(),
        provider: providerId.optional(),
      })
      .strict()
      .default({}),
    status: z.number().int().min(100).max(599),
    headers: z.array(headerPair).max(100).default([]),
    /** Response body as text (UTF-8), or `bodyBase64` for bytes. */
    body: z
      .string()
      .max(1024 * 1024)
      .optional(),
    bodyBase64: z
      .string()
      .max(1.4 * 1024 * 1024)
      .optional(),
    /** Wait this long before answering (or dropping), up to 60 s. */
    delayMs: z.number().int().min(0).max(MAX_RULE_DELAY_MS).default(0),
    /** Destroy the connection without answering (what a provider sees as a network failure). */
    drop: z.boolean().default(false),
    /** Set at start-up when a saved rule is no longer valid and was disabled; cleared when saved enabled. */
    disabledReason: z.string().max(2000).optional(),
  })
  .strict();
export type ResponseRule = z.output<typeof responseRuleSchema>;
export type ResponseRuleInput = z.input<typeof responseRuleSchema>;

export const setResponseRulesInput = z.object({ rules: z.array(responseRuleSchema).max(100) }).strict();

// ------------------------------------------------------------------------------------------------
// Test events

export const composeEventInput = z
  .object({
    /** Template id from listEventTemplates, e.g. "whatsapp-text". */
    template: z.string().min(1).max(64),
    /** Provider whose stored secret signs (default: the template's). */
    provider: providerId.optional(),
    secretLabel: z.string().min(1).max(100).optional(),
    /** Edits on top of the template; the result is signed after they apply. */
    overrides: z
      .object({
        method: httpMethod.optional(),
        path: requestPath.optional(),
        /** Set (replace by name) or add these headers. */
        headers: z.array(headerPair).max(100).optional(),
        /** The whole body as text. */
        body: z
          .string()
          .max(10 * 1024 * 1024)
          .optional(),
      })
      .strict()
      .optional(),
    /** Base URL for the curl command and for sending (default: the receiver). */
    baseUrl: httpUrl.optional(),
    /**
     * The time and random seed of an earlier composition (its `stamp`): ids and timestamps come out
     * the same, so editing recomputes only what the edit changes and sending sends the preview.
     */
    stamp: z
      .object({
        nowUnix: z.number().int().min(0).max(4_102_444_800),
        nonce: z.string().regex(/^[0-9a-f]{32}$/),
      })
      .strict()
      .optional(),
  })
  .strict();
export type ComposeEventInput = z.infer<typeof composeEventInput>;

/** Compose and send in one go (fresh timestamp, fresh signature). */
export const sendTestEventInput = composeEventInput;

export type EventTemplateInfo = z.infer<typeof eventTemplateInfoSchema>;
export type ComposedEvent = z.infer<typeof composedEventSchema>;
export type SentTestEvent = z.infer<typeof sentTestEventSchema>;

// ------------------------------------------------------------------------------------------------
// Export and import

export const exportCapturesInput = z
  .object({
    /** The selection; absent = every stored capture. */
    ids: z.array(captureId).min(1).max(100_000).optional(),
    format: z.enum(['har', 'json', 'curl']),
    /** curl only: base URL the commands target (default: the receiver). */
    baseUrl: httpUrl.optional(),
  })
  .strict();
export type ExportCapturesInput = z.infer<typeof exportCapturesInput>;

export type ExportResult = z.infer<typeof exportResultSchema>;
/** A file export was started; progress follows as `export.progress` events with this id. */
export type ExportStarted = z.infer<typeof exportStartedSchema>;

/** Where a finished export downloads from, on the UI's own origin (control API or app://). */
export const exportDownloadPath = (exportId: string): string => `/api/exports/${exportId}`;

export type ExportProgress = z.infer<typeof exportProgressSchema>;

export const importHarInput = z
  .object({
    /** The HAR file's text (JSON). */
    har: z
      .string()
      .min(2)
      .max(64 * 1024 * 1024),
  })
  .strict();

export type ImportResult = z.infer<typeof importResultSchema>;

/** How a capture came to be, when it was not received by the receiver. */
export type CaptureOrigin = z.infer<typeof captureOriginSchema>;
