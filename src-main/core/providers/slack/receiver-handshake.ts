// Slack checks an Events API Request URL with a signed POST {"type":"url_verification",
// "challenge":…} and accepts it only if the answer is the challenge. The receiver answers it, so a
// tunnel URL can be registered before any handler exists. This runs for every POST on the
// receiver's loop: header presence and a byte search come before any JSON parsing, and the one
// HMAC is over a body of at most 4 KB.
//
// A verifying endpoint checks the signature first: Slack's own Bolt receiver answers 401 with an
// empty body when it does not hold (or the timestamp is over 5 minutes off), and never echoes the
// challenge. With a signing secret stored the receiver does the same, so a forged or mis-keyed
// verification fails here as it would in production; without one it cannot judge, and answers.
import { createHmac, timingSafeEqual } from 'node:crypto';
import { headerOf } from '../kit/request-peek';
import type { ReceiverHandshake } from '../types';

const MAX_BYTES = 4096;
const WINDOW_SECONDS = 300;

function challengeOf(body: Buffer): string | null {
  if (body.length > MAX_BYTES || !body.includes('url_verification')) return null;
  try {
    const json = JSON.parse(body.toString('utf8')) as unknown;
    if (typeof json !== 'object' || json === null) return null;
    const { type, challenge } = json as { type?: unknown; challenge?: unknown };
    return type === 'url_verification' && typeof challenge === 'string' ? challenge : null;
  } catch {
    return null;
  }
}

/** Why the signature does not hold under any stored secret, or null when it does. */
function refusal(
  body: Buffer,
  signature: string,
  timestamp: string | null,
  secrets: readonly string[],
  nowUnix: number,
): string | null {
  const ts = timestamp === null ? NaN : Number(timestamp);
  if (!Number.isFinite(ts)) return 'no usable X-Slack-Request-Timestamp';
  if (Math.abs(nowUnix - ts) > WINDOW_SECONDS) return 'timestamp more than 5 minutes off';
  const received = Buffer.from(signature.trim(), 'utf8');
  const valid = secrets.some((secret) => {
    const digest = createHmac('sha256', secret).update(`v0:${timestamp}:`).update(body).digest('hex');
    const expected = Buffer.from(`v0=${digest}`, 'utf8');
    return expected.length === received.length && timingSafeEqual(expected, received);
  });
  return valid ? null : 'signature does not match the stored signing secret';
}

export const slackReceiverHandshake: ReceiverHandshake = {
  methods: ['POST'],
  needsQuery: false,
  answer(req, settings) {
    const signature = headerOf(req.headers, 'x-slack-signature');
    if (signature === null) return null;
    const challenge = challengeOf(req.body);
    if (challenge === null) return null;
    const secrets = settings.secrets();
    const echo = {
      status: 200,
      body: challenge,
      contentType: 'text/plain; charset=utf-8',
    };
    if (secrets.length === 0) {
      return {
        ...echo,
        note: 'Slack URL verification: challenge answered without checking its signature (no signing secret stored)',
      };
    }
    const why = refusal(
      req.body,
      signature,
      headerOf(req.headers, 'x-slack-request-timestamp'),
      secrets,
      Math.floor(Date.now() / 1000),
    );
    if (why === null)
      return { ...echo, note: 'Slack URL verification: signature valid — challenge answered' };
    return {
      status: 401,
      body: '',
      contentType: 'text/plain; charset=utf-8',
      note: `Slack URL verification refused with 401 (${why}), as a verifying endpoint answers: Slack will not accept this URL`,
    };
  },
};
