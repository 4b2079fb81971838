// Slack checks an Events API Request URL with a signed POST {"type":"url_verification",
// "challenge":…} and accepts it only if the answer is the challenge. The receiver answers it, so a
// tunnel URL can be registered before any handler exists. This runs for every POST on the
// receiver's loop: header presence and a byte search come before any JSON parsing.
import type { ReceiverHandshake } from '../types';

const MAX_BYTES = 4096;

function hasHeader(headers: readonly [string, string][], lowerName: string): boolean {
  return headers.some(([name]) => name.length === lowerName.length && name.toLowerCase() === lowerName);
}

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

export const slackReceiverHandshake: ReceiverHandshake = {
  methods: ['POST'],
  needsQuery: false,
  answer(req) {
    if (!hasHeader(req.headers, 'x-slack-signature')) return null;
    const challenge = challengeOf(req.body);
    if (challenge === null) return null;
    return {
      status: 200,
      body: challenge,
      contentType: 'text/plain; charset=utf-8',
      note: 'Slack URL verification: challenge answered (its signature is judged in the Signature tab)',
    };
  },
};
