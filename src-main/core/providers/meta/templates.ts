// WhatsApp Cloud API (Meta) samples: the nested entry[].changes[].value envelope, signed with the
// App Secret (X-Hub-Signature-256). Ids and numbers are the documentation's test values.
import { json, type EventTemplate, type TemplateContext } from '../../replay/templates/types';

const PHONE_NUMBER_ID = '106540352242922';
const WABA_ID = '102290129340398';
const CUSTOMER = '447700900456';

function envelope(value: Record<string, unknown>): string {
  return json({
    object: 'whatsapp_business_account',
    entry: [
      {
        id: WABA_ID,
        changes: [
          {
            value: {
              messaging_product: 'whatsapp',
              metadata: { display_phone_number: '15550783881', phone_number_id: PHONE_NUMBER_ID },
              ...value,
            },
            field: 'messages',
          },
        ],
      },
    ],
  });
}

const metaHeaders = (): [string, string][] => [
  ['User-Agent', 'facebookexternalua'],
  ['Content-Type', 'application/json'],
];

const wamid = (ctx: TemplateContext) => `wamid.HBgM${ctx.hex(12).toUpperCase()}`;

function inbound(ctx: TemplateContext, message: Record<string, unknown>): string {
  return envelope({
    contacts: [{ profile: { name: 'Alice Example' }, wa_id: CUSTOMER }],
    messages: [{ from: CUSTOMER, id: wamid(ctx), timestamp: String(ctx.nowUnix), ...message }],
  });
}

function status(ctx: TemplateContext, state: string, extra: Record<string, unknown> = {}): string {
  return envelope({
    statuses: [
      {
        id: wamid(ctx),
        status: state,
        timestamp: String(ctx.nowUnix),
        recipient_id: CUSTOMER,
        ...(state === 'failed'
          ? {}
          : {
              conversation: { id: ctx.hex(16), origin: { type: 'service' } },
              pricing: { billable: true, pricing_model: 'PMP', category: 'service', type: 'regular' },
            }),
        ...extra,
      },
    ],
  });
}

const base = {
  provider: 'meta',
  method: 'POST',
  path: '/webhooks/whatsapp',
  contentType: 'application/json',
} as const;

export const whatsappTemplates: EventTemplate[] = [
  {
    ...base,
    id: 'whatsapp-text',
    name: 'WhatsApp: text message',
    description: 'An inbound text message from a customer.',
    build: (ctx) => ({
      headers: metaHeaders(),
      body: inbound(ctx, { type: 'text', text: { body: 'Hello! Is my order on its way?' } }),
    }),
  },
  {
    ...base,
    id: 'whatsapp-image',
    name: 'WhatsApp: image message',
    description: 'An inbound image with a caption (media is fetched by id, not included).',
    build: (ctx) => ({
      headers: metaHeaders(),
      body: inbound(ctx, {
        type: 'image',
        image: {
          caption: 'Photo of the damaged box',
          mime_type: 'image/jpeg',
          sha256: ctx.hex(32),
          id: String(1_000_000_000_000_000n + BigInt(ctx.nowUnix)),
        },
      }),
    }),
  },
  {
    ...base,
    id: 'whatsapp-status',
    name: 'WhatsApp: delivered status',
    description: 'A delivery receipt for a message you sent.',
    build: (ctx) => ({ headers: metaHeaders(), body: status(ctx, 'delivered') }),
  },
  {
    ...base,
    id: 'whatsapp-status-failed',
    name: 'WhatsApp: failed status',
    description:
      'A message that could not be delivered: outside the 24-hour customer service window (131047).',
    build: (ctx) => ({
      headers: metaHeaders(),
      body: status(ctx, 'failed', {
        errors: [
          {
            code: 131047,
            title: 'Re-engagement message',
            message: 'Re-engagement message',
            error_data: {
              details:
                'Message failed to send because more than 24 hours have passed since the customer last replied to this number.',
            },
            href: 'https://developers.facebook.com/docs/whatsapp/cloud-api/support/error-codes/',
          },
        ],
      }),
    }),
  },
];
