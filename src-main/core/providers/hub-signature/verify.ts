// Meta / WhatsApp Cloud API and GitHub: `X-Hub-Signature-256: sha256=<hex>` over the raw body, plus
// the legacy `X-Hub-Signature: sha1=<hex>` both still send. Same wire format, different senders, so
// one module with two specs. The label names the algorithm (Bitbucket puts sha256 in the legacy
// header name, which this honours).
import type { HandshakeInfo } from '@shared/signature-types';
import {
  bareEntry,
  contextFor,
  hmacScheme,
  queryOf,
  splitLabel,
  stripKnownLabels,
} from '../../signatures/provider-kit';
import type {
  HashAlgorithm,
  ParsedSignature,
  ReadResult,
  RequestView,
  SignatureVerification,
} from '../../signatures/types';

const HEADER_256 = 'x-hub-signature-256';
const HEADER_LEGACY = 'x-hub-signature';
const ALGORITHMS: Record<string, HashAlgorithm> = { sha1: 'sha1', sha256: 'sha256', sha512: 'sha512' };

function parseHubHeader(view: RequestView, header: string, who: string, legacyHeader: boolean): ReadResult {
  const name = view.headers.nameOf(header) ?? header;
  const value = view.headers.get(header) ?? '';
  const labelled = splitLabel(value);
  const algorithm = labelled ? ALGORITHMS[labelled.label] : undefined;
  const expected = legacyHeader ? 'sha1' : 'sha256';
  const defaultScheme = hmacScheme(expected, 'hex', '{body}');
  const makeParsed = (alg: HashAlgorithm, digest: string): ParsedSignature => ({
    kind: 'signature',
    header: name,
    received: value,
    entries: bareEntry(digest),
    scheme: alg === expected ? defaultScheme : hmacScheme(alg, 'hex', '{body}'),
    format: {
      id: `${who}-${alg}${legacyHeader ? '-legacy' : ''}`,
      label: `${name}: ${alg}=<hex> over the body${legacyHeader ? ' (legacy header)' : ''}`,
    },
    contexts: [contextFor(view)],
    timestamp: null,
    formatComputed: (d) => `${alg}=${d}`,
    warnings: [],
  });
  if (!labelled || !algorithm) {
    return {
      kind: 'malformed',
      header: name,
      received: value,
      problem: `expected "${expected}=<hex>"`,
      fallback: makeParsed(expected, stripKnownLabels(value)),
    };
  }
  if (!legacyHeader && algorithm !== expected) {
    // X-Hub-Signature-256 promises SHA-256: a "sha1=" digest there is a downgrade, never a pass
    // (only the legacy header names its algorithm by label, as Bitbucket uses it).
    return {
      kind: 'malformed',
      header: name,
      received: value,
      problem: `the label says "${labelled.label}=", but ${name} carries "sha256=<hex>" only`,
      fallback: makeParsed(expected, labelled.digest),
    };
  }
  return makeParsed(algorithm, labelled.digest);
}

function readHub(view: RequestView, who: 'meta' | 'github'): ReadResult {
  const has256 = view.headers.has(HEADER_256);
  const hasLegacy = view.headers.has(HEADER_LEGACY);
  if (!has256 && !hasLegacy) {
    const warnings =
      who === 'github'
        ? ['GitHub sends no signature header when the webhook has no secret configured.']
        : view.req.method.toUpperCase() === 'POST'
          ? [
              'Meta signs every POST; a missing X-Hub-Signature-256 means a proxy dropped it or the sender is not Meta.',
            ]
          : [];
    return { kind: 'missing', headersTried: ['X-Hub-Signature-256', 'X-Hub-Signature'], warnings };
  }
  if (!has256) {
    const only = parseHubHeader(view, HEADER_LEGACY, who, true);
    if (only.kind === 'signature') {
      only.warnings.push(
        'Only the legacy SHA-1 header is present; verify X-Hub-Signature-256 when the sender provides it.',
      );
    }
    return only;
  }
  const primary = parseHubHeader(view, HEADER_256, who, false);
  if (hasLegacy) {
    const legacy = parseHubHeader(view, HEADER_LEGACY, who, true);
    if (legacy.kind === 'signature') {
      if (primary.kind === 'signature') primary.legacy = legacy;
      else if (primary.kind === 'malformed' && primary.fallback) primary.fallback.legacy = legacy;
    }
  }
  return primary;
}

function metaHandshake(view: RequestView): HandshakeInfo | null {
  if (view.req.method.toUpperCase() !== 'GET') return null;
  const q = queryOf(view);
  if (q.get('hub.mode') !== 'subscribe') return null;
  const challenge = q.get('hub.challenge');
  const token = q.get('hub.verify_token');
  const configured = view.req.verifyToken ?? null;
  const matches = configured === null ? null : token === configured;
  const note =
    challenge === null
      ? 'Meta verification request without hub.challenge: answer 400.'
      : matches === false
        ? 'Meta verification request whose hub.verify_token differs from the configured verify token: refused with 403 (Meta keeps the old callback URL).'
        : 'Meta verification request (GET, unsigned): echo hub.challenge as text/plain with 200.';
  return {
    kind: 'meta-subscribe',
    note,
    expectedResponse:
      challenge === null
        ? { status: 400, contentType: null, body: '' }
        : matches === false
          ? { status: 403, contentType: null, body: '' }
          : { status: 200, contentType: 'text/plain', body: challenge },
    verifyTokenMatches: matches,
  };
}

function fromGitHub(view: RequestView): boolean {
  return (
    view.headers.has('x-github-event') ||
    view.headers.has('x-github-delivery') ||
    /^GitHub-Hookshot\//i.test(view.headers.get('user-agent') ?? '')
  );
}

export function detectMeta(view: RequestView): number {
  if (fromGitHub(view)) return 0;
  if (metaHandshake(view)) return 80;
  if (!view.headers.has(HEADER_256) && !view.headers.has(HEADER_LEGACY)) return 0;
  const ua = view.headers.get('user-agent') ?? '';
  const looksMeta =
    /facebookexternalua|facebookplatform/i.test(ua) ||
    view.req.body.subarray(0, 200).includes('"object":"whatsapp_business_account"') ||
    view.req.body.subarray(0, 200).includes('"object":"page"');
  // X-Hub-Signature-256 alone defaults to Meta: this is a WhatsApp-first inspector.
  return looksMeta ? 90 : 60;
}

export const metaVerification: SignatureVerification = {
  handshake: metaHandshake,
  read: (view) => readHub(view, 'meta'),
};

export const detectGithub = (view: RequestView): number => (fromGitHub(view) ? 95 : 0);

export const githubVerification: SignatureVerification = {
  read: (view) => readHub(view, 'github'),
};
