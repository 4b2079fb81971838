// "GET ?challenge=<value>, answer the value as text/plain": Dropbox and Nylas both check a new
// webhook URL this way, with the same query parameter. The request itself is all that tells them
// apart, so each provider states what marks the request as its own (`isOwn`), and both its analysis
// (the handshake label) and the receiver's answer ask the same question.
import type { HandshakeInfo } from '@shared/signature-types';
import { queryOf } from '../../signatures/provider-kit';
import type { RequestView } from '../../signatures/types';
import type { ReceiverHandshake } from '../types';

export interface ChallengeEchoSpec {
  kind: HandshakeInfo['kind'];
  /** Stored with the capture and shown as the handshake note. */
  note: string;
  /** The receiver's note once it has answered. */
  answeredNote: string;
  /** True when the request (its User-Agent, lower case, or '' when absent) is this provider's. */
  isOwn(userAgent: string): boolean;
}

/** Meta's and X's GET checks also carry a challenge-like parameter; they are never this scheme. */
function challengeOf(q: URLSearchParams): string | null {
  if (q.has('hub.mode') || q.has('crc_token')) return null;
  return q.get('challenge');
}

export function challengeEcho(spec: ChallengeEchoSpec): {
  handshake: (view: RequestView) => HandshakeInfo | null;
  receiverHandshake: ReceiverHandshake;
} {
  return {
    handshake(view) {
      if (view.req.method.toUpperCase() !== 'GET') return null;
      const challenge = challengeOf(queryOf(view));
      if (challenge === null || !spec.isOwn((view.headers.get('user-agent') ?? '').toLowerCase()))
        return null;
      return {
        kind: spec.kind,
        note: spec.note,
        expectedResponse: { status: 200, contentType: 'text/plain', body: challenge },
      };
    },
    receiverHandshake: {
      methods: ['GET'],
      needsQuery: true,
      answer(req) {
        const challenge = challengeOf(req.query());
        if (challenge === null) return null;
        const userAgent = req.headers.find(([name]) => name.toLowerCase() === 'user-agent')?.[1] ?? '';
        if (!spec.isOwn(userAgent.toLowerCase())) return null;
        return {
          status: 200,
          body: challenge,
          // nosniff as Dropbox asks: the echoed value must never be read as HTML.
          contentType: 'text/plain; charset=utf-8',
          headers: [['X-Content-Type-Options', 'nosniff']],
          note: spec.answeredNote,
        };
      },
    },
  };
}
