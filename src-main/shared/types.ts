// Data shapes that cross the contract. Timestamps are UTC ISO-8601 strings.
import type { SignatureVerdict, SignatureReport, GenericHmacConfig } from './signature-types';
import type { Card } from './cards';
import type { CaptureOrigin, SendOutcome } from './replay-types';

export type HeaderPair = [name: string, value: string];

/** What kind of request a capture is, independent of its signature. */
export type CaptureKind = 'request' | 'handshake' | 'rejected';

export interface CaptureSummary {
  id: number;
  /** UTC ISO-8601 with microseconds, e.g. 2026-11-23T07:45:01.123456Z */
  receivedAt: string;
  method: string;
  /** Path plus query string, exactly as on the request line. */
  path: string;
  /** Status the receiver answered with (0 when the client went away first). */
  status: number;
  /** Body size in bytes as received on the wire (the full size even when only a prefix was kept). */
  size: number;
  contentType: string | null;
  kind: CaptureKind;
  /** Human reason when kind is 'rejected' or a handshake note, e.g. "body over 25 MB limit". */
  note: string | null;
  /** The provider that signs it (meta, stripe…; see `listProviders`), null when none. */
  provider: string | null;
  /** The payload family the body decodes as (whatsapp-cloud, socialhook…), null when none. */
  payloadFamily: string | null;
  verdict: SignatureVerdict | null;
  /** Seconds the signed timestamp was old at capture when `verdict` is 'stale' (negative: ahead), else null. */
  timestampAge: number | null;
  summary: string | null;
  duplicateOf: number | null;
  /** How the capture came to be when not received from the network: replay, imported, test-event. */
  origin: CaptureOrigin['kind'] | null;
  /** The capture this one replays. */
  replayOf: number | null;
  /** What the forward targets answered (null: not forwarded). */
  forward: ForwardBrief | null;
}

/** A forwarded capture's outcome, short enough for a list row. */
export interface ForwardBrief {
  /** Targets it was sent to (or meant for, when it was not sent). */
  targets: number;
  /** Sends with no answer, not sent, or answered 4xx/5xx. */
  failed: number;
  /** The outcome shown (the first failure, else the first answer): its status, null without answer. */
  status: number | null;
  /** Its time until the answer's end (or the error), ms; null when it was never sent. */
  ms: number | null;
  /** Why there was no answer (a SendErrorCode, or "not_sent"); null when one came. */
  error: string | null;
}

/** Forwarding since the core started (or the captures were last cleared). */
export interface ForwardStats {
  /** Deliveries (capture × target) sent since start or the last clear. */
  forwarded: number;
  /** Deliveries that failed (no answer, or 4xx/5xx) and were not retried successfully since. */
  failed: number;
  /** Deliveries that were never sent (body truncated, forwarding paused or target removed while queued). */
  dropped: number;
}

export interface CaptureDetail extends CaptureSummary {
  httpVersion: string;
  remoteAddress: string;
  /** Headers in received order, original case, duplicates kept. */
  headers: HeaderPair[];
  query: HeaderPair[];
  /** Stored wire bytes (after de-chunking, before any content decoding). */
  bodyBase64: string;
  /** True when only a prefix of the body was kept (rejected oversize bodies keep 64 KB). */
  bodyTruncated: boolean;
  /** SHA-256 of the stored bytes, lowercase hex. */
  bodySha256: string;
  /** Trailer fields sent after a chunked body, in received order (empty: none). */
  trailers: HeaderPair[];
  responseHeaders: HeaderPair[];
  responseBodyBase64: string;
  signature: SignatureReport | null;
  cards: Card[];
  /** Which payload decoder produced the cards (e.g. "whatsapp-cloud"), null when none applied. */
  decoder: string | null;
  /** The decoder's remark, e.g. "no decoder" or "card limit reached: showing the first 2,000 cards…". */
  decoderNote: string | null;
  /**
   * The body with its Content-Encoding (gzip, deflate, br) undone by the core, bounded in size and
   * ratio; null when the body is not encoded. The wire bytes stay in bodyBase64.
   */
  decodedBody: { encodings: string[]; base64: string | null; error: string | null } | null;
  /** Provider chosen by the user for this capture (null: detected or by path). */
  providerOverride: string | null;
  originDetail: CaptureOrigin | null;
  /** What the forward targets answered. */
  forwards: SendOutcome[];
}

export interface CapturePage {
  items: CaptureSummary[];
  /** Pass back to get the next (older) page; null at the end. */
  nextCursor: string | null;
  /** Number of stored captures in total (ignores filters). */
  total: number;
  /**
   * With a search query: captures stored but not yet in the search index, which this page could
   * not match (indexing runs in the background and catches up). 0 otherwise.
   */
  unindexed: number;
}

export interface Settings {
  receiverMaxBodyBytes: number;
  /** The Meta `hub.verify_token` expected on GET handshakes; null means "answer without checking". */
  metaVerifyToken: string | null;
  retentionMaxCaptures: number;
  retentionMaxBytes: number;
  /** Public URL providers use to reach the receiver (reverse proxy); used by URL-signing schemes. Null: use the tunnel's. */
  publicUrl: string | null;
  /** Last-used tunnel settings (the authtoken lives in the secret store, never here). */
  tunnelDomain: string | null;
  tunnelPathHint: string | null;
  tunnelStartOnLaunch: boolean;
  genericHmac: GenericHmacConfig | null;
  /** Provider forced under a path prefix (first match wins); `generic` = that path's own HMAC scheme. */
  providerByPath: { pathPrefix: string; provider: string; generic?: GenericHmacConfig }[];
}

/** How long the core's event loop was blocked (see loop-delay-monitor.ts). */
export interface LoopDelay {
  /** The last measuring window (2 s): 99th percentile and longest delay, in ms. */
  p99Ms: number;
  maxMs: number;
  /** The longest delay since start. */
  worstMs: number;
  /** The last window's longest delay reached `thresholdMs`. */
  stalled: boolean;
  thresholdMs: number;
}

export interface ServiceStatus {
  version: string;
  receiverUrl: string;
  captureCount: number;
  /** What the size retention limit counts: bodies, responses, headers and path of every stored capture. */
  storedBytes: number;
  /** The capture database's files on disk (database, WAL and shared memory), in bytes. */
  databaseFileBytes: number;
  dataDir: string;
  mode: 'electron' | 'headless';
  /** Where providers reach us: settings.publicUrl, else the online tunnel's URL, else null. */
  publicUrl: string | null;
  /** Whether secrets are encrypted at rest (false: headless file, or Linux without a keychain). */
  secretsEncrypted: boolean;
  /** Whether an ngrok authtoken is stored (never the value). */
  ngrokAuthtokenConfigured: boolean;
  /**
   * What start-up had to do about damaged configuration: a settings.json or replay.json that could
   * not be read (moved aside, defaults used), a saved response rule that was disabled. Empty normally.
   */
  startupNotices: string[];
  forwarding: ForwardStats;
  /** How long the core's event loop (the receiver's, the desktop app's main process) was blocked. */
  loopDelay: LoopDelay;
}
