// Replay: resend a stored capture (optionally edited, optionally re-signed) and describe the result
// as a new capture linked to its original. Preparing is pure; sending is `sendRequest`.
import type { CaptureOrigin, RequestEdits, ResignInfo, SendOutcome } from '@shared/replay-types';
import type { GenericHmacConfig } from '@shared/signature-types';
import type { LabelledSecret } from '../signatures';
import type { NewCapture } from '../store/capture-store';
import { buildOutgoing } from './build-outgoing';
import { headerIn } from './resign/header-edit';
import { resignRequest } from './resign';
import type { OutgoingRequest } from './send-request';
import { targetUrlFor } from './target-url';

export interface ReplaySource {
  id: number;
  method: string;
  path: string;
  headers: [string, string][];
  body: Buffer;
  bodyTruncated: boolean;
}

export interface ResignSettings {
  provider: string | null;
  secrets: (provider: string) => LabelledSecret[];
  secretLabel?: string;
  nowUnix: number;
  newId: () => string;
  generic?: GenericHmacConfig;
  /** URL the handler verifies URL-signed schemes against (e.g. its public URL); default the target. */
  signingUrl?: string;
}

export interface PrepareReplayOptions {
  targetUrl: string;
  pathMode: 'append' | 'replace';
  edits?: RequestEdits;
  resign?: ResignSettings;
}

export type PreparedReplay =
  | { ok: true; request: OutgoingRequest; resigned: ResignInfo | null; warnings: string[] }
  | { ok: false; problem: string };

export function prepareReplay(source: ReplaySource, options: PrepareReplayOptions): PreparedReplay {
  if (source.bodyTruncated && options.edits?.bodyBase64 === undefined) {
    return {
      ok: false,
      problem: `capture #${source.id} kept only part of its body; replaying it would send a different request`,
    };
  }
  const edits = options.edits ?? {};
  const method = edits.method ?? source.method;
  const path = edits.path ?? source.path;
  let headers: [string, string][] = (edits.headers ?? source.headers).map(([n, v]) => [n, v]);
  const body = edits.bodyBase64 !== undefined ? Buffer.from(edits.bodyBase64, 'base64') : source.body;
  let url = targetUrlFor(options.targetUrl, path, options.pathMode);
  const warnings: string[] = [];
  let resigned: ResignInfo | null = null;

  if (options.resign) {
    const { provider } = options.resign;
    if (!provider)
      return { ok: false, problem: 'no provider recognised on this capture: choose one to re-sign for' };
    const result = resignRequest(
      { method, url, headers, body },
      { ...options.resign, provider, secrets: options.resign.secrets(provider) },
    );
    if (!result.ok) return { ok: false, problem: result.problem };
    headers = result.headers;
    url = result.url;
    resigned = result.info;
  } else if (edited(source, edits)) {
    warnings.push(
      'Edited without re-signing: a handler that verifies signatures should reject this request.',
    );
  }
  if (headerIn(headers, 'content-encoding') && edits.bodyBase64 !== undefined) {
    warnings.push(
      'The request declares a Content-Encoding; the edited body is sent as given (not re-compressed).',
    );
  }
  return { ok: true, request: buildOutgoing({ method, headers, body }, url), resigned, warnings };
}

function edited(source: ReplaySource, edits: RequestEdits): boolean {
  return (
    (edits.method !== undefined && edits.method !== source.method) ||
    (edits.path !== undefined && edits.path !== source.path) ||
    (edits.bodyBase64 !== undefined && !Buffer.from(edits.bodyBase64, 'base64').equals(source.body)) ||
    (edits.headers !== undefined && JSON.stringify(edits.headers) !== JSON.stringify(source.headers))
  );
}

/** A capture the store can hold, plus where it came from (the lead stores `origin` with it). */
export interface DerivedCapture {
  capture: NewCapture;
  origin: CaptureOrigin;
}

/**
 * The replay as a capture: the request as sent, and the handler's answer in the response columns
 * (status 0 when there was none; the note says why).
 */
export function replayCapture(
  sourceId: number,
  sent: OutgoingRequest,
  outcome: SendOutcome,
  resigned: boolean,
  receivedAtUs: number,
): DerivedCapture {
  const target = new URL(sent.url);
  const response = outcome.response;
  const result = response
    ? `${response.status}${response.statusText ? ` ${response.statusText}` : ''} in ${outcome.latencyMs ?? outcome.durationMs} ms`
    : `${outcome.error?.code ?? 'error'}: ${outcome.error?.message ?? ''}`;
  return {
    capture: {
      receivedAtUs,
      method: sent.method,
      path: target.pathname + target.search,
      httpVersion: '1.1',
      remoteAddress: `replay → ${target.host}`,
      headers: sent.headers,
      body: sent.body,
      bodySize: sent.body.length,
      bodyTruncated: false,
      contentType: headerIn(sent.headers, 'content-type'),
      status: response?.status ?? 0,
      responseHeaders: response?.headers ?? [],
      responseBody: response ? Buffer.from(response.bodyBase64, 'base64') : Buffer.alloc(0),
      kind: 'request',
      note: `Replay of #${sourceId}${resigned ? ' (re-signed)' : ''} to ${sent.url}: ${result}`,
    },
    origin: { kind: 'replay', replayOf: sourceId, targetUrl: sent.url, resigned },
  };
}
