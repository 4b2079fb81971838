// WaSphere samples in both wire formats it is known to use: the real deliveries (top-level
// sessionId, v1 signature over "<timestamp>.<body>", X-WaSphere-Event/Delivery-Id headers) and the
// seed guide's (sessionId in data, sha256 over the body).
import { json, type EventTemplate, type TemplateContext } from '../../replay/templates/types';

const SESSION = 'support';
const iso = (ctx: TemplateContext) => new Date(ctx.nowUnix * 1000).toISOString();

function real(event: string, data: Record<string, unknown>) {
  return (ctx: TemplateContext): { headers: [string, string][]; body: string } => {
    const deliveryId = ctx.hex(16);
    return {
      headers: [
        ['Content-Type', 'application/json'],
        ['X-WaSphere-Event', event],
        ['X-WaSphere-Delivery-Id', deliveryId],
      ],
      body: json({ event, sessionId: SESSION, timestamp: iso(ctx), deliveryId, data }),
    };
  };
}

const base = {
  provider: 'wasphere',
  method: 'POST',
  path: '/webhooks/wasphere',
  contentType: 'application/json',
} as const;

export const wasphereTemplates: EventTemplate[] = [
  {
    ...base,
    id: 'wasphere-message',
    name: 'WaSphere: message received',
    description: 'An inbound text in the format real WaSphere deliveries use (v1 signature).',
    signFormat: 'v1',
    build: (ctx) => {
      const messageId = `3EB0${ctx.hex(8).toUpperCase()}`;
      return real('message.received', {
        messageId,
        from: '447700900456@s.whatsapp.net',
        senderPn: '447700900456@s.whatsapp.net',
        isGroup: false,
        timestamp: ctx.nowUnix,
        type: 'conversation',
        content: { text: 'Hi, I need help with my order' },
        message: {
          key: { remoteJid: '447700900456@s.whatsapp.net', fromMe: false, id: messageId },
          messageTimestamp: ctx.nowUnix,
          pushName: 'Bob Example',
        },
      })(ctx);
    },
  },
  {
    ...base,
    id: 'wasphere-message-seed',
    name: 'WaSphere: message received (guide format)',
    description: "The seed guide's envelope and signature (sha256 over the body, timestamp not signed).",
    signFormat: 'seed',
    build: (ctx) => ({
      headers: [['Content-Type', 'application/json']],
      body: json({
        event: 'message.received',
        deliveryId: ctx.hex(16),
        timestamp: iso(ctx),
        data: {
          sessionId: SESSION,
          from: '447700900456@s.whatsapp.net',
          type: 'text',
          content: { text: 'Hello' },
        },
      }),
    }),
  },
  {
    ...base,
    id: 'wasphere-session-connected',
    name: 'WaSphere: session connected',
    description: 'The WhatsApp session came online.',
    signFormat: 'v1',
    build: (ctx) => real('session.connected', { phoneNumber: '447700900123', name: 'Support line' })(ctx),
  },
  {
    ...base,
    id: 'wasphere-session-disconnected',
    name: 'WaSphere: session disconnected',
    description: 'The WhatsApp session dropped (alert your team).',
    signFormat: 'v1',
    build: (ctx) => real('session.disconnected', { reason: 'Connection Timeout' })(ctx),
  },
];
