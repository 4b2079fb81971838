// What every operation answers and what every event carries, as zod schemas. The output types of the
// contract are inferred from these (contract.ts), `docs/api.md`'s reference is generated from them
// (`npm run docs:api`), and test/integration/contract-outputs.test.ts parses the service's real
// answers with them, so neither the types nor the docs can describe something the core does not send.
// The renderer and the preload import this file for types only: the schemas stay out of their bundles.
import { z } from 'zod';
import { conversationSchema, conversationSummarySchema } from './outputs/cards';
import {
  captureDetailSchema,
  capturePageSchema,
  captureSummarySchema,
  forwardStatsSchema,
  loopDelaySchema,
  serviceStatusSchema,
  settingsSchema,
} from './outputs/capture';
import { codeSnippetSchema, generatedHandlerSchema } from './outputs/code';
import { payloadFamilyInfoSchema, providerInfoSchema } from './outputs/provider';
import {
  composedEventSchema,
  eventTemplateInfoSchema,
  exportProgressSchema,
  exportResultSchema,
  exportStartedSchema,
  forwardSettingsOutput,
  importResultSchema,
  replayResultSchema,
  responseRulesOutput,
  sendOutcomeSchema,
  sentTestEventSchema,
} from './outputs/replay';
import { schemeFinderResultSchema, secretInfoSchema, signatureReportSchema } from './outputs/signature';
import { tunnelStatusSchema } from './outputs/tunnel';

export const operationOutputs = {
  listCaptures: capturePageSchema,
  listConversations: z.strictObject({
    conversations: z.array(conversationSummarySchema),
    nextCursor: z.string().nullable().describe('Pass back as `cursor` for the next page; null at the end.'),
  }),
  getConversation: z.strictObject({
    conversation: conversationSchema.nullable().describe('The thread (null when the key has no captures).'),
    olderCursor: z
      .number()
      .int()
      .nullable()
      .describe('Pass as `before` for older captures of the thread; null when this page reached the start.'),
    capturesLoaded: z.number().int(),
  }),
  getCapture: captureDetailSchema,
  clearCaptures: z.strictObject({ removed: z.number().int() }),
  getSettings: settingsSchema,
  updateSettings: settingsSchema,
  getStatus: serviceStatusSchema,
  getTunnel: tunnelStatusSchema,
  startTunnel: tunnelStatusSchema,
  stopTunnel: tunnelStatusSchema,
  listProviders: z.array(providerInfoSchema),
  listPayloadFamilies: z.array(payloadFamilyInfoSchema),
  listSecrets: z.array(secretInfoSchema),
  putSecret: z.array(secretInfoSchema),
  deleteSecret: z.strictObject({ removed: z.boolean() }),
  verifyRequest: signatureReportSchema,
  findSignatureScheme: schemeFinderResultSchema,
  setCaptureProvider: captureDetailSchema,
  getForwardSettings: forwardSettingsOutput,
  setForwardSettings: forwardSettingsOutput,
  retryForward: z.strictObject({
    queued: z.number().int().describe('Deliveries queued (capture × target).'),
  }),
  retryFailedForwards: z.strictObject({
    queued: z.number().int().describe('Deliveries queued (capture × target).'),
    captures: z.number().int().describe('Captures with at least one delivery queued.'),
  }),
  getResponseRules: responseRulesOutput,
  setResponseRules: responseRulesOutput,
  replayCapture: replayResultSchema,
  listEventTemplates: z.array(eventTemplateInfoSchema),
  composeEvent: composedEventSchema,
  sendTestEvent: sentTestEventSchema,
  exportCaptures: exportResultSchema,
  startExport: exportStartedSchema,
  importHar: importResultSchema,
  copyAs: codeSnippetSchema,
  generateHandler: generatedHandlerSchema,
} as const;

/** Every event: its payload and when it is sent. */
export const events = {
  'capture.added': {
    payload: captureSummarySchema,
    when: 'As soon as a capture is stored (analysis may still be pending).',
  },
  'capture.updated': {
    payload: captureSummarySchema,
    when: 'Once a capture is analysed, after every re-analysis, and when its forward outcome is known.',
  },
  'captures.cleared': {
    payload: z.strictObject({ removed: z.number().int() }),
    when: 'After clearCaptures.',
  },
  'settings.changed': { payload: settingsSchema, when: 'After updateSettings (from any window or client).' },
  'secrets.changed': {
    payload: z.array(secretInfoSchema),
    when: 'After putSecret / deleteSecret: the masked listing, never a value.',
  },
  'forwarding.changed': {
    payload: forwardSettingsOutput,
    when: 'After setForwardSettings: forward targets or the pause switch changed.',
  },
  'responseRules.changed': { payload: responseRulesOutput, when: 'After setResponseRules.' },
  'tunnel.status': { payload: tunnelStatusSchema, when: 'Whenever the tunnel changes state.' },
  'analysis.progress': {
    payload: z.strictObject({ done: z.number().int(), total: z.number().int() }),
    when: 'While stored captures are re-verified or re-analysed in the background (a secret or setting changed, or an upgrade).',
  },
  'capture.forwarded': {
    payload: z.strictObject({ id: z.number().int(), outcomes: z.array(sendOutcomeSchema) }),
    when: 'A capture was forwarded: what each target answered (or why it failed, or was not sent).',
  },
  'forward.stats': {
    payload: forwardStatsSchema,
    when: 'Forwarding counters changed (a capture forwarded, failed or dropped; captures cleared).',
  },
  'loop.delay': {
    payload: loopDelaySchema,
    when: "A 2 s window's longest event-loop delay reached the threshold (100 ms), and once it is back under.",
  },
  'export.progress': {
    payload: exportProgressSchema,
    when: 'A file export (startExport) wrote more captures, finished or failed.',
  },
} as const;

export type OutputSchemas = typeof operationOutputs;
export type EventSchemas = typeof events;
