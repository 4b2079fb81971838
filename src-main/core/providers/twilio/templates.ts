// Sample events for compose / test events (signed afterwards by the provider's signer). Twilio: a form-encoded WhatsApp inbound message and a failed status callback.
import type { EventTemplate } from '../../replay/templates/types';

export const twilioTemplates: EventTemplate[] = [
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
