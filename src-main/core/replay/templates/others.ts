// Samples for the other signed senders: Sendsar, GitHub, Standard Webhooks (Clerk-style),
// Twilio (form-encoded WhatsApp inbound and status callback).
import { json, type EventTemplate } from './types';

export const otherTemplates: EventTemplate[] = [
  {
    id: 'sendsar-message',
    provider: 'sendsar',
    name: 'Sendsar: message created',
    description: 'A Sendsar message event (sha256 over the body, whsec_ secret used as text).',
    method: 'POST',
    path: '/webhooks/sendsar',
    contentType: 'application/json',
    build: (ctx) => ({
      headers: [['Content-Type', 'application/json']],
      body: json({
        event: 'message.created',
        data: { id: `msg_${ctx.hex(8)}`, conversation_id: 'conv_9', text: 'Hello from Sendsar' },
      }),
    }),
  },
  {
    id: 'github-push',
    provider: 'github',
    name: 'GitHub: push',
    description: 'A push to main (X-GitHub-Event: push).',
    method: 'POST',
    path: '/webhooks/github',
    contentType: 'application/json',
    build: (ctx) => ({
      headers: [
        ['User-Agent', 'GitHub-Hookshot/4f1e2d3'],
        ['Content-Type', 'application/json'],
        ['X-GitHub-Event', 'push'],
        ['X-GitHub-Delivery', `${ctx.hex(4)}-${ctx.hex(2)}-${ctx.hex(2)}-${ctx.hex(2)}-${ctx.hex(6)}`],
        ['X-GitHub-Hook-ID', '492011283'],
      ],
      body: json({
        ref: 'refs/heads/main',
        before: ctx.hex(20),
        after: ctx.hex(20),
        repository: { id: 1296269, full_name: 'octo-org/hello-world', private: false },
        pusher: { name: 'octocat', email: 'octocat@example.test' },
        head_commit: {
          id: ctx.hex(20),
          message: 'Fix webhook handler',
          timestamp: new Date(ctx.nowUnix * 1000).toISOString(),
        },
      }),
    }),
  },
  {
    id: 'standard-webhooks-user-created',
    provider: 'standard-webhooks',
    name: 'Standard Webhooks: user.created',
    description:
      'A Clerk-style event signed per Standard Webhooks (webhook-id, webhook-timestamp, webhook-signature).',
    method: 'POST',
    path: '/webhooks/standard',
    contentType: 'application/json',
    build: (ctx) => ({
      headers: [
        ['Content-Type', 'application/json'],
        ['webhook-id', `msg_${ctx.hex(12)}`],
      ],
      body: json({
        type: 'user.created',
        timestamp: new Date(ctx.nowUnix * 1000).toISOString(),
        data: { id: `user_${ctx.hex(8)}`, email_addresses: [{ email_address: 'ana@example.test' }] },
      }),
    }),
  },
  {
    id: 'twilio-whatsapp-inbound',
    provider: 'twilio',
    name: 'Twilio: WhatsApp inbound message',
    description: 'A form-encoded inbound message (X-Twilio-Signature over URL + sorted params).',
    method: 'POST',
    path: '/webhooks/twilio',
    contentType: 'application/x-www-form-urlencoded',
    build: (ctx) => {
      const sid = `SM${ctx.hex(16)}`;
      return {
        headers: [
          ['Content-Type', 'application/x-www-form-urlencoded'],
          ['User-Agent', 'TwilioProxy/1.1'],
          [
            'I-Twilio-Idempotency-Token',
            `${ctx.hex(4)}-${ctx.hex(2)}-${ctx.hex(2)}-${ctx.hex(2)}-${ctx.hex(6)}`,
          ],
        ],
        body: new URLSearchParams([
          ['SmsMessageSid', sid],
          ['NumMedia', '0'],
          ['ProfileName', 'Ana Silva'],
          ['MessageType', 'text'],
          ['SmsSid', sid],
          ['WaId', '447700900456'],
          ['SmsStatus', 'received'],
          ['Body', 'Hola! ¿Está abierto hoy?'],
          ['To', 'whatsapp:+14155238886'],
          ['NumSegments', '1'],
          ['MessageSid', sid],
          ['AccountSid', `AC${ctx.hex(16)}`],
          ['From', 'whatsapp:+447700900456'],
          ['ApiVersion', '2010-04-01'],
        ]).toString(),
      };
    },
  },
  {
    id: 'twilio-status-failed',
    provider: 'twilio',
    name: 'Twilio: WhatsApp status (undelivered)',
    description: 'A status callback for a message outside the 24-hour window (ErrorCode 63016).',
    method: 'POST',
    path: '/webhooks/twilio/status',
    contentType: 'application/x-www-form-urlencoded',
    build: (ctx) => ({
      headers: [['Content-Type', 'application/x-www-form-urlencoded']],
      body: new URLSearchParams([
        ['ChannelPrefix', 'whatsapp'],
        ['ErrorCode', '63016'],
        ['MessageSid', `SM${ctx.hex(16)}`],
        ['MessageStatus', 'undelivered'],
        ['SmsStatus', 'undelivered'],
        ['To', 'whatsapp:+447700900456'],
        ['From', 'whatsapp:+14155238886'],
        ['ApiVersion', '2010-04-01'],
        ['AccountSid', `AC${ctx.hex(16)}`],
      ]).toString(),
    }),
  },
];
