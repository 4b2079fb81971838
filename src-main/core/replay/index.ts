// Public surface of replay: forwarding, replay with re-signing, custom responses, test events,
// export and import. Pure modules plus two I/O pieces (sendRequest, answerWithRule).
export {
  Forwarder,
  forwardingActive,
  type Delivery,
  type DeliveryStore,
  type ForwardableCapture,
  type ForwarderOptions,
} from './forwarder';
export { sendRequest, DEFAULT_SEND_TIMEOUT_MS, type OutgoingRequest, type SendOptions } from './send-request';
export { buildOutgoing, describeSent } from './build-outgoing';
export { outgoingHeaders, isHopByHop } from './outgoing-headers';
export { targetUrlFor } from './target-url';
export { targetsFor, targetMatches } from './forward-routing';
export { eventTypesOf } from './event-types';
export {
  decideResponse,
  validateResponseRules,
  type ResponseDecision,
  type RuleRequest,
} from './response-rules';
export { answerWithRule, type RuleAnswerOutcome } from './answer-with-rule';
export { resignRequest, resignableProviders, type ResignOptions, type ResignResult } from './resign';
export {
  prepareReplay,
  replayCapture,
  type DerivedCapture,
  type PreparedReplay,
  type ReplaySource,
} from './replay';
export { composeEvent } from './compose-event';
export { eventTemplates, listEventTemplates } from './templates';
export { curlCommand } from './curl-export';
export { shellQuote, printfFormat } from './shell-quote';
export { harExport } from './har-export';
export { importHar, parseIsoMicros } from './har-import';
export { jsonExport } from './json-export';
export { exportCaptures, type ExportOptions } from './export-captures';
export { ExportJobs, type ExportFileInfo } from './export-jobs';
export { ReplayConfigStore } from './replay-config-store';
