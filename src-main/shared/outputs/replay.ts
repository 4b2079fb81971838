// Forwarding, replay, test events and export/import as the API answers them.
import { z } from 'zod';
import { forwardSettingsSchema, responseRuleSchema } from '../replay-types';
import { headerPair, isoTime } from './common';

export const sendErrorCodeSchema = z
  .enum(['connection_refused', 'timeout', 'dns', 'reset', 'tls', 'invalid_request', 'network', 'not_sent'])
  .describe(
    'Why a send got no HTTP answer. not_sent (forwarding only): the queue was full, or only part of the body was kept.',
  );

export const sendOutcomeSchema = z
  .strictObject({
    targetId: z
      .string()
      .nullable()
      .describe('Forward target id, or null for a replay/test event to an explicit URL.'),
    url: z.string(),
    startedAt: isoTime,
    latencyMs: z
      .number()
      .nullable()
      .describe("Until the response headers arrived (the handler's thinking time), ms. Null on error."),
    durationMs: z.number().describe('Until the response body ended (or the error), ms.'),
    response: z
      .strictObject({
        status: z.number().int(),
        statusText: z.string(),
        headers: z.array(headerPair),
        bodyBase64: z.string(),
        bodySize: z.number().int().describe('Bytes the handler sent (even when only a prefix was kept).'),
        bodyTruncated: z.boolean(),
      })
      .nullable()
      .describe('Null when no HTTP answer came (see error).'),
    error: z.strictObject({ code: sendErrorCodeSchema, message: z.string() }).nullable(),
  })
  .meta({
    id: 'SendOutcome',
    description:
      "What one send (forward, replay, test event) produced: the handler's answer or why there was none.",
  });

export const sentRequestSchema = z
  .strictObject({
    method: z.string(),
    url: z.string(),
    headers: z.array(headerPair),
    bodyBase64: z.string(),
  })
  .meta({
    id: 'SentRequest',
    description: 'The request as it went on the wire (hop-by-hop headers dropped, Host rewritten).',
  });

export const resignInfoSchema = z
  .strictObject({
    provider: z.string(),
    secretLabel: z.string(),
    headersSet: z
      .array(z.string())
      .describe(
        'Headers set, e.g. ["Stripe-Signature"] or ["X-Slack-Request-Timestamp", "X-Slack-Signature"].',
      ),
    timestamp: z.number().int().nullable().describe('New timestamp (unix seconds) where the scheme has one.'),
    signedUrl: z.string().nullable().describe('Twilio/Square: the URL that was signed.'),
  })
  .meta({ id: 'ResignInfo', description: 'How a re-signed request was signed (never the secret).' });

export const replayResultSchema = z
  .strictObject({
    captureId: z
      .number()
      .int()
      .describe('The new capture (linked to the original): what was sent and what came back.'),
    replayOf: z.number().int(),
    sent: sentRequestSchema,
    outcome: sendOutcomeSchema,
    resigned: resignInfoSchema.nullable(),
    warnings: z.array(z.string()),
  })
  .meta({ id: 'ReplayResult' });

export const forwardSettingsOutput = forwardSettingsSchema.meta({
  id: 'ForwardSettings',
  description: 'Forward targets (every enabled, matching one receives each capture) and the pause switch.',
});

export const responseRulesOutput = z
  .strictObject({ rules: z.array(responseRuleSchema.meta({ id: 'ResponseRule' })) })
  .describe('Custom receiver answers, matched in order; no match = the default "200 after storing".');

export const eventTemplateInfoSchema = z
  .strictObject({
    id: z.string(),
    provider: z.string(),
    name: z.string(),
    description: z.string(),
    method: z.string(),
    path: z.string(),
    contentType: z.string(),
  })
  .meta({ id: 'EventTemplateInfo', description: 'A signed sample event composeEvent can build.' });

export const composedEventSchema = z
  .strictObject({
    template: z.string(),
    provider: z.string(),
    method: z.string(),
    path: z.string(),
    url: z.string(),
    headers: z.array(headerPair),
    bodyBase64: z.string(),
    curl: z.string().describe('The equivalent command, every part shell-quoted.'),
    signed: resignInfoSchema.nullable(),
    warnings: z.array(z.string()),
    stamp: z
      .strictObject({ nowUnix: z.number().int(), nonce: z.string() })
      .describe('Pass back as `stamp` to recompose the same event (same ids and timestamp).'),
  })
  .meta({ id: 'ComposedEvent' });

export const sentTestEventSchema = z
  .strictObject({ composed: composedEventSchema, outcome: sendOutcomeSchema })
  .meta({ id: 'SentTestEvent' });

export const exportFormatSchema = z.enum(['har', 'json', 'curl']);

export const exportResultSchema = z
  .strictObject({
    format: exportFormatSchema,
    fileName: z.string().describe('Suggested file name, e.g. hookscope-2026-05-25T10-00-00Z.har'),
    mimeType: z.string(),
    text: z.string(),
    count: z.number().int(),
    warnings: z.array(z.string()),
  })
  .meta({ id: 'ExportResult' });

export const exportStartedSchema = z
  .strictObject({
    exportId: z.string().describe('Random; the finished file downloads from GET /api/exports/<exportId>.'),
    fileName: z.string(),
    mimeType: z.string(),
  })
  .meta({
    id: 'ExportStarted',
    description: 'Progress follows as export.progress events with this exportId.',
  });

export const exportProgressSchema = z
  .strictObject({
    exportId: z.string(),
    fileName: z.string(),
    state: z.enum(['running', 'done', 'failed']),
    done: z.number().int().describe('Captures written so far, of `total`.'),
    total: z.number().int(),
    count: z.number().int().describe('When done: captures in the file.'),
    bytes: z.number().int().describe("When done: the file's size."),
    warnings: z.array(z.string()),
    error: z.string().nullable(),
  })
  .meta({ id: 'ExportProgress' });

export const importResultSchema = z
  .strictObject({
    ids: z.array(z.number().int()).describe('Ids of the captures created, in file order.'),
    warnings: z.array(z.string()).describe('Entries skipped or imported inexactly, with why.'),
  })
  .meta({ id: 'ImportResult' });

export const captureOriginSchema = z
  .discriminatedUnion('kind', [
    z.strictObject({
      kind: z.literal('replay'),
      replayOf: z.number().int(),
      targetUrl: z.string(),
      resigned: z.boolean(),
    }),
    z.strictObject({
      kind: z.literal('imported'),
      source: z.literal('har'),
      entryIndex: z.number().int(),
      bodyExact: z.boolean(),
    }),
    z.strictObject({ kind: z.literal('test-event'), template: z.string() }),
  ])
  .meta({
    id: 'CaptureOrigin',
    description: 'How a capture came to be, when the receiver did not receive it.',
  });
