// Worldline (Connect / Direct) checks a new webhook endpoint with a GET carrying
// `X-GCS-Webhooks-Endpoint-Verification`; the endpoint must answer 200 with that value as a
// text/plain body (docs.connect.worldline-solutions.com › Webhooks › Endpoint verification).
import type { HandshakeInfo } from '@shared/signature-types';
import type { RequestView } from '../../signatures/types';
import { headerOf } from '../kit/request-peek';
import type { ReceiverHandshake } from '../types';

const VERIFICATION = 'x-gcs-webhooks-endpoint-verification';

export function worldlineHandshake(view: RequestView): HandshakeInfo | null {
  const value = view.headers.get(VERIFICATION);
  if (value === null || view.req.method.toUpperCase() !== 'GET') return null;
  return {
    kind: 'worldline-verification',
    note: 'Worldline endpoint verification: answer 200 with the X-GCS-Webhooks-Endpoint-Verification value as text/plain.',
    expectedResponse: { status: 200, contentType: 'text/plain', body: value },
  };
}

export const worldlineReceiverHandshake: ReceiverHandshake = {
  methods: ['GET'],
  needsQuery: false,
  answer(req) {
    const value = headerOf(req.headers, VERIFICATION);
    if (value === null) return null;
    return {
      status: 200,
      body: value,
      contentType: 'text/plain; charset=utf-8',
      note: 'Worldline endpoint verification: value echoed',
    };
  },
};
