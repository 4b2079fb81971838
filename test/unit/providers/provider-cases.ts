// Deliveries of the providers added beyond the first sixteen, signed here with node:crypto exactly as
// each provider documents it (never with Hookscope's verifier or signers), shared by the unit table
// (more-providers.test.ts) and the end-to-end table through the receiver.
import { createHmac } from 'node:crypto';

export interface ProviderCase {
  provider: string;
  /** What the user stores. */
  secret: string;
  contentType: string;
  body: string;
  /** The headers a real delivery carries, signature included, for a body and a clock. */
  sign(body: Buffer, secret: string, nowUnix: number): [string, string][];
  /** Expected report format id (the provider id unless stated). */
  format?: string;
}

export const mac = (
  alg: 'sha1' | 'sha256' | 'sha512',
  key: string | Buffer,
  ...parts: (string | Buffer)[]
) => {
  const h = createHmac(alg, key);
  for (const p of parts) h.update(p);
  return h.digest();
};

const json = (o: unknown) => JSON.stringify(o);

export const providerCases: ProviderCase[] = [
  {
    provider: 'typeform',
    secret: 'typeform-webhook-secret',
    contentType: 'application/json',
    body: json({ event_id: '01H', event_type: 'form_response', form_response: { form_id: 'lT4Z3j' } }),
    sign: (body, secret) => [
      ['Typeform-Signature', `sha256=${mac('sha256', secret, body).toString('base64')}`],
    ],
  },
  {
    provider: 'calendly',
    secret: 'calendly-signing-key',
    contentType: 'application/json',
    body: json({ event: 'invitee.created', payload: { email: 'a@example.test' } }),
    sign: (body, secret, now) => [
      ['Calendly-Webhook-Signature', `t=${now},v1=${mac('sha256', secret, `${now}.`, body).toString('hex')}`],
    ],
  },
  {
    provider: 'vercel',
    secret: 'vercel-webhook-secret',
    contentType: 'application/json',
    body: json({ type: 'deployment.succeeded', payload: { deployment: { id: 'dpl_1' } } }),
    sign: (body, secret) => [['x-vercel-signature', mac('sha1', secret, body).toString('hex')]],
  },
  {
    provider: 'razorpay',
    secret: 'razorpay-webhook-secret',
    contentType: 'application/json',
    body: json({ entity: 'event', event: 'payment.captured', payload: {} }),
    sign: (body, secret) => [
      ['X-Razorpay-Event-Id', 'JzXh3bq1QmVXl0'],
      ['X-Razorpay-Signature', mac('sha256', secret, body).toString('hex')],
    ],
  },
  {
    provider: 'coinbase-commerce',
    secret: 'coinbase-shared-secret',
    contentType: 'application/json',
    body: json({ id: 1, event: { type: 'charge:confirmed', data: { code: 'ABCD' } } }),
    sign: (body, secret) => [['X-CC-Webhook-Signature', mac('sha256', secret, body).toString('hex')]],
  },
];
