// Sample events for compose / test events (signed afterwards by the provider's signer). Sendsar: a message event.
import { json, type EventTemplate } from '../../replay/templates/types';

export const sendsarTemplates: EventTemplate[] = [
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
];
