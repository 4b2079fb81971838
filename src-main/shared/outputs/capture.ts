// Captures, settings and status as the API answers them (listCaptures, getCapture, getSettings,
// getStatus and the capture events).
import { z } from 'zod';
import { cardSchema } from './cards';
import { headerPair, isoTime } from './common';
import { captureOriginSchema, sendOutcomeSchema } from './replay';
import { genericHmacConfigOutput, signatureReportSchema, signatureVerdictSchema } from './signature';

export const captureKindSchema = z
  .enum(['request', 'handshake', 'rejected'])
  .describe('What kind of request a capture is, independent of its signature.');

export const forwardBriefSchema = z
  .strictObject({
    targets: z.number().int().describe('Targets it was sent to (or meant for, when it was not sent).'),
    failed: z.number().int().describe('Sends with no answer, not sent, or answered 4xx/5xx.'),
    status: z
      .number()
      .int()
      .nullable()
      .describe(
        'The outcome shown (the first failure, else the first answer): its status, null without answer.',
      ),
    ms: z
      .number()
      .nullable()
      .describe("Its time until the answer's end (or the error), ms; null when never sent."),
    error: z
      .string()
      .nullable()
      .describe('Why there was no answer (a send error code, or "not_sent"); null when one came.'),
  })
  .meta({ id: 'ForwardBrief', description: "A forwarded capture's outcome, short enough for a list row." });

export const forwardStatsSchema = z
  .strictObject({
    forwarded: z.number().int().describe('Deliveries (capture × target) sent.'),
    failed: z
      .number()
      .int()
      .describe('Deliveries that failed (no answer, or 4xx/5xx) and were not retried successfully since.'),
    dropped: z
      .number()
      .int()
      .describe(
        'Deliveries never sent (only part of the body kept; forwarding paused or the target removed while they waited).',
      ),
  })
  .meta({
    id: 'ForwardStats',
    description: 'Forwarding since the core started (or the captures were last cleared).',
  });

const captureSummaryShape = {
  id: z.number().int(),
  receivedAt: isoTime.describe('UTC ISO-8601 with microseconds, e.g. 2026-11-23T07:45:01.123456Z'),
  method: z.string(),
  path: z.string().describe('Path plus query string, exactly as on the request line.'),
  status: z.number().int().describe('Status the receiver answered with (0 when the client went away first).'),
  size: z
    .number()
    .int()
    .describe('Body size in bytes as received on the wire (the full size even when only a prefix was kept).'),
  contentType: z.string().nullable(),
  kind: captureKindSchema,
  note: z
    .string()
    .nullable()
    .describe('Why it was rejected, or a handshake note, e.g. "body over 25 MB limit".'),
  provider: z
    .string()
    .nullable()
    .describe('The provider that signs it (meta, stripe…; see listProviders), null when none.'),
  payloadFamily: z
    .string()
    .nullable()
    .describe('The payload family the body decodes as (whatsapp-cloud, socialhook…), null when none.'),
  verdict: signatureVerdictSchema
    .nullable()
    .describe('Null until analysed, or when no provider is recognised.'),
  timestampAge: z
    .number()
    .nullable()
    .describe(
      'Seconds the signed timestamp was old at capture when verdict is stale (negative: ahead), else null.',
    ),
  summary: z.string().nullable(),
  duplicateOf: z
    .number()
    .int()
    .nullable()
    .describe(
      'The earlier capture that delivered the same event or message (its idempotency keys, e.g. a WhatsApp message id, were seen before).',
    ),
  origin: z
    .enum(['replay', 'imported', 'test-event'])
    .nullable()
    .describe('How the capture came to be when not received from the network.'),
  replayOf: z.number().int().nullable().describe('The capture this one replays.'),
  forward: forwardBriefSchema.nullable().describe('What the forward targets answered (null: not forwarded).'),
};

export const captureSummarySchema = z
  .strictObject(captureSummaryShape)
  .meta({ id: 'CaptureSummary', description: 'One capture as a list row.' });

export const captureDetailSchema = z
  .strictObject({
    ...captureSummaryShape,
    httpVersion: z.string(),
    remoteAddress: z.string(),
    headers: z.array(headerPair).describe('Headers in received order, original case, duplicates kept.'),
    query: z.array(headerPair),
    bodyBase64: z.string().describe('Stored wire bytes (after de-chunking, before any content decoding).'),
    bodyTruncated: z
      .boolean()
      .describe('Only a prefix of the body was kept (rejected oversize bodies keep 64 KB).'),
    bodySha256: z.string().describe('SHA-256 of the stored bytes, lowercase hex.'),
    trailers: z
      .array(headerPair)
      .describe('Trailer fields sent after a chunked body, in received order (empty: none).'),
    responseHeaders: z.array(headerPair),
    responseBodyBase64: z.string(),
    signature: signatureReportSchema.nullable(),
    cards: z.array(cardSchema),
    decoder: z
      .string()
      .nullable()
      .describe('Which payload decoder produced the cards (e.g. "whatsapp-cloud"), null when none applied.'),
    decoderNote: z
      .string()
      .nullable()
      .describe('The decoder\'s remark, e.g. "no decoder" or "card limit reached…".'),
    decodedBody: z
      .strictObject({
        encodings: z.array(z.string()),
        base64: z.string().nullable(),
        error: z.string().nullable(),
      })
      .nullable()
      .describe(
        'The body with its Content-Encoding (gzip, deflate, br) undone, bounded in size and ratio; null when not encoded. The wire bytes stay in bodyBase64.',
      ),
    providerOverride: z
      .string()
      .nullable()
      .describe('Provider chosen by the user for this capture (null: detected or by path).'),
    originDetail: captureOriginSchema.nullable(),
    forwards: z.array(sendOutcomeSchema).describe('What the forward targets answered.'),
  })
  .meta({ id: 'CaptureDetail', description: 'One capture in full: the CaptureSummary fields plus these.' });

export const capturePageSchema = z
  .strictObject({
    items: z.array(captureSummarySchema),
    nextCursor: z
      .string()
      .nullable()
      .describe('Pass back as `cursor` for the next (older) page; null at the end.'),
    total: z.number().int().describe('Number of stored captures in total (ignores filters).'),
    unindexed: z
      .number()
      .int()
      .describe(
        'With a query: captures stored but not yet in the search index, which this page could not match. 0 otherwise.',
      ),
  })
  .meta({ id: 'CapturePage', description: 'A page of captures, newest first.' });

export const settingsSchema = z
  .strictObject({
    receiverMaxBodyBytes: z.number().int(),
    metaVerifyToken: z
      .string()
      .nullable()
      .describe('The Meta hub.verify_token expected on GET handshakes; null: answer without checking.'),
    retentionMaxCaptures: z.number().int(),
    retentionMaxBytes: z.number().int(),
    publicUrl: z
      .string()
      .nullable()
      .describe("Public URL providers use to reach the receiver (reverse proxy); null: use the tunnel's."),
    tunnelDomain: z
      .string()
      .nullable()
      .describe('Last-used tunnel domain (the authtoken lives in the secret store).'),
    tunnelPathHint: z.string().nullable(),
    tunnelStartOnLaunch: z.boolean(),
    genericHmac: genericHmacConfigOutput.nullable(),
    providerByPath: z
      .array(
        z.strictObject({
          pathPrefix: z.string(),
          provider: z.string(),
          generic: genericHmacConfigOutput.optional(),
        }),
      )
      .describe(
        'Provider forced under a path prefix (first match wins); with provider "generic", that path\'s own scheme.',
      ),
  })
  .meta({ id: 'Settings' });

export const loopDelaySchema = z
  .strictObject({
    p99Ms: z.number().describe("The last 2 s window's 99th percentile delay, ms."),
    maxMs: z.number().describe("The last window's longest delay, ms."),
    worstMs: z.number().describe('The longest delay since start, ms.'),
    stalled: z.boolean().describe("The last window's longest delay reached thresholdMs."),
    thresholdMs: z.number(),
  })
  .meta({ id: 'LoopDelay', description: "How long the core's event loop was blocked." });

export const serviceStatusSchema = z
  .strictObject({
    version: z.string(),
    receiverUrl: z.string(),
    captureCount: z.number().int(),
    storedBytes: z
      .number()
      .int()
      .describe(
        'What the size retention limit counts: the database files on disk less their free (reusable) pages.',
      ),
    databaseFileBytes: z
      .number()
      .int()
      .describe("The database's files on disk (database, WAL, shared memory)."),
    dataDir: z.string(),
    mode: z.enum(['electron', 'headless']),
    publicUrl: z
      .string()
      .nullable()
      .describe("Where providers reach us: settings.publicUrl, else the online tunnel's URL, else null."),
    secretsEncrypted: z
      .boolean()
      .describe('Secrets are encrypted at rest (false: headless file, or Linux without a keychain).'),
    ngrokAuthtokenConfigured: z.boolean().describe('An ngrok authtoken is stored (never the value).'),
    startupNotices: z
      .array(z.string())
      .describe(
        'What start-up had to do about damaged configuration (a file moved aside, a saved rule disabled). Empty normally.',
      ),
    forwarding: forwardStatsSchema,
    loopDelay: loopDelaySchema,
  })
  .meta({ id: 'ServiceStatus' });
