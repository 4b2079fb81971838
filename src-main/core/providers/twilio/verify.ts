// Twilio (SMS, Voice, WhatsApp via Twilio): `X-Twilio-Signature` = base64 HMAC-SHA1 keyed with the
// Auth Token over the full URL Twilio called, followed by every POST parameter sorted by name as
// name+value (decoded). JSON bodies are not in the MAC: the URL carries bodySHA256=<hex> and the body
// hash is compared separately. The URL is the public one (tunnel), hence `publicUrl`.
import type { SignatureDiagnosis } from '@shared/signature-types';
import { sha256Hex } from '../../signatures/crypto-utils';
import { bareEntry, contextFor } from '../../signatures/provider-kit';
import { concatContent } from '../../signatures/signed-content';
import type {
  HmacScheme,
  ReadResult,
  RequestView,
  SignatureVerification,
  SigningContext,
} from '../../signatures/types';
import { portVariants, signingUrl } from '../../signatures/url-candidates';

const SIGNATURE = 'x-twilio-signature';

function decodeFormComponent(s: string): string {
  try {
    return decodeURIComponent(s.replace(/\+/g, ' '));
  } catch {
    return s;
  }
}

/** Form body → name+value pairs sorted by name, then value (twilio-node's order). */
export function twilioParamString(body: Buffer): string {
  const groups = new Map<string, string[]>();
  const text = body.toString('utf8');
  for (const part of text.split('&')) {
    if (!part) continue;
    const eq = part.indexOf('=');
    const name = decodeFormComponent(eq >= 0 ? part.slice(0, eq) : part);
    const value = decodeFormComponent(eq >= 0 ? part.slice(eq + 1) : '');
    const list = groups.get(name);
    if (list) list.push(value);
    else groups.set(name, [value]);
  }
  let out = '';
  for (const name of [...groups.keys()].sort()) {
    for (const value of (groups.get(name) ?? []).sort()) out += name + value;
  }
  return out;
}

function isFormPost(view: RequestView): boolean {
  const ct = (view.headers.get('content-type') ?? '').toLowerCase();
  return view.req.method.toUpperCase() === 'POST' && ct.includes('application/x-www-form-urlencoded');
}

function schemeFor(view: RequestView): HmacScheme {
  const form = isFormPost(view);
  return {
    kind: 'hmac',
    algorithm: 'sha1',
    encoding: 'base64',
    keyDerivation: 'raw',
    template: form ? '{url}{sorted form params as name+value}' : '{url}',
    content: (body: Buffer, ctx: SigningContext) =>
      form ? concatContent(ctx.url ?? '', twilioParamString(body)) : concatContent(ctx.url ?? ''),
  };
}

function bodyHashCheck(view: RequestView, url: string | null): (() => SignatureDiagnosis | null) | undefined {
  if (!url || isFormPost(view)) return undefined;
  let expected: string | null = null;
  try {
    expected = new URL(url).searchParams.get('bodySHA256');
  } catch {
    return undefined;
  }
  if (expected === null) return undefined;
  return () => {
    const actual = sha256Hex(view.req.body);
    if (actual === expected.toLowerCase()) return null;
    return {
      code: 'body-hash-mismatch',
      message: `The URL is signed, but its bodySHA256 (${expected}) is not the SHA-256 of the received body (${actual}): the body changed after signing.`,
      fix: 'Hash the raw body bytes exactly as received; do not parse and re-serialise the JSON.',
      exact: true,
    };
  };
}

function read(view: RequestView): ReadResult {
  const value = view.headers.get(SIGNATURE);
  if (value === null) return { kind: 'missing', headersTried: ['X-Twilio-Signature'], warnings: [] };
  const url = signingUrl(view);
  const warnings: string[] = [];
  if (!view.req.publicUrl) {
    warnings.push(
      'No public URL configured: Twilio signs the URL it called (your tunnel URL), so set it for a reliable verdict.',
    );
  }
  return {
    kind: 'signature',
    header: view.headers.nameOf(SIGNATURE) ?? 'X-Twilio-Signature',
    received: value,
    entries: bareEntry(value),
    scheme: schemeFor(view),
    format: {
      id: isFormPost(view) ? 'twilio-form' : 'twilio-url',
      label: isFormPost(view)
        ? 'Twilio: base64 HMAC-SHA1 of URL + sorted POST params'
        : 'Twilio: base64 HMAC-SHA1 of the URL (body checked via bodySHA256)',
    },
    contexts: (url ? portVariants(url) : ['']).map((u) => contextFor(view, { url: u })),
    timestamp: null,
    formatComputed: (d) => d,
    warnings,
    extraCheck: bodyHashCheck(view, url),
  };
}

export const detectTwilio = (view: RequestView): number =>
  view.headers.has(SIGNATURE) ? 95 : view.headers.has('i-twilio-idempotency-token') ? 60 : 0;

export const twilioVerification: SignatureVerification = {
  read,
};
