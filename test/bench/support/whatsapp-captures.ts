// Realistic WhatsApp Cloud captures of about 2 KB for the benchmarks: a signed POST with Meta's
// headers and a text message whose words vary (so search has rare and common terms).
import { createHmac } from 'node:crypto';
import type { NewCapture } from '../../../src-main/core/store/capture-store';

const WORDS = (
  'order delivery invoice payment refund shipping tracking customer support hello thanks please ' +
  'confirm cancel address package arrived delayed status update question price discount coupon ' +
  'product size colour return exchange warranty receipt account login password reset verify'
).split(' ');

export function whatsappBody(i: number): Buffer {
  const words = Array.from({ length: 24 }, (_, k) => WORDS[(i * 7 + k * 13) % WORDS.length]).join(' ');
  const value = {
    messaging_product: 'whatsapp',
    metadata: { display_phone_number: '15550001111', phone_number_id: '106540352242922' },
    contacts: [{ profile: { name: `Customer ${i % 5000}` }, wa_id: `4915${String(10000000 + (i % 5000))}` }],
    messages: [
      {
        from: `4915${String(10000000 + (i % 5000))}`,
        id: `wamid.HBgNNDkxNTEyMzQ1Njc4OQVCABIYFjNFQjBDNjE${i.toString(36).padStart(8, '0')}AA==`,
        timestamp: String(1_700_000_000 + i),
        type: 'text',
        text: { body: `${words} ref-${i.toString(36)}` },
      },
    ],
    statuses: [
      {
        id: `wamid.status.${i}`,
        status: 'delivered',
        timestamp: String(1_700_000_000 + i),
        recipient_id: '4915112345678',
        conversation: { id: `conv-${i % 977}`, origin: { type: 'service' } },
        pricing: { billable: true, pricing_model: 'CBP', category: 'service' },
      },
    ],
  };
  const json = JSON.stringify({
    object: 'whatsapp_business_account',
    entry: [{ id: '102290129340398', changes: [{ field: 'messages', value }] }],
  });
  // Pad to about 2 KB like a real batch with a profile picture URL.
  return Buffer.from(
    json.replace(
      '"messaging_product"',
      `"_pad":"${'x'.repeat(Math.max(0, 2048 - json.length - 10))}","messaging_product"`,
    ),
  );
}

export function whatsappCapture(i: number): NewCapture {
  const body = whatsappBody(i);
  const signature = 'sha256=' + createHmac('sha256', 'bench-secret').update(body).digest('hex');
  return {
    receivedAtUs: 1_700_000_000_000_000 + i * 1000,
    method: 'POST',
    path: '/webhooks/whatsapp',
    httpVersion: '1.1',
    remoteAddress: '173.252.95.1:44312',
    headers: [
      ['Host', 'hookscope.ngrok.app'],
      ['User-Agent', 'facebookexternalua'],
      ['Content-Length', String(body.length)],
      ['Accept', '*/*'],
      ['Content-Type', 'application/json'],
      ['X-Hub-Signature', 'sha1=' + createHmac('sha1', 'bench-secret').update(body).digest('hex')],
      ['X-Hub-Signature-256', signature],
      ['X-Forwarded-For', '173.252.95.1'],
      ['X-Forwarded-Proto', 'https'],
    ],
    body,
    bodySize: body.length,
    bodyTruncated: false,
    contentType: 'application/json',
    status: 200,
    responseHeaders: [['Content-Type', 'application/json']],
    responseBody: Buffer.from('{"ok":true}'),
    kind: 'request',
    note: null,
  };
}

export const BENCH_SCALE = Number(process.env.BENCH_SCALE ?? 1);
