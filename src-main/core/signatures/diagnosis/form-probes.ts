// Form bodies (Slack slash commands, Twilio, GitHub's payload=): decoded and re-encoded with a
// different escaping (+ vs %20, * ' ( ) ~ !), or a JSON body that the sender wrapped as payload=.
import { bodyStartsWithJson } from '../provider-kit';
import type { Probe } from './context';

const MAX_FORM_BYTES = 2 * 1024 * 1024;

function looksLikeForm(body: Buffer, contentType: string): boolean {
  if (contentType.includes('application/x-www-form-urlencoded')) return true;
  return /^[A-Za-z0-9_.%~*-]+=[^&\s]*(?:&[A-Za-z0-9_.%~*-]+=[^&\s]*)*$/.test(
    body.toString('latin1', 0, 2048),
  );
}

function decodePart(s: string): string | null {
  try {
    return decodeURIComponent(s.replace(/\+/g, ' '));
  } catch {
    return null;
  }
}

type Encoder = (s: string) => string;
const encoders: { name: string; enc: Encoder }[] = [
  { name: 'encodeURIComponent with "+" for spaces', enc: (s) => encodeURIComponent(s).replace(/%20/g, '+') },
  { name: 'encodeURIComponent with "%20" for spaces', enc: (s) => encodeURIComponent(s) },
  {
    name: "RFC 3986 encoding (! ' ( ) * escaped too)",
    enc: (s) =>
      encodeURIComponent(s).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`),
  },
  {
    name: 'WHATWG URLSearchParams encoding',
    enc: (s) => new URLSearchParams([['', s]]).toString().slice(1),
  },
];

export const formReencodingProbe: Probe = (ctx) => {
  const body = ctx.view.req.body;
  const contentType = (ctx.view.headers.get('content-type') ?? '').toLowerCase();
  if (body.length > MAX_FORM_BYTES) return [];

  if (bodyStartsWithJson(body) && ['github', 'slack'].includes(ctx.spec.id)) {
    // The sender posted `payload=<urlencoded JSON>` and what is here is the unwrapped JSON.
    const json = body.toString('utf8');
    for (const { enc } of encoders.slice(0, 2)) {
      if (ctx.reproduce({ body: Buffer.from(`payload=${enc(json)}`) })) {
        return [
          {
            code: 'form-reencoded',
            message:
              'The sender signed a form body (payload=<urlencoded JSON>); the body here is the decoded JSON.',
            fix: 'Verify the raw form body before extracting payload=, or switch the webhook to application/json.',
            exact: true,
          },
        ];
      }
    }
    return [];
  }
  if (!looksLikeForm(body, contentType)) return [];
  const pairs: [string, string][] = [];
  for (const part of body.toString('latin1').split('&')) {
    const eq = part.indexOf('=');
    const k = decodePart(eq >= 0 ? part.slice(0, eq) : part);
    const v = decodePart(eq >= 0 ? part.slice(eq + 1) : '');
    if (k === null || v === null) return [];
    pairs.push([Buffer.from(k, 'latin1').toString('utf8'), Buffer.from(v, 'latin1').toString('utf8')]);
  }
  const original = body.toString('latin1');
  for (const { name, enc } of encoders) {
    const text = pairs.map(([k, v]) => `${enc(k)}=${enc(v)}`).join('&');
    if (text === original) continue;
    if (ctx.reproduce({ body: Buffer.from(text, 'latin1') })) {
      return [
        {
          code: 'form-reencoded',
          message: `The form body was decoded and re-encoded; the sender's bytes use ${name}.`,
          fix: 'Verify the raw form body as received; do not rebuild it from parsed parameters.',
          exact: true,
        },
      ];
    }
  }
  return [];
};
